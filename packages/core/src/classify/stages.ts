/** The five customer-journey stages, as marketers name them. */
export type Stage = 'awareness' | 'consideration' | 'conversion' | 'retention' | 'advocacy';

/** Every {@link Stage}, in lifecycle order: a visitor moves from left to right. */
export const STAGES: readonly Stage[] = ['awareness', 'consideration', 'conversion', 'retention', 'advocacy'];

/** The position of a stage in {@link STAGES} (awareness = 0 … advocacy = 4). */
export function stageIndex(stage: Stage): number {
  return STAGES.indexOf(stage);
}
