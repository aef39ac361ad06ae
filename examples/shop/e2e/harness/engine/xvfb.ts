/**
 * A virtual display for MiniBrowser, which has no headless mode. Xvfb picks a free display number itself
 * (`-displayfd`), so several runs on one machine never collide. Without a display, WebKitWebDriver's
 * session creation hangs instead of failing.
 */
import { spawn, type ChildProcess } from 'node:child_process';

export interface Display {
  /** e.g. `:3` */
  name: string;
  close(): void;
}

export async function startXvfb(): Promise<Display> {
  const xvfb: ChildProcess = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x800x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
  });
  const name = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('Xvfb did not report a display within 15 s')), 15_000);
    xvfb.once('error', (err) => reject(new Error(`Xvfb: ${err.message} (apt-get install -y xvfb)`)));
    xvfb.once('exit', (code) => reject(new Error(`Xvfb exited with ${code}`)));
    (xvfb.stdio[3] as NodeJS.ReadableStream).on('data', (data: Buffer) => {
      clearTimeout(timer);
      resolve(`:${String(data).trim()}`);
    });
  });
  return { name, close: () => void xvfb.kill('SIGTERM') };
}
