import type { CairnEvent } from '../../event/types.js';
import { runJourneys, type JourneyOptions } from '../journeys/journey-stream.js';
import type { StageTransition, TimeInStageRow, TopPaths } from '../report.js';
import { StageFlow } from './stage-flow.js';
import { PathTable, type PathOptions } from './top-paths.js';

/** Stage → stage moves over every person's stage history (with `start` → first stage), for a Sankey chart. */
export function stageTransitions(events: readonly CairnEvent[], options: JourneyOptions = {}): StageTransition[] {
  const flow = new StageFlow();
  runJourneys(events, options, [flow]);
  return flow.transitions();
}

/** Time from entering each stage to entering the next one: count, mean, median, p90. */
export function timeInStage(events: readonly CairnEvent[], options: JourneyOptions = {}): TimeInStageRow[] {
  const flow = new StageFlow();
  runJourneys(events, options, [flow]);
  return flow.timeInStage();
}

/** The N most frequent paths (first `depth` pages or events per person), the rest as "other". */
export function topPaths(events: readonly CairnEvent[], options: PathOptions & JourneyOptions = {}): TopPaths {
  const table = new PathTable(options, 0);
  runJourneys(events, options, [table]);
  return table.result();
}
