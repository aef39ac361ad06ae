// The root README's comparison table lives between two markers and is copied from the results file.
export const README_START = '<!-- peers:start -->';
export const README_END = '<!-- peers:end -->';

/** The text between the README's markers, or null when the markers are missing. */
export function readmeRegion(readme) {
  const start = readme.indexOf(README_START);
  const end = readme.indexOf(README_END);
  if (start < 0 || end < start) return null;
  return readme.slice(start + README_START.length, end).trim();
}

/** The README with its region replaced by `summary`, or null when the markers are missing. */
export function withReadmeRegion(readme, summary) {
  const start = readme.indexOf(README_START);
  const end = readme.indexOf(README_END);
  if (start < 0 || end < start) return null;
  return `${readme.slice(0, start + README_START.length)}\n${summary.trim()}\n${readme.slice(end)}`;
}
