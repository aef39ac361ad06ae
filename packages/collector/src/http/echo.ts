/** Longest piece of a client's input quoted back in an error answer, in characters. */
export const ECHO_LIMIT = 64;

/**
 * A value from the request, quoted for an error message: cut to {@link ECHO_LIMIT} characters and
 * JSON-escaped (control characters included), so an answer never grows with what was sent and a
 * log line that prints it cannot be rewritten by it.
 */
export function echo(value: string | null): string {
  if (value === null) return 'null';
  return JSON.stringify(value.length > ECHO_LIMIT ? `${value.slice(0, ECHO_LIMIT)}…` : value);
}
