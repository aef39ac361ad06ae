// @ts-check
/**
 * The demo shop's own behaviour: the cart (kept in localStorage; it belongs to the shop, not
 * to Cairn), checkout navigation, the order confirmation and the small forms. Loaded with
 * `defer` on every page; no inline handlers, so the pages work under a strict CSP.
 *
 * Tracking calls go through `window.cairn` (the stub in each page's <head> queues them until
 * cairn.js has loaded). Most clicks need no code at all: cairn.js captures buttons and
 * `data-cairn-cta` elements itself, and `data-cairn-checkout-step` marks the checkout pages.
 */
(function () {
  'use strict';

  const CART_KEY = 'cairn-shop.cart';
  const ORDERS_KEY = 'cairn-shop.orders';
  const CURRENCY = 'EUR';
  const FREE_SHIPPING_FROM = 75;
  const SHIPPING_FEE = 6.9;

  /** @typedef {{ sku: string, name: string, price: number, qty: number }} CartLine */
  /** @typedef {{ id: string, date: number, total: number, items: CartLine[] }} Order */

  /** @param {unknown[]} args */
  function cairn(...args) {
    const fn = /** @type {{ cairn?: (...a: unknown[]) => unknown }} */ (/** @type {unknown} */ (window)).cairn;
    if (typeof fn === 'function') fn(...args);
  }

  /** @template T @param {string} key @param {T} fallback @returns {T} */
  function load(key, fallback) {
    try {
      const raw = localStorage.getItem(key);
      return raw ? JSON.parse(raw) : fallback;
    } catch {
      return fallback; // storage blocked or corrupted: the shop still renders
    }
  }
  /** @param {string} key @param {unknown} value */
  function save(key, value) {
    try {
      localStorage.setItem(key, JSON.stringify(value));
    } catch {
      /* private mode or quota: the cart lives for this page only */
    }
  }

  /** @returns {CartLine[]} */
  const cart = () => load(CART_KEY, /** @type {CartLine[]} */ ([]));
  /** @param {number} n */
  const money = (n) => `€${n.toFixed(2)}`;
  /** @param {CartLine[]} lines */
  function totals(lines) {
    const subtotal = lines.reduce((sum, l) => sum + l.price * l.qty, 0);
    const shipping = subtotal === 0 || subtotal >= FREE_SHIPPING_FROM ? 0 : SHIPPING_FEE;
    return { subtotal, shipping, total: Math.round((subtotal + shipping) * 100) / 100 };
  }

  /** @param {HTMLElement} el */
  function lineFrom(el) {
    return { sku: el.dataset.sku || 'SKU', name: el.dataset.name || 'Item', price: Number(el.dataset.price) || 0, qty: 1 };
  }
  /** @param {CartLine} line */
  function addToCart(line) {
    const lines = cart();
    const existing = lines.find((l) => l.sku === line.sku);
    if (existing) existing.qty += line.qty;
    else lines.push(line);
    save(CART_KEY, lines);
    render();
  }

  /** @param {string} text */
  function toast(text) {
    const el = document.querySelector('[data-toast]');
    if (!el) return;
    el.textContent = text;
    el.classList.add('show');
    setTimeout(() => el.classList.remove('show'), 1800);
  }

  /** @param {string} selector @param {string} text */
  function setText(selector, text) {
    document.querySelectorAll(selector).forEach((el) => (el.textContent = text));
  }

  /** @param {CartLine} l @param {boolean} readonly */
  function cartItem(l, readonly) {
    const row = document.createElement('div');
    row.className = 'cart-item';
    const art = document.createElement('div');
    art.className = 'art';
    const img = document.createElement('img');
    img.src = `/assets/img/${ART[l.sku] || 'summit-28'}.svg`;
    img.alt = '';
    art.append(img);
    const info = document.createElement('div');
    const name = document.createElement('strong');
    name.textContent = l.name;
    const meta = document.createElement('div');
    meta.className = 'muted small';
    meta.textContent = `${l.qty} × ${money(l.price)}`;
    info.append(name, meta);
    if (!readonly) {
      const remove = document.createElement('button');
      remove.type = 'button';
      remove.className = 'btn-link small';
      remove.textContent = 'Remove';
      remove.dataset.removeSku = l.sku;
      info.append(remove);
    }
    const price = document.createElement('span');
    price.className = 'price';
    price.textContent = money(l.price * l.qty);
    row.append(art, info, price);
    return row;
  }
  /** @type {Record<string, string>} */
  const ART = { 'SUM-28': 'summit-28', 'RDG-40': 'ridge-40', 'DAY-18': 'day-18', 'LUM-400': 'lumen-headlamp', 'SCR-01': 'scree-shoe' };

  function render() {
    const lines = cart();
    const t = totals(lines);
    setText('[data-cart-count]', String(lines.reduce((n, l) => n + l.qty, 0)));
    setText('[data-cart-subtotal]', money(t.subtotal));
    setText('[data-cart-shipping]', t.shipping ? money(t.shipping) : 'Free');
    setText('[data-cart-total]', money(t.total));
    document.querySelectorAll('[data-cart-items]').forEach((box) => {
      const readonly = box.hasAttribute('data-readonly');
      box.replaceChildren(...lines.map((l) => cartItem(l, readonly)));
    });
    document.querySelectorAll('[data-summary-items]').forEach((box) => {
      box.replaceChildren(
        ...lines.map((l) => {
          const row = document.createElement('div');
          row.className = 'line small';
          const name = document.createElement('span');
          name.textContent = `${l.qty} × ${l.name}`;
          const price = document.createElement('span');
          price.textContent = money(l.price * l.qty);
          row.append(name, price);
          return row;
        }),
      );
    });
    document.querySelectorAll('[data-cart-empty]').forEach((el) => ((/** @type {HTMLElement} */ (el)).hidden = lines.length > 0));
    document.querySelectorAll('form[data-requires-items] button[type=submit]').forEach((b) => {
      (/** @type {HTMLButtonElement} */ (b)).disabled = lines.length === 0;
    });
  }

  function newOrderId() {
    const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
    const bytes = crypto.getRandomValues(new Uint8Array(6));
    return 'CO-' + Array.from(bytes, (b) => alphabet[b % alphabet.length]).join('');
  }

  function placeOrder() {
    const lines = cart();
    const t = totals(lines);
    /** @type {Order} */
    const order = { id: newOrderId(), date: Date.now(), total: t.total, items: lines };
    save(ORDERS_KEY, [order, ...load(ORDERS_KEY, /** @type {Order[]} */ ([]))].slice(0, 20));
    save(CART_KEY, []);
    const q = new URLSearchParams({ order: order.id, total: t.total.toFixed(2), currency: CURRENCY });
    location.href = `/checkout/thank-you.html?${q}`;
  }

  /** The thank-you page: the order id comes from the query string, so a reload repeats the same call. */
  function confirmOrder() {
    const q = new URLSearchParams(location.search);
    const orderId = q.get('order');
    if (!orderId) return;
    const value = Number(q.get('total')) || 0;
    const currency = q.get('currency') || CURRENCY;
    setText('[data-order-id]', orderId);
    setText('[data-order-total]', money(value));
    const order = load(ORDERS_KEY, /** @type {Order[]} */ ([])).find((o) => o.id === orderId);
    const items = order ? order.items.map((l) => ({ sku: l.sku, name: l.name, price: l.price, quantity: l.qty })) : undefined;
    // purchase() is idempotent per orderId in cairn.js: reloading this page does not count the order twice.
    cairn('purchase', items ? { orderId, value, currency, items } : { orderId, value, currency });
  }

  function renderOrders() {
    const body = document.querySelector('[data-orders]');
    if (!body) return;
    for (const order of load(ORDERS_KEY, /** @type {Order[]} */ ([])).slice().reverse()) {
      const first = order.items[0];
      const tr = document.createElement('tr');
      const cells = [
        order.id,
        new Date(order.date).toLocaleDateString('en-GB', { day: 'numeric', month: 'short' }),
        order.items.map((l) => l.name).join(', ') || '—',
        money(order.total),
      ];
      cells.forEach((text, i) => {
        const td = document.createElement('td');
        td.textContent = text;
        if (i === 3) td.className = 'num';
        tr.append(td);
      });
      const status = document.createElement('td');
      status.innerHTML = '<span class="status transit">On its way</span>';
      const action = document.createElement('td');
      if (first) {
        const btn = document.createElement('button');
        btn.type = 'button';
        btn.className = 'btn btn-outline btn-small';
        btn.textContent = 'Reorder';
        btn.dataset.reorder = '';
        Object.assign(btn.dataset, { sku: first.sku, name: first.name, price: String(first.price) });
        action.append(btn);
      }
      tr.append(status, action);
      body.prepend(tr);
    }
  }

  /** Click handlers, by the data attribute that marks the element. */
  /** @type {[string, (el: HTMLElement) => void][]} */
  const CLICKS = [
    ['[data-add-to-cart]', (el) => {
      addToCart(lineFrom(el));
      if (el.hasAttribute('data-go-to-cart')) location.href = '/cart.html';
      else toast(`${el.dataset.name} added to your cart`);
    }],
    ['[data-reorder]', (el) => {
      addToCart(lineFrom(el));
      location.href = '/cart.html';
    }],
    ['[data-remove-sku]', (el) => {
      save(CART_KEY, cart().filter((l) => l.sku !== el.dataset.removeSku));
      render();
    }],
    ['.swatch', (el) => {
      el.parentElement?.querySelectorAll('.swatch').forEach((s) => s.setAttribute('aria-pressed', String(s === el)));
      setText('[data-colour-name]', el.getAttribute('aria-label') ?? '');
    }],
    ['[data-copy-invite]', () => {
      const input = /** @type {HTMLInputElement | null} */ (document.getElementById('invite-url'));
      const done = () => toast('Invite link copied');
      if (input && navigator.clipboard) navigator.clipboard.writeText(input.value).then(done, done);
      else done();
    }],
    ['[data-score]', (el) => {
      const score = Number(el.dataset.score);
      el.parentElement?.querySelectorAll('[data-score]').forEach((b) => b.setAttribute('aria-pressed', String(b === el)));
      cairn('survey', 'nps', score, { question: 'recommend' });
      show('[data-nps-done]');
    }],
  ];

  /** Form submissions, by the data attribute that marks the form. */
  /** @type {[string, (form: HTMLFormElement) => void][]} */
  const SUBMITS = [
    ['[data-begin-checkout]', (form) => {
      // The cart page is the `cart` step (declared on its <body>); leaving it for the shipping
      // form begins the checkout, recorded right before the browser navigates away.
      const lines = cart();
      cairn('checkout', 'begin', { value: totals(lines).total, currency: CURRENCY, items: lines.length });
      location.href = form.action;
    }],
    ['[data-place-order]', () => placeOrder()],
    ['[data-newsletter]', (form) => {
      form.reset();
      toast('Thanks for signing up!');
    }],
    ['[data-support]', (form) => {
      form.hidden = true;
      show('[data-support-done]');
    }],
    ['[data-review-form]', (form) => {
      const rating = Number(new FormData(form).get('rating')) || 5;
      cairn('track', 'Product Reviewed', { sku: form.dataset.sku || 'SUM-28', rating });
      form.hidden = true;
      show('[data-review-done]');
    }],
    ['[data-invite-form]', (form) => {
      cairn('track', 'share', { method: 'email', content_type: 'referral' });
      form.reset();
      show('[data-invite-done]');
    }],
  ];

  /** @param {string} selector */
  function show(selector) {
    document.querySelectorAll(selector).forEach((el) => ((/** @type {HTMLElement} */ (el)).hidden = false));
  }

  document.addEventListener('click', (e) => {
    const target = e.target instanceof Element ? e.target : null;
    for (const [selector, handle] of CLICKS) {
      const el = target?.closest(selector);
      if (el instanceof HTMLElement) return handle(el);
    }
  });
  document.addEventListener('submit', (e) => {
    const form = e.target;
    if (!(form instanceof HTMLFormElement)) return;
    for (const [selector, handle] of SUBMITS) {
      if (form.matches(selector)) {
        e.preventDefault();
        return handle(form);
      }
    }
  });

  render();
  renderOrders();
  if (location.pathname === '/checkout/thank-you.html') confirmOrder();
})();
