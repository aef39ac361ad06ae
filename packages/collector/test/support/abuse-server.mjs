// The collector under attack, in a process of its own so that its memory is measured alone.
// Started with --expose-gc by test/abuse.test.ts; answers { rss } to 'rss' after collecting garbage.
import { createServer } from '../../dist/index.js';

const server = await createServer({ port: 0, db: process.argv[2], trustProxy: true, cors: ['https://shop.example'] });
process.on('message', (message) => {
  if (message === 'rss') {
    globalThis.gc?.();
    globalThis.gc?.();
    process.send?.({ rss: process.memoryUsage().rss });
  } else if (message === 'close') {
    server.close().then(() => process.exit(0));
  }
});
process.send?.({ port: server.port });
