/**
 * The media types `POST /collect` accepts: JSON, and `text/plain`, which is what
 * `navigator.sendBeacon(url, string)` sends (and a "simple" CORS request, so no preflight).
 */
const ACCEPTED_MEDIA_TYPES = new Set(['application/json', 'text/plain']);

/** Whether a `Content-Type` header is one the collector reads: an accepted media type, in UTF-8 if a charset is given. */
export function isAcceptedContentType(header: string | null): boolean {
  if (header === null) return false;
  const [type = '', ...params] = header.split(';');
  if (!ACCEPTED_MEDIA_TYPES.has(type.trim().toLowerCase())) return false;
  for (const param of params) {
    const [key = '', value = ''] = param.split('=');
    if (key.trim().toLowerCase() !== 'charset') continue;
    const charset = value.trim().replace(/^"|"$/g, '').toLowerCase();
    if (charset !== 'utf-8' && charset !== 'utf8') return false;
  }
  return true;
}
