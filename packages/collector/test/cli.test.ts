import { spawn, spawnSync } from 'node:child_process';
import { existsSync, linkSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { batchBody } from './support/events.js';
import { shopJourneys } from './support/journey.js';
import { post } from './support/post.js';
import { tempDir } from './support/temp-dir.js';

// The CLI as users run it: the package's bin, which loads the build (`pnpm build` first; the root `pnpm test` does).
const CLI = fileURLToPath(new URL('../bin/cairn.js', import.meta.url));
const BUILT = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const dir = tempDir();
afterAll(() => dir.remove());

function cairn(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', timeout: 60_000 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe.skipIf(!existsSync(BUILT))('cairn CLI', () => {
  it('--help prints the usage; no command or an unknown one exits 2', () => {
    const help = cairn(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('cairn serve');
    expect(help.stdout).toContain('cairn report');
    expect(cairn([]).status).toBe(2);
    expect(cairn(['frobnicate']).status).toBe(2);
    expect(cairn(['serve', '--nope']).status).toBe(2);
    expect(cairn(['report', '--format', 'pdf']).status).toBe(2);
  });

  it('report refuses to write its output over the store it reads', () => {
    const db = `${dir.path}/precious.ndjson`;
    writeFileSync(db, '');
    const run = cairn(['report', '--db', db, '--format', 'html', '--out', `${dir.path}/./precious.ndjson`]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('is the store itself');
    expect(readFileSync(db, 'utf8')).toBe('');
  });

  it('report refuses a symbolic or hard link to the store, and its companion files', () => {
    const db = `${dir.path}/linked.ndjson`;
    writeFileSync(db, '');
    writeFileSync(`${db}.wal`, 'pending commits');
    symlinkSync(db, `${dir.path}/soft.html`);
    linkSync(db, `${dir.path}/hard.html`);
    for (const out of [`${dir.path}/soft.html`, `${dir.path}/hard.html`, `${db}.wal`]) {
      const run = cairn(['report', '--db', db, '--format', 'html', '--out', out]);
      expect(run.status, out).toBe(2);
      expect(run.stderr).toMatch(/store itself|hard link|companion file/);
    }
    expect(readFileSync(db, 'utf8')).toBe('');
    expect(readFileSync(`${db}.wal`, 'utf8')).toBe('pending commits');
  });

  it('serve stores posted events, stops cleanly on SIGINT, then report reads the file', async () => {
    const db = `${dir.path}/cli.duckdb`;
    const child = spawn(process.execPath, [CLI, 'serve', '--port', '0', '--db', db, '--cors', 'https://shop.example'], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    const url = await new Promise<string>((resolve, reject) => {
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
        const match = stderr.match(/listening on (http:\/\/\S+)/);
        if (match) resolve(match[1]!);
      });
      child.once('exit', (code) => reject(new Error(`serve exited with ${code}: ${stderr}`)));
    });
    const events = shopJourneys('cli');
    const answer = await post(`${url}/collect`, batchBody(events, events[events.length - 1]!.ts));
    expect(answer.json.accepted).toBe(events.length);
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    child.kill('SIGINT');
    expect(await exited).toBe(0);
    expect(stderr).toContain(`${events.length} events stored`);

    const json = cairn(['report', '--db', db, '--format', 'json']);
    expect(json.status).toBe(0);
    expect(JSON.parse(json.stdout).totals.events).toBe(events.length);

    const table = cairn(['report', '--db', db]);
    expect(table.stdout).toContain('Checkout funnel');

    const out = `${dir.path}/report.html`;
    const html = cairn(['report', '--db', db, '--format', 'html', '--out', out, '--from', '2000-01-01', '--to', '2099-12-31']);
    expect(html.status).toBe(0);
    expect(html.stderr).toContain(`wrote ${out}`);
    expect(readFileSync(out, 'utf8')).toContain('<svg ');

    expect(cairn(['report', '--db', db, '--from', 'someday']).status).toBe(2);
  }, 120_000);
});
