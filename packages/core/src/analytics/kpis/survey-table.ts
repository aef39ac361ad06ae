import { STAGES } from '../../classify/stages.js';
import type { CairnEvent } from '../../event/types.js';
import type { EventContext, JourneyObserver } from '../journeys/journey-stream.js';
import type { PersonState } from '../journeys/person-state.js';
import type { CesScore, CsatScore, NpsScore, StageOrNone, SurveyBreakdown } from '../report.js';
import { pathOf } from '../../url/url-parts.js';
import { surveyAnswerOf } from './survey-answer.js';
import { CesTally, CsatTally, NpsTally } from './survey-scores.js';

interface Tally<Score> {
  add(score: number): void;
  result(): Score;
}

const STAGE_KEYS: readonly StageOrNone[] = [...STAGES, 'unclassified'];

class Breakdown<Score extends { responses: number }> {
  private readonly overall: Tally<Score>;
  private readonly byStage: Map<StageOrNone, Tally<Score>>;
  private readonly byPage = new Map<string, Tally<Score>>();
  constructor(private readonly make: () => Tally<Score>) {
    this.overall = make();
    this.byStage = new Map(STAGE_KEYS.map((s) => [s, make()]));
  }
  add(score: number, stage: StageOrNone, page: string): void {
    this.overall.add(score);
    (this.byStage.get(stage) as Tally<Score>).add(score);
    let tally = this.byPage.get(page);
    if (!tally) this.byPage.set(page, (tally = this.make()));
    tally.add(score);
  }
  result(): SurveyBreakdown<Score> {
    const byStage = {} as Record<StageOrNone, Score>;
    for (const s of STAGE_KEYS) byStage[s] = (this.byStage.get(s) as Tally<Score>).result();
    const byPage = [...this.byPage.entries()]
      .map(([page, tally]) => ({ page, ...tally.result() }))
      .sort((a, b) => b.responses - a.responses || (a.page < b.page ? -1 : a.page > b.page ? 1 : 0));
    return { overall: this.overall.result(), byStage, byPage };
  }
}

/**
 * NPS, CSAT and CES from `survey` events: overall, by the respondent's stage when answering
 * (before the answer itself is classified) and by the page it was given on.
 */
export class SurveyTable implements JourneyObserver {
  private readonly nps = new Breakdown<NpsScore>(() => new NpsTally());
  private readonly csat = new Breakdown<CsatScore>(() => new CsatTally());
  private readonly ces = new Breakdown<CesScore>(() => new CesTally());

  event(person: PersonState, event: CairnEvent, context: EventContext): void {
    const answer = surveyAnswerOf(event);
    if (answer === null) return;
    const stage: StageOrNone = context.stageBefore ?? 'unclassified';
    const page = pathOf(event.url) || person.lastPage || '(unknown)';
    this[answer.kind].add(answer.score, stage, page);
  }

  result(): { nps: SurveyBreakdown<NpsScore>; csat: SurveyBreakdown<CsatScore>; ces: SurveyBreakdown<CesScore> } {
    return { nps: this.nps.result(), csat: this.csat.result(), ces: this.ces.result() };
  }
}
