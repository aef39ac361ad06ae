/**
 * A random UUID v4. `crypto.randomUUID` only exists in secure contexts (https, localhost),
 * so pages served over plain http get the Math.random fallback: good enough for a dedupe key.
 */
export const uuid = (): string => {
  try {
    return crypto.randomUUID();
  } catch {
    return '10000000-1000-4000-8000-100000000000'.replace(/[018]/g, (c) =>
      (+c ^ ((Math.random() * 16) >> (+c / 4))).toString(16),
    );
  }
};
