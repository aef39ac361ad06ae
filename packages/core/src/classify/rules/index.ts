/**
 * The default rule set: what Cairn understands without configuration. The table in
 * `docs/stages.md` is generated from it.
 */
import type { Rule } from '../rule.js';
import { ctaLabelRules } from './cta-labels.js';
import { eventTypeRules } from './event-types.js';
import { pageRules } from './pages.js';
import { vocabularyRules } from './vocabulary.js';

/** Freezes rule data all the way down, so nobody changes the defaults under another classifier. */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

/** Cairn's default classifier rules, in documentation order. Deeply frozen: copy a rule to change it. */
export const defaultRules: readonly Rule[] = deepFreeze([...pageRules, ...eventTypeRules, ...vocabularyRules, ...ctaLabelRules]);
