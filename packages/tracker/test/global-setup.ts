import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The size test reads dist/cairn.js: build it when `pnpm test` runs without `pnpm build` first. */
export default function setup(): void {
  const root = fileURLToPath(new URL('..', import.meta.url));
  if (!existsSync(`${root}dist/cairn.js`)) execFileSync('pnpm', ['build'], { cwd: root, stdio: 'inherit' });
}
