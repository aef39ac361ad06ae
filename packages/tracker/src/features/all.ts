import { autoCta } from './auto-cta.js';
import { consent } from './consent.js';
import { ctaContext } from './cta-context.js';
import { hashRoutes } from './hash-routes.js';
import { links } from './links.js';
import { vitalsHook } from './vitals-hook.js';

/** Every optional feature: what `createTracker` (and `cairn.full.js`) has. */
export const allFeatures = [autoCta, links, ctaContext, hashRoutes, consent, vitalsHook];
