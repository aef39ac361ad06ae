// Part of `pnpm bench`: the peer comparison (bench/peers/run.mjs), which writes bench/results/peers.md,
// prints it and refreshes the README's comparison table.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const run = spawnSync(process.execPath, [fileURLToPath(new URL('../peers/run.mjs', import.meta.url))], { stdio: 'inherit' });
process.exit(run.status ?? 1);
