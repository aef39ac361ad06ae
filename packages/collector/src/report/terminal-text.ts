/**
 * Characters a terminal acts on instead of showing: C0 controls (ESC starts colour, cursor and
 * title sequences, CR returns over a line, BEL rings), DEL, C1 controls (0x9b is a one-byte CSI),
 * and the bidirectional overrides and isolates that reorder what follows them. `\n` is not among
 * them: callers escape each value, not the text they lay out.
 */
const TERMINAL_CONTROLS = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** `text` safe to print: every terminal control shown as a `\uXXXX` escape (`\r`, `\n`, `\t` by name). */
export function terminalSafe(text: string): string {
  return text.replace(TERMINAL_CONTROLS, (c) => NAMED[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

const NAMED: Record<string, string> = { '\r': '\\r', '\n': '\\n', '\t': '\\t' };
