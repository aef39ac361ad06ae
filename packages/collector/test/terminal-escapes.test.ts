import { analyze, type Report } from '@cairn/core';
import { describe, expect, it } from 'vitest';
import { formatTextReport } from '../src/index.js';
import { shopJourneys } from './support/journey.js';

// An event's text reached the terminal raw: a path "\x1b]0;owned\x07" set the terminal's title,
// "\r" moved the cursor back over a line, a currency with "\x1b[8m" hid everything after it.

/** Control characters a terminal acts on: C0 but newline, DEL, C1, and the bidi overrides and isolates. */
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

describe('cairn report (table) escapes control characters', () => {
  it('in paths, attribution keys, channels and currencies', async () => {
    const clean = await analyze(shopJourneys('esc'));
    const hostile: Report = structuredClone(clean);
    hostile.topPaths.rows[0]!.path = ['/\u001b]0;owned\u0007', '\rhidden\u202e', '/new\nline\u009b2J'];
    hostile.totals.currencies = ['EUR\u001b[8m'];
    hostile.attribution[0]!.rows[0]!.key = 'camp\u0008aign';
    (hostile.channels[0] as { channel: string }).channel = 'Ch\u2066annel'; // a custom channel table's name
    const text = formatTextReport(hostile);
    expect(text).not.toMatch(CONTROL);
    expect(text).toContain('/\\u001b]0;owned\\u0007 → \\rhidden\\u202e → /new\\nline\\u009b2J');
    expect(text).toContain('EUR\\u001b[8m');
    expect(text).toContain('camp\\u0008aign');
    expect(text).toContain('Ch\\u2066annel');
    // The layout is intact: a newline inside a value does not add a line.
    expect(text.split('\n').length).toBe(formatTextReport(clean).split('\n').length);
  });
});
