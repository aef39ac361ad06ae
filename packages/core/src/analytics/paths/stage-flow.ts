import { STAGES, type Stage } from '../../classify/stages.js';
import type { JourneyObserver } from '../journeys/journey-stream.js';
import type { PersonState } from '../journeys/person-state.js';
import { summariseDurations } from '../kpis/duration-summary.js';
import type { StageTransition, TimeInStageRow } from '../report.js';

const ORDER: readonly (Stage | 'start')[] = ['start', ...STAGES];

/**
 * Stage-to-stage moves (Sankey links) and time spent in each stage, from each person's stage
 * history. The time in a stage runs from entering it to entering the next one; a person still
 * in a stage has no duration for it yet (counted in `entered`, not in `count`).
 */
export class StageFlow implements JourneyObserver {
  private readonly links = new Map<string, StageTransition>();
  private readonly entered = new Map<Stage, number>(STAGES.map((s) => [s, 0]));
  private readonly durations = new Map<Stage, number[]>(STAGES.map((s) => [s, []]));

  person(person: PersonState): void {
    const history = person.history;
    let from: Stage | 'start' = 'start';
    for (let i = 0; i < history.length; i++) {
      const change = history[i] as PersonState['history'][number];
      const key = `${from}>${change.stage}`;
      let link = this.links.get(key);
      if (!link) this.links.set(key, (link = { from, to: change.stage, count: 0 }));
      link.count++;
      this.entered.set(change.stage, (this.entered.get(change.stage) as number) + 1);
      const next = history[i + 1];
      if (next) (this.durations.get(change.stage) as number[]).push(next.at - change.at);
      from = change.stage;
    }
  }

  transitions(): StageTransition[] {
    return [...this.links.values()].sort(
      (a, b) => ORDER.indexOf(a.from) - ORDER.indexOf(b.from) || ORDER.indexOf(a.to) - ORDER.indexOf(b.to),
    );
  }

  timeInStage(): TimeInStageRow[] {
    return STAGES.map((stage) => ({
      stage,
      entered: this.entered.get(stage) as number,
      ...summariseDurations(this.durations.get(stage) as number[]),
    }));
  }
}
