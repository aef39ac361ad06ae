import type { Reply } from './call.js';

const JSON_HEADERS = {
  'content-type': 'application/json; charset=utf-8',
  // Answers are per request: never cache them, anywhere.
  'cache-control': 'no-store',
};

/** A JSON reply. */
export function jsonReply(status: number, value: unknown, headers: Record<string, string> = {}): Reply {
  return { status, headers: { ...JSON_HEADERS, ...headers }, body: JSON.stringify(value) };
}

/** A JSON error reply: `{"error": message, …extra}`. */
export function errorReply(status: number, message: string, extra: Record<string, unknown> = {}, headers: Record<string, string> = {}): Reply {
  return jsonReply(status, { error: message, ...extra }, headers);
}

/** An empty reply (204 and preflights). */
export function emptyReply(status: number, headers: Record<string, string> = {}): Reply {
  return { status, headers: { 'cache-control': 'no-store', ...headers }, body: null };
}
