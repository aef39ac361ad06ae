/** The app's views: plain functions returning HTML for static, trusted content. */
import { tracker } from './tracker.js';

export interface View {
  title: string;
  render(root: HTMLElement): void;
}

const html = (root: HTMLElement, markup: string) => {
  root.innerHTML = markup;
};

export const home: View = {
  title: 'Plan your hut-to-hut trip',
  render: (root) =>
    html(
      root,
      `<section class="hero"><h1>Plan your hut-to-hut trip</h1>
       <p>Stages, huts and the gear list for twelve classic Alpine routes, offline on your phone.</p>
       <p class="actions"><a class="btn primary" href="/guides/haute-route" data-link>Read the Haute Route guide</a>
       <a class="btn" href="/plans" data-link>See plans</a></p></section>`,
    ),
};

export const guide: View = {
  title: 'The Haute Route in 12 days',
  render: (root) =>
    html(
      root,
      `<article><p class="eyebrow">Guide</p><h1>The Haute Route in 12 days</h1>
       <p>From Chamonix to Zermatt: 180 km, 12,000 m of ascent, eleven huts. Here is how we split it.</p>
       <ol><li>Chamonix → Trient</li><li>Trient → Champex</li><li>Champex → Cabane du Mont Fort</li></ol>
       <p><a class="btn primary" href="/plans" data-link data-cairn-cta="guide-to-plans" data-cairn-route="haute-route">Get the offline map</a></p></article>`,
    ),
};

export const plans: View = {
  title: 'Plans',
  render: (root) =>
    html(
      root,
      `<h1>Plans</h1><div class="plans">
       <section class="card"><h2>Free</h2><p>3 routes, online only.</p><button class="btn" type="button" data-plan="free">Start for free</button></section>
       <section class="card featured"><h2>Explorer · €29/year</h2><p>Every route, offline maps, hut booking.</p>
       <button class="btn primary" type="button" data-plan="explorer">Subscribe now</button></section></div>`,
    ),
};

export const checkout: View = {
  title: 'Checkout',
  render: (root) => {
    html(
      root,
      `<h1>Subscribe to Explorer</h1><form class="card" data-subscribe><p>€29.00 per year, cancel any time.</p>
       <button class="btn primary" type="submit">Pay €29</button></form><p class="done" hidden>Welcome aboard! Your order is confirmed.</p>`,
    );
    tracker.checkout('begin', { plan: 'explorer' });
  },
};

export const account: View = {
  title: 'Your account',
  render: (root) =>
    html(
      root,
      `<h1>Your trips</h1><ul class="card"><li>Haute Route · September · 12 stages</li><li>Tour du Mont Blanc · July · 11 stages</li></ul>
       <p><a class="btn" href="/help#/contact" data-link>Contact support</a></p>`,
    ),
};

/** `/help` has two tabs routed by the hash: `#/faq` and `#/contact`. */
export const help: View = {
  title: 'Help',
  render: (root) => {
    const tab = location.hash === '#/contact' ? 'contact' : 'faq';
    html(
      root,
      `<h1>Help</h1><p class="tabs"><a href="#/faq" ${tab === 'faq' ? 'aria-current="page"' : ''}>FAQ</a>
       <a href="#/contact" ${tab === 'contact' ? 'aria-current="page"' : ''}>Contact</a></p>
       ${tab === 'faq' ? '<div class="card"><h2>Do maps work offline?</h2><p>Yes, once a route is saved.</p></div>' : '<div class="card"><h2>Write to us</h2><p>support@basecamp.example answers within a day.</p></div>'}`,
    );
  },
};

export const notFound: View = {
  title: 'Not found',
  render: (root) => html(root, `<h1>Nothing here</h1><p><a href="/" data-link>Back home</a></p>`),
};
