import type { CairnEvent } from '../../event/types.js';

/** The three survey kinds Cairn scores. */
export type SurveyKind = 'nps' | 'csat' | 'ces';

/** The valid answer range of each kind (inclusive). */
export const SURVEY_SCALES: Readonly<Record<SurveyKind, readonly [number, number]>> = {
  nps: [0, 10],
  csat: [1, 5],
  ces: [1, 7],
};

/**
 * The answer a `survey` event carries, or `null` when it is not a survey, the kind is unknown or
 * the score is off the kind's scale (such answers are ignored, not clamped: a 7 on a 1–5 CSAT
 * scale is a tracking bug, not a 5). The kind is `props.kind` when given, else the event's name:
 * Cairn's tracker sends `survey('nps', 9)` as `{ name: 'nps', props: { score: 9 } }`.
 */
export function surveyAnswerOf(event: CairnEvent): { kind: SurveyKind; score: number } | null {
  if (event.type !== 'survey' || !event.props) return null;
  const declared = event.props['kind'];
  const kind = typeof declared === 'string' ? declared.trim().toLowerCase() : event.name.trim().toLowerCase();
  const score = event.props['score'];
  if (kind !== 'nps' && kind !== 'csat' && kind !== 'ces') return null;
  if (typeof score !== 'number' || !Number.isFinite(score)) return null;
  const [min, max] = SURVEY_SCALES[kind];
  if (score < min || score > max) return null;
  return { kind, score };
}
