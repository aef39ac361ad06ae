/**
 * A counting wrapper around the collector's handler: every batch that reaches the store is
 * read (from a clone of the request) and every event id counted, whatever the answer.
 */
type WebHandler = (request: Request, info?: { ip?: string }) => Promise<Response>;

export class ReceivedCounter {
  /** POST /collect requests that reached the collector. */
  requests = 0;
  /** How many times each event id arrived. */
  readonly ids = new Map<string, number>();
  /** Answers by status code. */
  readonly statuses = new Map<number, number>();

  wrap = (handler: WebHandler): WebHandler => async (request, info) => {
    const isBatch = request.method === 'POST' && new URL(request.url).pathname === '/collect';
    if (!isBatch) return handler(request, info);
    this.requests++;
    const body = await request.clone().text().catch(() => '');
    const response = await handler(request, info);
    this.statuses.set(response.status, (this.statuses.get(response.status) ?? 0) + 1);
    try {
      const batch = JSON.parse(body) as { events?: { id?: unknown }[] };
      let seen = 0;
      for (const event of batch.events ?? []) {
        if (typeof event.id !== 'string') continue;
        if (this.ids.has(event.id)) seen++;
        this.ids.set(event.id, (this.ids.get(event.id) ?? 0) + 1);
      }
      if (process.env.CAIRN_E2E_VERBOSE) {
        const from = request.headers.get('referer') ?? '?';
        console.log(`collector ${response.status}: ${batch.events?.length ?? 0} events, ${seen} seen before, from ${from}`);
      }
    } catch {
      /* not JSON: the collector answered it; nothing to count */
    }
    return response;
  };

  /** Arrivals of an id already seen (a retry of a batch the store had already taken). */
  get duplicateArrivals(): number {
    let n = 0;
    for (const count of this.ids.values()) n += count - 1;
    return n;
  }
}
