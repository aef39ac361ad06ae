// The machine a run happened on, recorded with every results file.
import { cpus, totalmem, release, platform } from 'node:os';
import { readFileSync } from 'node:fs';

function cpuModel() {
  try {
    const line = readFileSync('/proc/cpuinfo', 'utf8').split('\n').find((l) => l.startsWith('model name'));
    if (line) return line.split(':')[1].trim();
  } catch {
    // not Linux: fall through to os.cpus()
  }
  return cpus()[0]?.model ?? 'unknown CPU';
}

/** @param {import('playwright-core').Browser} browser */
export function describeMachine(browser) {
  return {
    cpu: cpuModel(),
    cores: cpus().length,
    memoryGB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    os: `${platform()} ${release()}`,
    node: process.version,
    chromium: browser.version(),
  };
}
