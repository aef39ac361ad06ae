/** What the collector answers with a 2xx. */
export interface Ack {
  accepted?: number;
  duplicates?: number;
  rejected?: { id: string; reason: string }[];
}

/** The outcome of one POST: HTTP status (0: no answer, -1: handed to sendBeacon), the 2xx body, `Retry-After`. */
export type Outcome = [status: number, ack?: Ack, retryAfter?: string | null];

/**
 * POSTs one batch (each event as JSON text) as `text/plain` (a simple CORS request: no preflight). `keepalive` lets the request
 * outlive the page; when the browser refuses it (the 64 KB keepalive budget is shared by the whole page),
 * sendBeacon takes the batch instead. A request unanswered after `timeoutMs` is aborted: no answer.
 */
export const post = async (url: string, events: string[], keepalive: boolean, timeoutMs: number): Promise<Outcome> => {
  // The events come as JSON already (the batch was sized by the same text): joined, not stringified again.
  const body = '{"v":1,"sentAt":' + Date.now() + ',"events":[' + events + ']}';
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), timeoutMs);
  try {
    const response = await fetch(url, { method: 'POST', body, keepalive, signal: abort.signal, credentials: 'omit' });
    const ack = response.ok ? ((await response.json().catch(() => ({}))) as Ack) : undefined;
    return [response.status, ack, response.headers.get('retry-after')];
  } catch {
    return [keepalive && navigator.sendBeacon?.(url, body) ? -1 : 0];
  } finally {
    clearTimeout(timer);
  }
};
