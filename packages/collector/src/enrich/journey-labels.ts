import { createClassifier, type Classifier, type ClassifierOptions, type CairnEvent } from '@cairn/core';
import type { EventLabels, LabelEvent } from './enrich-event.js';

/** A classifier to use as it is, or options (custom rules) to build one with `createClassifier`. */
export type ClassifierSetting = Classifier | ClassifierOptions;

function isClassifier(setting: ClassifierSetting): setting is Classifier {
  return typeof (setting as Classifier).explain === 'function';
}

/** Labels events with `@cairn/core`: the stage and rule from `explain`, the channel from `channelOf`. */
export function journeyLabels(setting: ClassifierSetting = {}): LabelEvent {
  const classifier = isClassifier(setting) ? setting : createClassifier(setting);
  return (event: CairnEvent): EventLabels => {
    const explanation = classifier.explain(event);
    return { stage: explanation.stage, ruleId: explanation.ruleId, channel: null };
  };
}
