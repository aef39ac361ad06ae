// Every tracked event carries a unique token in its properties: `bt<run>x<index>q`.
// The sink cannot parse nine vendors' wire formats, so it searches each request for tokens after undoing the
// encodings the SDKs use: gzip bodies (PostHog), URL-encoded form fields (Mixpanel `data=`), and base64 /
// base64url blobs (Mixpanel's payload, Snowplow's `ue_px`). Counting tokens, not requests, makes batching
// and retries comparable: a retried event is counted once.
import { gunzipSync } from 'node:zlib';

/** The token for event `index` of run `run` (run ids are lowercase alphanumerics). */
export function eventToken(run, index) {
  return `bt${run}x${index}q`;
}

/** A fresh run id: short, lowercase alphanumeric, so it survives every encoding unchanged. */
export function newRunId() {
  return Math.random().toString(36).slice(2, 8).replace(/[^a-z0-9]/g, 'z') + Date.now().toString(36).slice(-3);
}

const TOKEN = /bt([a-z0-9]+)x(\d+)q/g;
const BASE64_RUN = /[A-Za-z0-9+/_-]{16,}={0,2}/g;

function decodeUri(text) {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function base64Texts(text) {
  const out = [];
  for (const match of text.matchAll(BASE64_RUN)) {
    const b64 = match[0].replace(/-/g, '+').replace(/_/g, '/');
    out.push(Buffer.from(b64, 'base64').toString('latin1'));
  }
  return out;
}

/**
 * Finds every event token in a request (its URL and raw body).
 * @param {string} url request target (path + query)
 * @param {Buffer} body raw request body as received
 * @returns {Map<string, Set<number>>} run id → event indexes found
 */
export function findTokens(url, body) {
  let bytes = body;
  if (bytes.length > 2 && bytes[0] === 0x1f && bytes[1] === 0x8b) {
    try {
      bytes = gunzipSync(bytes);
    } catch {
      // not gzip after all: search the raw bytes
    }
  }
  const raw = `${url}\n${bytes.toString('latin1')}`;
  const uri = decodeUri(raw);
  const texts = [raw, uri, ...base64Texts(raw), ...base64Texts(uri)];
  const found = new Map();
  for (const text of texts) {
    for (const m of text.matchAll(TOKEN)) {
      let set = found.get(m[1]);
      if (!set) found.set(m[1], (set = new Set()));
      set.add(Number(m[2]));
    }
  }
  return found;
}
