import { debugLog } from '../diagnostics.js';
import { emit, type State } from '../state.js';
import type { Props } from '../types.js';
import { feature } from './feature.js';

const SURVEYS = ['nps', 'csat', 'ces'];

/** A survey answer: `kind` one of SURVEYS, `score` a finite number. */
export const recordSurvey = (t: State, kind: unknown, score: unknown, props?: Props): void => {
  if (!SURVEYS.includes(kind as string) || typeof score != 'number' || !isFinite(score)) {
    return void debugLog(t, 'dropped', 'invalid', 'survey');
  }
  emit(t, 'survey', kind, { ...props, score });
};

/** The `survey()` method (NPS, CSAT, CES answers). */
export const surveys = /* @__PURE__ */ feature((t) => {
  t._api.survey = (kind, score, props) => recordSurvey(t, kind, score, props);
});
