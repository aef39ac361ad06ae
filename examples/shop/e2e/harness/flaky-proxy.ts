/**
 * A real HTTP reverse proxy in front of the demo server that misbehaves on `POST /collect`, as a
 * bad network, an overloaded load balancer or a slow store would. Everything else (the shop's
 * pages, cairn.js) passes through untouched, so the page loads from the proxy's origin and its
 * endpoint is same-origin.
 *
 * Faults are dealt from a seeded shuffled deck: a failing run is reproducible with its seed.
 */
import { createServer, request as httpRequest, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What can happen to one batch. Shares are of all `POST /collect` requests, exact per 20 requests. */
export interface FaultPlan {
  /** `503 Service Unavailable`, the batch never reaches the store. */
  unavailable: number;
  /** The connection is cut before the batch is forwarded: nothing stored, no answer. */
  cutBefore: number;
  /** The batch is forwarded and stored, then the connection is cut: stored, never acknowledged. */
  cutAfter: number;
  /** `429 Too Many Requests` with `Retry-After: retryAfterS`. */
  tooMany: number;
  /** Forwarded and stored, but the answer is held `slowMs` (past the client's timeout). */
  slow: number;
  retryAfterS: number;
  slowMs: number;
}

export type Fault = 'unavailable' | 'cutBefore' | 'cutAfter' | 'tooMany' | 'slow' | 'ok';

/** Mulberry32: small, seedable, good enough to pick faults. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface FlakyProxy {
  url: string;
  /** How often each fault was applied. */
  counts: Record<Fault, number>;
  /** Stop misbehaving (every later request passes through). */
  heal(): void;
  close(): Promise<void>;
}

export async function startFlakyProxy(target: string, plan: FaultPlan, seed: number): Promise<FlakyProxy> {
  const upstream = new URL(target);
  const random = seededRandom(seed);
  const counts: Record<Fault, number> = { unavailable: 0, cutBefore: 0, cutAfter: 0, tooMany: 0, slow: 0, ok: 0 };
  let healed = false;
  const timers = new Set<NodeJS.Timeout>();

  // A shuffled deck of DECK requests holding each fault in its exact share (30 % of 20 = 6 × 503, …),
  // dealt in order and reshuffled when empty: every fault shows up in every 20 requests, in a seeded
  // random order, instead of maybe never (independent draws of a 5 % fault over 15 requests often miss).
  const DECK = 20;
  const faults: [Exclude<Fault, 'ok'>, number][] = [
    ['unavailable', plan.unavailable],
    ['cutBefore', plan.cutBefore],
    ['cutAfter', plan.cutAfter],
    ['tooMany', plan.tooMany],
    ['slow', plan.slow],
  ];
  let deck: Fault[] = [];
  const shuffle = () => {
    deck = faults.flatMap(([fault, share]) => Array<Fault>(Math.round(share * DECK)).fill(fault));
    while (deck.length < DECK) deck.push('ok');
    for (let i = deck.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [deck[i], deck[j]] = [deck[j]!, deck[i]!];
    }
  };
  const pick = (): Fault => {
    if (healed) return 'ok';
    if (!deck.length) shuffle();
    return deck.pop()!;
  };

  /** Forwards a buffered request; resolves with the upstream answer, fully read. */
  const forward = (req: IncomingMessage, body: Buffer) =>
    new Promise<{ status: number; headers: IncomingMessage['headers']; body: Buffer }>((resolve, reject) => {
      const out = httpRequest(
        // The Host header is kept, as reverse proxies do: the collector checks Origin against it.
        { host: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers: req.headers },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ status: res.statusCode ?? 502, headers: res.headers, body: Buffer.concat(chunks) }));
          res.on('error', reject);
        },
      );
      out.on('error', reject);
      out.end(body);
    });

  const relay = (res: ServerResponse, answer: { status: number; headers: IncomingMessage['headers']; body: Buffer }) => {
    const headers = { ...answer.headers };
    delete headers['transfer-encoding'];
    headers['content-length'] = String(answer.body.length);
    res.writeHead(answer.status, headers);
    res.end(answer.body);
  };

  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const isBatch = req.method === 'POST' && (req.url ?? '').startsWith('/collect');
      const fault: Fault = isBatch ? pick() : 'ok';
      if (isBatch) counts[fault]++;
      const pass = () =>
        forward(req, body).then(
          (answer) => relay(res, answer),
          () => res.destroy(),
        );
      switch (fault) {
        case 'unavailable':
          res.writeHead(503, { 'content-type': 'text/plain' });
          res.end('upstream unavailable');
          return;
        case 'tooMany':
          res.writeHead(429, { 'retry-after': String(plan.retryAfterS), 'content-type': 'text/plain' });
          res.end('slow down');
          return;
        case 'cutBefore':
          req.socket.destroy();
          return;
        case 'cutAfter':
          void forward(req, body).then(
            () => req.socket.destroy(),
            () => req.socket.destroy(),
          );
          return;
        case 'slow':
          void forward(req, body).then(
            (answer) => {
              const timer = setTimeout(() => {
                timers.delete(timer);
                if (!res.destroyed) relay(res, answer);
              }, plan.slowMs);
              timers.add(timer);
            },
            () => res.destroy(),
          );
          return;
        case 'ok':
          void pass();
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    counts,
    heal: () => (healed = true),
    close: () =>
      new Promise<void>((resolve) => {
        for (const t of timers) clearTimeout(t);
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
