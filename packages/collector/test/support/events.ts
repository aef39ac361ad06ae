import type { CairnEvent } from '@cairn/core';

const BASE_TS = Date.UTC(2026, 10, 20, 9, 0, 0);
let counter = 0;

/** A valid page event; override any field. Ids are unique per test run. */
export function pageEvent(overrides: Partial<CairnEvent> = {}): CairnEvent {
  counter++;
  return {
    id: `evt-${process.pid}-${counter}`,
    type: 'page',
    name: '/pricing',
    ts: BASE_TS + counter * 1000,
    anonymousId: 'anon-1',
    url: 'https://shop.example/pricing',
    ...overrides,
  };
}

/** A v1 batch body as text. */
export function batchBody(events: unknown[], sentAt = BASE_TS + 3_600_000): string {
  return JSON.stringify({ v: 1, sentAt, events });
}

export { BASE_TS };
