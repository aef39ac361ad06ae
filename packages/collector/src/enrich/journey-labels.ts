import { channelOf, createClassifier, type CairnEvent, type Classifier, type ClassifierOptions } from '@cairn/core';
import type { EventLabels, LabelEvent } from './enrich-event.js';

/** A classifier to use as it is, or options (custom rules) to build one with `createClassifier`. */
export type ClassifierSetting = Classifier | ClassifierOptions;

/** The classifier a setting stands for. */
export function resolveClassifier(setting: ClassifierSetting = {}): Classifier {
  return typeof (setting as Classifier).match === 'function' ? (setting as Classifier) : createClassifier(setting as ClassifierOptions);
}

/**
 * Labels events with `@cairn/core`: the stage and the deciding rule, as `explain` gives them
 * (`match` returns that same rule without composing the human-readable reason, which a
 * collector does not store: `explain(event)` recomputes it when someone asks), and the GA4
 * channel of the event's own `utm`, `referrer` and `url` (`channelOf`).
 */
export function journeyLabels(classifier: Classifier): LabelEvent {
  return (event: CairnEvent): EventLabels => {
    const rule = attempt(() => classifier.match(event));
    return { stage: rule?.stage ?? null, ruleId: rule?.id ?? null, channel: attempt(() => channelOf(event)) };
  };
}

/** Labels are a nicety: whatever a custom classifier or an odd URL does, the event is still stored (unlabelled). */
function attempt<T>(label: () => T): T | null {
  try {
    return label();
  } catch {
    return null;
  }
}
