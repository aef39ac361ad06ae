import { parseArgs } from 'node:util';
import { processIo, type CliIo } from './cli-io.js';
import { reportCommand } from './report-command.js';
import { serveCommand } from './serve-command.js';

const HELP = `cairn: Cairn's collector and reports

Usage:
  cairn serve  [--port 8787] [--host 127.0.0.1] [--db ./cairn.duckdb] [--cors origin,origin|*] [--host-allow name,name|*]
               [--api] [--trust-proxy]
  cairn report [--db ./cairn.duckdb] [--from DATE] [--to DATE] [--format table|json|html] [--out FILE]
  cairn --help

Commands:
  serve    Run the endpoint: POST /collect stores v1 batches in the store, GET /health answers 200.
           --port         TCP port (default 8787; 0 picks a free one)
           --host         interface to listen on (default 127.0.0.1; 0.0.0.0 for every interface)
           --db           DuckDB file, an .ndjson file (one JSON event per line), or a ClickHouse server:
                          clickhouse://[user:password@]host:8123/database (clickhouses:// for HTTPS)
                          (default ./cairn.duckdb; file, database and table created when missing)
           --cors         origins allowed to post from browsers, comma-separated, or * for any
                          (default: same-origin pages only)
           --host-allow   names clients reach it by (Host), comma-separated, e.g. collector.example;
                          localhost, 127.0.0.1, [::1] and the cors origins' hosts are always allowed;
                          other names get 421 (DNS rebinding). * allows any (a proxy checks Host)
           --api          also serve GET /api/report?from&to and GET /api/events?limit=50
           --trust-proxy  read the client address (the entry your proxy appended) from X-Forwarded-For
                          and the scheme from X-Forwarded-Proto (behind your own proxy only)

  report   Analyse the stored events (stage and checkout funnels, channels and attribution,
           NPS/CSAT/CES per stage, stage transitions, top paths, lifecycle, retention).
           --db           DuckDB file, an .ndjson file written by NdjsonSink, or clickhouse://host:8123/database
                          (default ./cairn.duckdb)
           --from, --to   time window: epoch ms, ISO date-time, or a date (UTC); --to is exclusive,
                          except that a date counts whole (--to 2026-11-30 includes that day)
           --format       table (default, for the terminal), json, or html (one self-contained file)
           --out          write to this file instead of stdout
           Progress goes to stderr when reading takes more than a second.

Docs: docs/collector.md
`;

type Values = Record<string, string | boolean | undefined>;
interface Command {
  options: Record<string, { type: 'string' | 'boolean' }>;
  run: (values: Values, io: CliIo) => Promise<number>;
}

/** Every subcommand, its flags and what runs it. */
const COMMANDS: Record<string, Command> = {
  serve: {
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      db: { type: 'string' },
      cors: { type: 'string' },
      'host-allow': { type: 'string' },
      api: { type: 'boolean' },
      'trust-proxy': { type: 'boolean' },
    },
    run: serveCommand,
  },
  report: {
    options: {
      db: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      format: { type: 'string' },
      out: { type: 'string' },
    },
    run: reportCommand,
  },
};

/** Runs the CLI with `argv` (without `node` and the script); resolves to the exit code. */
export async function main(argv: string[], io: CliIo = processIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.out(HELP);
    return name === undefined ? 2 : 0;
  }
  const command = Object.prototype.hasOwnProperty.call(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command) {
    io.error(`unknown command "${name}"\n\n${HELP}`);
    return 2;
  }
  let values: Values;
  try {
    const parsed = parseArgs({ args: rest, options: { ...command.options, help: { type: 'boolean', short: 'h' } }, strict: true });
    values = parsed.values as Values;
  } catch (error) {
    io.error(`${error instanceof Error ? error.message : String(error)}\n\n${HELP}`);
    return 2;
  }
  if (values.help === true) {
    io.out(HELP);
    return 0;
  }
  try {
    return await command.run(values, io);
  } catch (error) {
    io.error(`cairn ${name}: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    processIo.error(String(error));
    process.exitCode = 1;
  },
);
