import { afterNavigation } from '../capture/pageviews.js';
import { feature } from './feature.js';

/** The hash when it is a route (`#/cart`, `#!/cart`) rather than an anchor (`#reviews`); '' otherwise. */
export const hashRoute = (): string => (/^#[/!]/.test(location.hash) ? location.hash : '');

/** Hash-based routing: the route is part of page names, and `hashchange` records a page view. */
export const hashRoutes = /* @__PURE__ */ feature((t, on) => {
  t._route = hashRoute;
  if (t._autoPageviews) on(window, 'hashchange', afterNavigation(() => t._api.page!()));
});
