import { EVENT_TYPES, type CairnEvent } from '../../event/types.js';

const TYPES = new Set<string>(EVENT_TYPES);

/**
 * Whether a value has what the analyses rely on: string `id`, `anonymousId` and `name`, a known
 * `type` and a finite `ts`. Anything else is skipped and counted (`totals.invalid`), so one bad
 * row in a log does not sink a report. Run `validateEvent` for the reasons.
 */
export function isAnalysable(value: unknown): value is CairnEvent {
  if (typeof value !== 'object' || value === null) return false;
  const e = value as Partial<CairnEvent>;
  return (
    typeof e.id === 'string' &&
    typeof e.anonymousId === 'string' &&
    typeof e.name === 'string' &&
    typeof e.type === 'string' &&
    TYPES.has(e.type) &&
    typeof e.ts === 'number' &&
    Number.isFinite(e.ts)
  );
}
