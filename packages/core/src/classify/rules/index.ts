/**
 * The default rule set: what Cairn understands without configuration. The table in
 * `docs/stages.md` is generated from it.
 */
import type { Rule } from '../rule.js';
import { ctaLabelRules } from './cta-labels.js';
import { eventTypeRules } from './event-types.js';
import { pageRules } from './pages.js';
import { vocabularyRules } from './vocabulary.js';

/** Cairn's default classifier rules, in documentation order. Read-only: copy before changing. */
export const defaultRules: readonly Rule[] = Object.freeze([...pageRules, ...eventTypeRules, ...vocabularyRules, ...ctaLabelRules]);
