import type { CesScore, CsatScore, NpsScore } from '../report.js';

/** Running counts for NPS: answers 0–10, promoters 9–10, passives 7–8, detractors 0–6. */
export class NpsTally {
  promoters = 0;
  passives = 0;
  detractors = 0;
  add(score: number): void {
    if (score >= 9) this.promoters++;
    else if (score >= 7) this.passives++;
    else this.detractors++;
  }
  result(): NpsScore {
    const responses = this.promoters + this.passives + this.detractors;
    return {
      responses,
      promoters: this.promoters,
      passives: this.passives,
      detractors: this.detractors,
      score: responses === 0 ? null : (100 * (this.promoters - this.detractors)) / responses,
    };
  }
}

/** Running counts for CSAT: answers 1–5, satisfied 4–5. */
export class CsatTally {
  responses = 0;
  satisfied = 0;
  add(score: number): void {
    this.responses++;
    if (score >= 4) this.satisfied++;
  }
  result(): CsatScore {
    return {
      responses: this.responses,
      satisfied: this.satisfied,
      score: this.responses === 0 ? null : (100 * this.satisfied) / this.responses,
    };
  }
}

/** Running sums for CES 2.0: answers 1–7, "easy" ≥ 5. */
export class CesTally {
  responses = 0;
  sum = 0;
  easy = 0;
  add(score: number): void {
    this.responses++;
    this.sum += score;
    if (score >= 5) this.easy++;
  }
  result(): CesScore {
    const n = this.responses;
    return {
      responses: n,
      mean: n === 0 ? null : this.sum / n,
      easy: this.easy,
      easyShare: n === 0 ? null : (100 * this.easy) / n,
    };
  }
}

/** NPS of a list of 0–10 answers: `100 × (promoters − detractors) / answers`. */
export function nps(scores: Iterable<number>): NpsScore {
  const tally = new NpsTally();
  for (const s of scores) tally.add(s);
  return tally.result();
}

/** CSAT of a list of 1–5 answers: `100 × answers of 4–5 / answers`. */
export function csat(scores: Iterable<number>): CsatScore {
  const tally = new CsatTally();
  for (const s of scores) tally.add(s);
  return tally.result();
}

/** CES 2.0 of a list of 1–7 answers: the mean, and `100 × answers ≥ 5 / answers`. */
export function ces(scores: Iterable<number>): CesScore {
  const tally = new CesTally();
  for (const s of scores) tally.add(s);
  return tally.result();
}
