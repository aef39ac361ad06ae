import { createServer as createHttpServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createCollector, type CollectorHandler } from '../collector/create-collector.js';
import type { CollectorOptions } from '../collector/options.js';
import { toNodeListener } from './node-listener.js';

/** Options of {@link createServer}: the collector's, plus where to listen. */
export interface ServerOptions extends CollectorOptions {
  /** TCP port (default 8787); `0` picks a free one (see `port` in the answer). */
  port?: number;
  /** Interface to listen on (default `127.0.0.1`: only this machine; `0.0.0.0` for every interface). */
  host?: string;
  /** A request whose headers are not all in this long after it began is cut (default 10,000 ms; Node's own is 60 s). */
  headersTimeoutMs?: number;
  /** A request not all received (headers and body) this long after it began is cut (default 30,000 ms; Node's own is 300 s). */
  requestTimeoutMs?: number;
  /** Connections open at once; sockets past that are closed as they arrive (default 1,024). */
  maxConnections?: number;
}

/** The defaults of the {@link ServerOptions} of the Node server itself. */
export const SERVER_DEFAULTS = { headersTimeoutMs: 10_000, requestTimeoutMs: 30_000, maxConnections: 1024 } as const;

/** A running collector server. */
export interface RunningServer {
  /** `http://host:port`, e.g. `http://127.0.0.1:8787`. */
  url: string;
  port: number;
  server: Server;
  /** The collector it serves (for `stats()`). */
  collector: CollectorHandler;
  /** Stops accepting connections, waits for requests in flight, then closes the store. */
  close(): Promise<void>;
}

/**
 * Starts a collector on Node's `http` server. Resolves once the store is open and the port is
 * listening; rejects (and cleans up) when either fails.
 */
export async function createServer(options: ServerOptions = {}): Promise<RunningServer> {
  const {
    port = 8787,
    host = '127.0.0.1',
    headersTimeoutMs = SERVER_DEFAULTS.headersTimeoutMs,
    requestTimeoutMs = Math.max(SERVER_DEFAULTS.requestTimeoutMs, headersTimeoutMs),
    maxConnections = SERVER_DEFAULTS.maxConnections,
    ...collectorOptions
  } = options;
  const collector = createCollector(collectorOptions);
  try {
    await collector.ready();
  } catch (error) {
    await collector.close();
    throw error;
  }
  // Node's defaults let a client hold a socket 60 s sending headers a byte at a time and 300 s per
  // request (slowloris); its timeouts are checked every 30 s unless told otherwise.
  const server = createHttpServer(
    {
      keepAliveTimeout: 5_000,
      headersTimeout: headersTimeoutMs,
      requestTimeout: requestTimeoutMs,
      connectionsCheckingInterval: Math.min(1_000, headersTimeoutMs),
    },
    toNodeListener(collector),
  );
  server.maxConnections = maxConnections;
  // A socket that sends nothing at all is not a request yet, so no request timeout applies: cut it when idle that long.
  server.setTimeout(requestTimeoutMs, (socket) => socket.destroy());
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, host, () => {
        server.off('error', reject);
        resolve();
      });
    });
  } catch (error) {
    await collector.close();
    throw error;
  }
  const address = server.address() as AddressInfo;
  const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  let closing: Promise<void> | null = null;
  return {
    url: `http://${shownHost}:${address.port}`,
    port: address.port,
    server,
    collector,
    close: () => {
      closing ??= (async () => {
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeIdleConnections();
        });
        await collector.close();
      })();
      return closing;
    },
  };
}
