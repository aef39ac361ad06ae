/** Where the CLI writes: results to stdout, messages and progress to stderr (so `> file` gets only results). */
export interface CliIo {
  out(text: string): void;
  error(text: string): void;
  /** Whether stderr is a terminal (progress redraws in place there). */
  interactive: boolean;
}

export const processIo: CliIo = {
  out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  error: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
  interactive: process.stderr.isTTY === true,
};
