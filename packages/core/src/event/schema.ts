import { LIMITS } from './limits.js';
import { EVENT_TYPES } from './types.js';

const idString = { type: 'string', minLength: 1, maxLength: 128 } as const;
const text = { type: 'string', maxLength: LIMITS.stringLength } as const;
const time = { type: 'number', minimum: LIMITS.minTs, maximum: LIMITS.maxTs } as const;

/**
 * JSON Schema (draft 2020-12) of a v1 batch, for other languages and tools.
 * `validateBatch` is the reference: it also checks what a schema cannot say
 * (props' serialised size, forbidden keys, the body's byte size).
 */
export const batchJsonSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://cairn.dev/schema/batch-v1.json',
  title: 'Cairn event batch, v1',
  type: 'object',
  additionalProperties: false,
  required: ['v', 'sentAt', 'events'],
  properties: {
    v: { const: 1 },
    sentAt: time,
    events: {
      type: 'array',
      maxItems: LIMITS.batchEvents,
      items: { $ref: '#/$defs/event' },
    },
  },
  $defs: {
    event: {
      type: 'object',
      additionalProperties: false,
      required: ['id', 'type', 'name', 'ts', 'anonymousId'],
      properties: {
        id: idString,
        type: { enum: [...EVENT_TYPES] },
        name: { type: 'string', minLength: 1, maxLength: LIMITS.nameLength },
        ts: time,
        anonymousId: idString,
        userId: idString,
        sessionId: idString,
        url: text,
        referrer: text,
        title: text,
        utm: {
          type: 'object',
          additionalProperties: false,
          properties: { source: text, medium: text, campaign: text, term: text, content: text },
        },
        seq: { type: 'integer', minimum: 0 },
        props: {
          type: 'object',
          description: `JSON values only, nested at most ${LIMITS.propsDepth} levels, at most ${LIMITS.propsBytes} bytes serialised; keys __proto__, constructor and prototype are rejected`,
          propertyNames: { not: { enum: ['__proto__', 'constructor', 'prototype'] } },
        },
        receivedAt: time,
        sentAt: time,
      },
    },
  },
} as const;
