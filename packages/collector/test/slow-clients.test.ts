import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type RunningServer } from '../src/index.js';
import { batchBody, pageEvent } from './support/events.js';
import { post } from './support/post.js';
import { tempDir } from './support/temp-dir.js';

// Slowloris: Node's defaults let a socket take 60 s to send its headers and 300 s per request, and
// accept any number of sockets, so a few hundred slow clients held the collector's sockets for minutes.
// Here the timeouts are short so the test is; the defaults are 10 s, 30 s, 20 s for a body, 1,024 sockets.

const dir = tempDir();
let server: RunningServer;

beforeAll(async () => {
  server = await createServer({
    port: 0,
    db: `${dir.path}/events.duckdb`,
    rateLimit: false,
    headersTimeoutMs: 600,
    requestTimeoutMs: 1_500,
    bodyTimeoutMs: 600,
    maxConnections: 20,
  });
});

afterAll(async () => {
  await server?.close();
  dir.remove();
});

interface Drip {
  socket: Socket;
  closed: Promise<number>;
  received: () => string;
}

/** Opens a socket, writes `start`, then one more byte of `drip` every 100 ms until the server closes it. */
function dripper(start: string, drip: string): Drip {
  const opened = Date.now();
  const socket = connect(server.port, '127.0.0.1');
  let answer = '';
  socket.setEncoding('utf8');
  socket.on('data', (text: string) => (answer += text));
  socket.on('error', () => undefined);
  if (start) socket.write(start);
  let i = 0;
  const timer = setInterval(() => {
    if (drip && !socket.destroyed && socket.writable) socket.write(drip[i++ % drip.length]!);
  }, 100);
  const closed = new Promise<number>((resolve) =>
    socket.on('close', () => {
      clearInterval(timer);
      resolve(Date.now() - opened);
    }),
  );
  return { socket, closed, received: () => answer };
}

describe('slow clients', () => {
  it('cuts sockets that drip their headers', async () => {
    const drips = Array.from({ length: 10 }, () => dripper('POST /collect HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ', 'abcdefgh'));
    const lifetimes = await Promise.all(drips.map((d) => d.closed));
    // Cut at headersTimeoutMs (600) give or take the 600 ms between Node's checks and a loaded machine.
    for (const ms of lifetimes) expect(ms).toBeLessThan(5_000);
    expect((await post(`${server.url}/collect`, batchBody([pageEvent()]))).status).toBe(200);
  });

  it('answers 408 to a body that drips, and closes its socket', async () => {
    const body = batchBody([pageEvent()]);
    const drip = dripper(`POST /collect HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n`, body);
    const ms = await drip.closed;
    expect(drip.received()).toMatch(/^HTTP\/1\.1 408/);
    expect(ms).toBeLessThan(5_000);
  });

  it('cuts a socket that never sends a byte', async () => {
    const idle = dripper('', '');
    expect(await idle.closed).toBeLessThan(6_000);
  });

  it('holds at most maxConnections sockets; a client gets in once they are gone', async () => {
    const sockets = await Promise.all(
      Array.from({ length: 30 }, () =>
        new Promise<{ socket: Socket; closed: Promise<void> }>((resolve) => {
          const socket = connect(server.port, '127.0.0.1', () => resolve({ socket, closed }));
          socket.on('error', () => undefined);
          const closed = new Promise<void>((done) => socket.on('close', () => done()));
        }),
      ),
    );
    // Past the cap the server closes a socket as soon as it is accepted.
    const early = await Promise.race([Promise.all(sockets.slice(20).map((s) => s.closed)).then(() => 'closed'), new Promise((r) => setTimeout(() => r('open'), 400))]);
    expect(early).toBe('closed');
    for (const { socket } of sockets) socket.destroy();
    await new Promise((r) => setTimeout(r, 100));
    expect((await post(`${server.url}/collect`, batchBody([pageEvent()]))).status).toBe(200);
  });
});
