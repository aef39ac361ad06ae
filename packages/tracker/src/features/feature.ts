import type { Listen } from '../listen.js';
import type { State } from '../state.js';
import type { Feature } from '../types.js';

/**
 * What a feature does when the tracker starts: adds methods to `t._api`, rules, listeners. Features are
 * functions a bundler drops when no code passes them to `createTrackerWith` (src/index.ts); the
 * script-tag variants pass those their COMPILE_* flags name (src/script.ts).
 */
export type Install = (t: State, on: Listen) => void;

/** An installer as the public, opaque `Feature` type: its parameters are the tracker's internals. */
export const feature = (install: Install): Feature => install as unknown as Feature;
