#!/usr/bin/env node
// The package's command line:
//   carif-oref-widgets import lheo FILE.xml --out DIR
//   carif-oref-widgets import csv stages|evenements FILE.csv --out DIR
//   carif-oref-widgets serve --data DIR [--port N] [--host H]
import { basename } from 'node:path';
import { importInto } from './folder.mjs';
import { readCsv } from './csv.mjs';
import { LheoSyntaxError, readLheo } from './lheo.mjs';
import { startServer } from './serve.mjs';

const USAGE = `carif-oref-widgets — the data side of the Carif-Oref widgets

  carif-oref-widgets import lheo FILE.xml --out DIR
      An LHEO export (2.2 or 2.3) into the formations dataset of the widgets' contract, in DIR:
      formations.json (what serve reads), .ndjson, .csv and .schema.json (for an Opendatasoft
      portal). Several imports into one DIR add up; a record with the same id_action is replaced.

  carif-oref-widgets import csv stages|evenements FILE.csv --out DIR
      A spreadsheet of internships or events (columns named after docs/datasets.md) into DIR,
      with a report of the rows and columns refused and why.

  carif-oref-widgets serve --data DIR [--port 8787] [--host 127.0.0.1]
      The Explore v2.1 API over DIR at /api/explore/v2.1, to preview the data in the widgets:
      <carif-training-search api-base="http://127.0.0.1:8787/api/explore/v2.1">.
      At scale, publish the datasets on an Opendatasoft portal and point data-api-base at it.
`;

function option(args, name, fallback) {
  const i = args.indexOf(`--${name}`);
  if (i < 0) return fallback;
  const v = args[i + 1];
  if (!v || v.startsWith('--')) throw new Usage(`--${name} needs a value`);
  args.splice(i, 2);
  return v;
}

class Usage extends Error {}

const plural = (n, one, many) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
const mb = (bytes) => `${(bytes / 1e6).toFixed(1)} MB`;

async function importLheo(file, out) {
  const started = Date.now();
  let lastShown = 0;
  let counts;
  const result = await importInto(
    out,
    'formations',
    async (add) => {
      counts = await readLheo(file, {
        onRecord: add,
        onProgress: (read, size, c) => {
          if (size > 20e6 && Date.now() - lastShown > 2000) {
            lastShown = Date.now();
            process.stderr.write(`  ${mb(read)} of ${mb(size)} read, ${plural(c.actions, 'action', 'actions')}…\n`);
          }
        },
      });
    },
    { source: basename(file) },
  );
  const seconds = (Date.now() - started) / 1000;
  console.log(`${file}: ${plural(counts.formations, 'formation', 'formations')}, ${plural(counts.actions, 'action', 'actions')} imported into ${out}/formations.* in ${seconds.toFixed(1)} s (LHEO namespace ${counts.namespace}).`);
  console.log(`  ${out} now holds ${plural(result.total, 'action', 'actions')} (${result.added} new, ${result.replaced} replaced, ${result.kept} kept from earlier imports).`);
  if (counts.warning) console.log(`  Note: ${counts.warning}.`);
  if (counts.skipped.length) {
    const reasons = new Map();
    for (const s of counts.skipped) reasons.set(s.reason, [...(reasons.get(s.reason) ?? []), s.id]);
    console.log(`  Skipped: ${plural(counts.skipped.length, 'action', 'actions')} that cannot be read:`);
    for (const [reason, ids] of reasons) console.log(`    ${ids.length} × ${reason}${ids.some(Boolean) ? ` (${ids.filter(Boolean).slice(0, 5).join(', ')}${ids.length > 5 ? '…' : ''})` : ''}`);
  }
}

async function importCsv(dataset, file, out) {
  let report;
  const result = await importInto(
    out,
    dataset,
    async (add) => {
      report = await readCsv(file, dataset, { onRecord: add });
    },
    { source: basename(file) },
  );
  console.log(`${file}: ${plural(report.rows, 'row', 'rows')} imported into ${out}/${dataset}.* (${result.total} in all, ${result.replaced} replaced); columns read: ${report.columns.join(', ')}.`);
  if (report.unknownColumns.length) console.log(`  Columns left out (not in the ${dataset} contract, docs/datasets.md): ${report.unknownColumns.join(', ')}.`);
  if (report.refused.length) {
    console.log(`  Refused: ${plural(report.refused.length, 'row', 'rows')}:`);
    for (const r of report.refused.slice(0, 50)) console.log(`    line ${r.line}: ${r.reasons.join('; ')}`);
    if (report.refused.length > 50) console.log(`    … and ${report.refused.length - 50} more`);
  }
}

async function main(argv) {
  const args = [...argv];
  if (!args.length || args.includes('--help') || args.includes('-h')) {
    console.log(USAGE);
    return 0;
  }
  const command = args.shift();
  if (command === 'import') {
    const out = option(args, 'out');
    if (!out) throw new Usage('import needs --out DIR');
    const kind = args.shift();
    if (kind === 'lheo') {
      const [file] = args;
      if (!file) throw new Usage('import lheo needs FILE.xml');
      await importLheo(file, out);
      return 0;
    }
    if (kind === 'csv') {
      const [dataset, file] = args;
      if (dataset !== 'stages' && dataset !== 'evenements') throw new Usage('import csv needs stages or evenements');
      if (!file) throw new Usage(`import csv ${dataset} needs FILE.csv`);
      await importCsv(dataset, file, out);
      return 0;
    }
    throw new Usage(`import knows lheo and csv, not "${kind ?? ''}"`);
  }
  if (command === 'serve') {
    const data = option(args, 'data');
    if (!data) throw new Usage('serve needs --data DIR');
    const port = Number(option(args, 'port', '8787'));
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Usage('--port must be a number from 0 to 65535');
    const host = option(args, 'host', '127.0.0.1');
    await startServer({ data, port, host });
    return null;
  }
  throw new Usage(`unknown command "${command}"`);
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code !== null) process.exitCode = code;
  },
  (error) => {
    if (error instanceof Usage) console.error(`carif-oref-widgets: ${error.message}\n\n${USAGE}`);
    else if (error instanceof LheoSyntaxError) console.error(`carif-oref-widgets: malformed LHEO file: ${error.message}\n  Nothing was written.`);
    else console.error(`carif-oref-widgets: ${error?.message ?? error}\n  Nothing was written.`);
    process.exitCode = error instanceof Usage ? 2 : 1;
  },
);
