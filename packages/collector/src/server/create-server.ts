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
}

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
  const { port = 8787, host = '127.0.0.1', ...collectorOptions } = options;
  const collector = createCollector(collectorOptions);
  try {
    await collector.ready();
  } catch (error) {
    await collector.close();
    throw error;
  }
  const server = createHttpServer({ keepAliveTimeout: 5_000 }, toNodeListener(collector, { trustProxy: options.trustProxy ?? false }));
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
