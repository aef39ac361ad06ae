/**
 * A minimal client-side router: `history.pushState` for links marked `data-link`, `popstate`
 * for back/forward, and `hashchange` for the help tabs. Cairn needs no call from here: it
 * records a page view on each URL change by itself.
 */
import { account, checkout, guide, help, home, notFound, plans, type View } from './views.js';

const ROUTES: Record<string, View> = {
  '/': home,
  '/guides/haute-route': guide,
  '/plans': plans,
  '/checkout': checkout,
  '/account': account,
  '/help': help,
};

export function render(root: HTMLElement): void {
  const view = ROUTES[location.pathname] ?? notFound;
  document.title = `${view.title} · Basecamp`;
  view.render(root);
  document.querySelectorAll('nav a').forEach((a) => {
    const href = (a as HTMLAnchorElement).pathname;
    if (href === location.pathname) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  });
}

export function navigate(root: HTMLElement, url: string): void {
  if (url === location.pathname + location.search + location.hash) return;
  history.pushState(null, '', url);
  render(root);
  root.focus();
}

export function startRouter(root: HTMLElement): void {
  document.addEventListener('click', (e) => {
    const link = e.target instanceof Element ? e.target.closest<HTMLAnchorElement>('a[data-link]') : null;
    if (!link || e.metaKey || e.ctrlKey || e.shiftKey || link.origin !== location.origin) return;
    e.preventDefault();
    navigate(root, link.pathname + link.search + link.hash);
  });
  window.addEventListener('popstate', () => render(root));
  window.addEventListener('hashchange', () => render(root));
  render(root);
}
