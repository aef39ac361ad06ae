// @ts-check
/**
 * The live dashboard: polls the collector's `/api/report` (a `@cairn/core` Report) and
 * `/api/events` every 2 seconds and redraws. Plain DOM, no framework, no innerHTML for data
 * (event names come from visitors' browsers).
 */
(function () {
  'use strict';

  const POLL_MS = 2000;
  const STAGES = /** @type {const} */ (['awareness', 'consideration', 'conversion', 'retention', 'advocacy']);
  /** @type {Record<string, number>} */
  let lastStageCounts = {};
  /** @type {Set<string>} */
  let seenEvents = new Set();
  let firstRender = true;

  /**
   * @param {string} tag
   * @param {Record<string, string> | null} [attrs]
   * @param {(Node | string | number | null | undefined)[]} children
   */
  function h(tag, attrs, ...children) {
    const el = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs ?? {})) {
      if (k === 'style') el.setAttribute('style', v);
      else if (k === 'class') el.className = v;
      else el.setAttribute(k, v);
    }
    for (const c of children) if (c !== null && c !== undefined) el.append(c instanceof Node ? c : String(c));
    return el;
  }
  /** @param {string} selector */
  const $ = (selector) => /** @type {HTMLElement} */ (document.querySelector(selector));
  /** @param {number | null | undefined} n @param {number} [digits] */
  const num = (n, digits = 0) =>
    n === null || n === undefined || Number.isNaN(n) ? '—' : n.toLocaleString('en-GB', { maximumFractionDigits: digits, minimumFractionDigits: digits });
  /** @param {number} rate */
  const pct = (rate) => `${num(rate * 100, rate > 0 && rate < 0.1 ? 1 : 0)}%`;
  /** @param {string | null | undefined} stage */
  const stageColor = (stage) => (stage && STAGES.includes(/** @type {never} */ (stage)) ? `var(--${stage})` : 'var(--none)');
  /** @param {string | null | undefined} stage */
  const chip = (stage) =>
    stage ? h('span', { class: 'chip', style: `background:${stageColor(stage)}` }, stage) : h('span', { class: 'chip none' }, 'unclassified');

  /** @param {number | null | undefined} ms */
  function duration(ms) {
    if (ms === null || ms === undefined) return '—';
    if (ms < 60_000) return `${num(ms / 1000)} s`;
    if (ms < 3_600_000) return `${num(ms / 60_000, 1)} min`;
    if (ms < 86_400_000) return `${num(ms / 3_600_000, 1)} h`;
    return `${num(ms / 86_400_000, 1)} d`;
  }

  /** @param {number} ms */
  function ago(ms) {
    const s = Math.max(0, Math.round((Date.now() - ms) / 1000));
    if (s < 60) return `${s}s ago`;
    if (s < 3600) return `${Math.floor(s / 60)}m ago`;
    return new Date(ms).toLocaleTimeString('en-GB');
  }

  /** @param {any} report */
  function renderTiles(report) {
    const t = report.totals ?? {};
    const k = report.kpis ?? {};
    const currency = (t.currencies ?? [])[0] === 'EUR' ? '€' : '';
    const tiles = [
      ['Visitors', num(t.visitors)],
      ['Events', num(t.events)],
      ['Orders', num(t.conversions)],
      ['Revenue', `${currency}${num(t.revenue, 2)}`],
      ['Conversion', pct(k.conversionRate ?? 0)],
      ['NPS', num(k.nps?.overall?.score)],
    ];
    $('[data-tiles]').replaceChildren(...tiles.map(([label, value]) => h('div', { class: 'tile' }, h('div', { class: 'label' }, label), h('div', { class: 'value' }, value))));
  }

  /** @param {any} report */
  function renderStages(report) {
    const by = report.visitorsByStage ?? {};
    const total = Object.values(by).reduce((a, b) => a + Number(b || 0), 0) || 1;
    const cells = STAGES.map((stage) => {
      const count = Number(by[stage] ?? 0);
      const grew = !firstRender && count > (lastStageCounts[stage] ?? 0);
      const cell = h(
        'div',
        { class: `stage${count === 0 ? ' zero' : ''}${grew ? ' bump' : ''}`, style: `background:var(--${stage})`, 'data-stage': stage },
        h('div', { class: 'name' }, stage),
        h('div', { class: 'count' }, count),
        h('div', { class: 'share' }, `${pct(count / total)} of visitors`),
      );
      if (grew) setTimeout(() => cell.classList.remove('bump'), 600);
      return cell;
    });
    const none = Number(by.unclassified ?? 0);
    cells.push(h('div', { class: 'stage none' }, h('div', { class: 'name' }, 'not yet'), h('div', { class: 'count' }, none), h('div', { class: 'share' }, 'unclassified')));
    $('[data-stages]').replaceChildren(...cells);
    lastStageCounts = Object.fromEntries(STAGES.map((s) => [s, Number(by[s] ?? 0)]));
  }

  /**
   * @param {string} selector
   * @param {any} funnel a FunnelResult
   * @param {(label: string, i: number) => string} color
   */
  function renderFunnel(selector, funnel, color) {
    const steps = funnel?.steps ?? [];
    const top = Math.max(1, ...steps.map((/** @type {any} */ s) => s.entered));
    const rows = steps.map((/** @type {any} */ s, /** @type {number} */ i) =>
      h(
        'div',
        { class: 'bar-row' },
        h('span', null, s.label),
        h('div', { class: 'bar-track' }, h('div', { class: 'bar-fill', style: `width:${(100 * s.entered) / top}%;background:${color(s.label, i)}` })),
        h(
          'span',
          { class: 'bar-meta' },
          h('strong', null, num(s.entered)),
          ' ',
          i === 0 ? '' : pct(s.conversionFromStart),
          s.dropOff > 0 && i < steps.length - 1 ? h('span', { class: 'drop' }, ` −${num(s.dropOff)}`) : null,
        ),
      ),
    );
    $(selector).replaceChildren(...(rows.length ? rows : [h('p', { class: 'hint' }, 'No data yet.')]));
  }

  /** @param {any} report */
  function renderTransitions(report) {
    const list = (report.transitions ?? []).filter((/** @type {any} */ t) => t.count > 0);
    $('[data-transitions]').replaceChildren(
      ...(list.length
        ? list.map((/** @type {any} */ t) =>
            h('li', null, t.from === 'start' ? h('span', { class: 'chip none' }, 'first visit') : chip(t.from), '→', chip(t.to), h('span', { class: 'n' }, `× ${num(t.count)}`)),
          )
        : [h('li', { class: 'hint' }, 'No stage moves yet.')]),
    );
  }

  /** @param {any} report */
  function renderKpis(report) {
    const k = report.kpis ?? {};
    const t = report.totals ?? {};
    const items = [
      ['NPS', num(k.nps?.overall?.score), `${num(k.nps?.overall?.responses)} answers`],
      ['CSAT', k.csat?.overall?.score == null ? '—' : `${num(k.csat.overall.score)}%`, `${num(k.csat?.overall?.responses)} answers`],
      ['CES', num(k.ces?.overall?.mean, 1), `${num(k.ces?.overall?.responses)} answers`],
      ['Avg order', k.averageOrderValue == null ? '—' : `€${num(k.averageOrderValue, 2)}`, `${num(t.conversions)} orders`],
      ['Repeat buyers', pct(report.repeatPurchaseRate?.rate ?? 0), `${num(report.repeatPurchaseRate?.repeatCustomers)} of ${num(report.repeatPurchaseRate?.customers)}`],
      ['Time to convert', duration(k.timeToConvert?.medianMs), 'median, first visit → order'],
    ];
    $('[data-kpis]').replaceChildren(...items.map(([dt, dd, sub]) => h('div', null, h('dt', null, dt), h('dd', null, dd, ' ', h('small', null, sub)))));
  }

  /** @param {any} e */
  const eventTime = (e) => Number(e.correctedTs ?? e.ts ?? e.receivedAt ?? 0);

  /** @param {any[]} latest newest received first; within one batch, in no particular order */
  function renderEvents(latest) {
    const body = $('[data-events]');
    if (!latest.length) return;
    // Newest first by corrected time, then by the tab's sequence number for events of one instant.
    const events = [...latest].sort((a, b) => eventTime(b) - eventTime(a) || Number(b.seq ?? 0) - Number(a.seq ?? 0));
    const rows = events.map((e) => {
      const id = String(e.id ?? '');
      const fresh = !firstRender && !seenEvents.has(id);
      const when = eventTime(e);
      return h(
        'tr',
        fresh ? { class: 'fresh' } : null,
        h('td', { title: new Date(when).toISOString() }, ago(when)),
        h('td', null, h('code', null, String(e.anonymousId ?? e.anonymous_id ?? '').slice(0, 8))),
        h('td', null, String(e.type ?? '')),
        h('td', { title: String(e.name ?? '') }, String(e.name ?? '')),
        h('td', null, chip(e.stage ?? null)),
        h('td', null, h('code', null, String(e.ruleId ?? e.rule_id ?? '—'))),
        h('td', null, String(e.channel ?? '—')),
      );
    });
    body.replaceChildren(...rows);
    seenEvents = new Set(events.map((e) => String(e.id ?? '')));
  }

  /** @param {boolean} ok @param {string} text */
  function status(ok, text) {
    $('[data-status-dot]').className = `dot ${ok ? 'live' : 'down'}`;
    $('[data-status]').textContent = text;
  }

  /** @param {string} url */
  async function getJson(url) {
    const res = await fetch(url, { cache: 'no-store' });
    if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
    return res.json();
  }

  async function poll() {
    // The two endpoints are drawn independently: the events table keeps updating even while a
    // report is being computed or fails.
    const [report, events] = await Promise.allSettled([getJson('/api/report'), getJson('/api/events?limit=50')]);
    try {
      if (report.status === 'fulfilled') {
        renderTiles(report.value);
        renderStages(report.value);
        renderFunnel('[data-stage-funnel]', report.value.stageFunnel, (label) => stageColor(label));
        renderFunnel('[data-checkout-funnel]', report.value.checkoutFunnel, (_l, i) => `hsl(${28 + i * 6} 80% ${56 - i * 5}%)`);
        renderTransitions(report.value);
        renderKpis(report.value);
      }
      if (events.status === 'fulfilled') {
        const json = events.value;
        renderEvents(Array.isArray(json) ? json : json.events ?? []);
      }
      const failed = [report, events].find((r) => r.status === 'rejected');
      if (failed && failed.status === 'rejected') throw failed.reason;
      firstRender = false;
      status(true, `live · updated ${new Date().toLocaleTimeString('en-GB')}`);
    } catch (err) {
      status(false, `collector: ${err instanceof Error ? err.message : String(err)}; retrying`);
    } finally {
      setTimeout(poll, POLL_MS);
    }
  }

  void poll();
})();
