import { request as httpRequest } from 'node:http';

/** POSTs `body` to `url` and resolves with status, headers and the parsed JSON body (or `null`). */
export async function post(
  url: string,
  body: string | Uint8Array,
  headers: Record<string, string> = { 'content-type': 'application/json' },
): Promise<{ status: number; headers: Headers; json: any }> {
  const response = await fetch(url, { method: 'POST', body, headers });
  const text = await response.text();
  return { status: response.status, headers: response.headers, json: text ? JSON.parse(text) : null };
}

/**
 * Streams `size` bytes to `url` in chunks without a Content-Length, and reports the status and
 * how many bytes were written before the server answered (to check it stopped reading early).
 */
export function streamUpload(url: string, size: number, chunk = 64 * 1024): Promise<{ status: number; written: number }> {
  return new Promise((resolve, reject) => {
    let written = 0;
    let answered = false;
    const req = httpRequest(url, { method: 'POST', headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' } }, (res) => {
      answered = true;
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? 0, written }));
    });
    req.on('error', (error) => {
      if (!answered) reject(error);
    });
    const piece = Buffer.alloc(chunk, 0x20);
    const pump = (): void => {
      while (!answered && written < size) {
        written += piece.byteLength;
        if (!req.write(piece)) {
          req.once('drain', pump);
          return;
        }
      }
      if (!answered) req.end();
    };
    pump();
  });
}
