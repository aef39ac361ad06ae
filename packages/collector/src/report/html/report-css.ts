/** The HTML report's stylesheet: system fonts only (nothing to download), light, print-friendly. */
export const REPORT_CSS = `
:root { --bg: #f4f6fa; --card: #fff; --ink: #1d2433; --muted: #6b7487; --line: #e5e8ef; --track: #eef1f6; --accent: #5b8ff9; }
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--ink); font: 14px/1.45 -apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; -webkit-font-smoothing: antialiased; }
main { max-width: 1180px; margin: 0 auto; padding: 32px 24px 48px; }
header h1 { margin: 0; font-size: 26px; letter-spacing: -0.01em; }
header p { margin: 4px 0 24px; color: var(--muted); }
.tiles { display: grid; grid-template-columns: repeat(8, 1fr); gap: 12px; margin-bottom: 16px; }
.tile { background: var(--card); border-radius: 12px; padding: 14px 14px 12px; box-shadow: 0 1px 2px rgba(16,24,40,.06), 0 1px 3px rgba(16,24,40,.04); display: flex; flex-direction: column; min-width: 0; }
.tile-label { color: var(--muted); font-size: 12px; text-transform: uppercase; letter-spacing: .04em; }
.tile-value { font-size: 24px; font-weight: 650; margin: 2px 0; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.tile-sub { color: var(--muted); font-size: 12px; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.grid.two { display: grid; grid-template-columns: 1fr 1fr; gap: 16px; }
.card { background: var(--card); border-radius: 14px; padding: 20px 22px 22px; margin-bottom: 16px; box-shadow: 0 1px 2px rgba(16,24,40,.06), 0 1px 3px rgba(16,24,40,.04); min-width: 0; }
.card h2 { margin: 0; font-size: 16px; }
.card .note { margin: 2px 0 16px; color: var(--muted); font-size: 13px; }
svg.chart { display: block; height: auto; overflow: visible; }
svg .label { font-size: 15px; fill: var(--ink); }
svg .value { font-size: 15px; fill: var(--ink); }
svg .strong { font-weight: 600; }
svg .muted { fill: var(--muted); font-size: 13px; }
svg .small { font-size: 12px; }
svg .track { fill: var(--track); }
svg .axis { stroke: #c9ced8; stroke-width: 1; }
svg .drop { fill: #fdecea; stroke: #f5c2bd; }
svg .drop-text { fill: #c0392b; font-size: 14px; }
svg .band:hover { fill-opacity: .6; }
table { width: 100%; border-collapse: collapse; font-size: 13px; }
table.spaced { margin-top: 18px; }
th, td { text-align: left; padding: 7px 8px; border-bottom: 1px solid var(--line); font-weight: normal; }
thead th { color: var(--muted); font-size: 12px; text-transform: uppercase; letter-spacing: .04em; }
tbody th { font-weight: 550; white-space: nowrap; }
tr.total th, tr.total td { border-top: 2px solid var(--line); font-weight: 600; }
.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.muted { color: var(--muted); }
.dot { display: inline-block; width: 9px; height: 9px; border-radius: 50%; margin-right: 8px; vertical-align: 1px; }
.chip { display: inline-block; min-width: 38px; text-align: center; padding: 1px 7px; border-radius: 999px; font-weight: 600; background: var(--track); }
.chip.good { background: #dff5ea; color: #1e7a4d; }
.chip.fair { background: #fff3d6; color: #8a5a00; }
.chip.poor { background: #fde4e1; color: #b3261e; }
.paths { list-style: none; margin: 0; padding: 0; }
.paths li { position: relative; display: flex; justify-content: space-between; gap: 12px; padding: 8px 2px 11px; border-bottom: 1px solid var(--line); }
.paths .share { position: absolute; left: 0; bottom: 3px; height: 4px; background: var(--accent); opacity: .75; border-radius: 2px; }
.paths .path, .paths .num { position: relative; z-index: 1; }
.paths .path { min-width: 0; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.paths code { font: 12px/1.4 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; background: #f4f6fa; border: 1px solid var(--line); padding: 1px 6px; border-radius: 6px; }
.paths .arrow { color: var(--muted); margin: 0 5px; }
.paths li.other { border-bottom: none; }
.legend { display: flex; gap: 16px; margin-top: 10px; color: var(--muted); font-size: 12px; }
.legend .key i { display: inline-block; width: 10px; height: 10px; border-radius: 2px; margin-right: 6px; vertical-align: -1px; }
.scroll { overflow-x: auto; }
table.retention td.heat { border-bottom: 2px solid #fff; border-right: 2px solid #fff; border-radius: 4px; }
footer { color: var(--muted); font-size: 12px; text-align: center; margin-top: 24px; }
@media (max-width: 900px) { .tiles { grid-template-columns: repeat(4, 1fr); } .grid.two { grid-template-columns: 1fr; } }
@media print { body { background: #fff; } .card, .tile { box-shadow: none; border: 1px solid var(--line); break-inside: avoid; } }
`;
