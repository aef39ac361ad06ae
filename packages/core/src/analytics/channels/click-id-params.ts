/**
 * The query parameters ad platforms add to a landing URL (Google's gclid…, Meta's fbclid, …). A list
 * apart from their source and medium (`click-ids.ts`): the tracker, which records them on the page view
 * that starts a session, needs only the names, and imports them without any channel code.
 */
export const CLICK_ID_PARAMS = [
  'gclid',
  'gbraid',
  'wbraid',
  'gad_source',
  'dclid',
  'msclkid',
  'yclid',
  'fbclid',
  'li_fat_id',
  'ttclid',
  'twclid',
  'epik',
  'sccid',
  'rdt_cid',
] as const;

/** One of {@link CLICK_ID_PARAMS}. */
export type ClickIdParam = (typeof CLICK_ID_PARAMS)[number];
