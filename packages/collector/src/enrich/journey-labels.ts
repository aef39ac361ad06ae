import { createClassifier, type Classifier, type ClassifierOptions, type CairnEvent } from '@cairn/core';
import type { EventLabels, LabelEvent } from './enrich-event.js';

/** A classifier to use as it is, or options (custom rules) to build one with `createClassifier`. */
export type ClassifierSetting = Classifier | ClassifierOptions;

function isClassifier(setting: ClassifierSetting): setting is Classifier {
  return typeof (setting as Classifier).explain === 'function';
}

/**
 * Labels events with `@cairn/core`: the stage and the deciding rule, as `explain` gives them
 * (`match` returns that same rule without composing the human-readable reason, which a
 * collector does not store: `explain(event)` recomputes it when someone asks).
 */
export function journeyLabels(setting: ClassifierSetting = {}): LabelEvent {
  const classifier = isClassifier(setting) ? setting : createClassifier(setting);
  return (event: CairnEvent): EventLabels => {
    const rule = classifier.match(event);
    return { stage: rule?.stage ?? null, ruleId: rule?.id ?? null, channel: null };
  };
}
