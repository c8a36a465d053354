// A dataset folder: what `import` writes and `serve --data` reads. For each dataset of the
// contract: <id>.json (an array of records: what the embedded API serves), <id>.ndjson (one record
// a line: what later imports merge with), <id>.csv (semicolon-separated, for an Opendatasoft
// portal), <id>.schema.json (the field types), and meta.json (what was imported, when). An import
// writes everything in a temporary folder beside DIR and renames the files in only once all of
// them are written: a failed import leaves DIR exactly as it was.
import { createReadStream, createWriteStream, existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { once } from 'node:events';
import { SCHEMAS } from '../api/schema.mjs';

/** The identifier field of each dataset. */
export const ID_FIELD = { formations: 'id_action', stages: 'id', evenements: 'id', 'lieux-spro': 'id' };

/** Writes lines to a file, waiting when the disk is slower than the producer (bounded memory). */
function lineWriter(path) {
  const out = createWriteStream(path, { encoding: 'utf8' });
  return {
    async write(line) {
      if (!out.write(`${line}\n`)) await once(out, 'drain');
    },
    async close() {
      out.end();
      await once(out, 'finish');
    },
  };
}

async function* lines(path) {
  if (!existsSync(path)) return;
  const rl = createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity });
  for await (const line of rl) if (line.trim()) yield line;
}

/** The identifier of a record line: read from its start (we write it first), else parsed. */
function idOf(line, idField) {
  const m = new RegExp(`^\\{"${idField}":("(?:[^"\\\\]|\\\\.)*"|null)`).exec(line);
  return m ? JSON.parse(m[1]) : JSON.parse(line)[idField];
}

const csvCell = (v) => {
  if (v === null || v === undefined) return '';
  let s;
  if (Array.isArray(v)) s = v.every((x) => typeof x !== 'object') ? v.join(',') : JSON.stringify(v);
  else if (typeof v === 'object') s = 'lat' in v && 'lon' in v ? `${v.lat},${v.lon}` : JSON.stringify(v);
  else s = String(v);
  return /[;"\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/**
 * Imports into `dir`: `produce(add)` calls `add(record)` for each new record (and may throw: then
 * nothing in `dir` changes). Records already in `dir` with the same identifier are replaced; the
 * others stay. Resolves with { added, replaced, total }.
 */
export async function importInto(dir, dataset, produce, { source } = {}) {
  const fields = SCHEMAS[dataset];
  if (!fields) throw new Error(`unknown dataset ${dataset}`);
  const idField = ID_FIELD[dataset];
  const target = resolve(dir);
  await mkdir(dirname(target), { recursive: true });
  const tmp = await mkdtemp(join(dirname(target), '.carif-import-'));
  try {
    const ids = new Set();
    const fresh = lineWriter(join(tmp, 'new.ndjson'));
    let duplicates = 0;
    await produce(async (record) => {
      const id = record[idField];
      if (ids.has(id)) duplicates += 1;
      ids.add(id);
      await fresh.write(JSON.stringify(record));
    });
    await fresh.close();

    // The folder's records that this import does not replace, then the new ones (the last of
    // duplicates in the file wins).
    const merged = lineWriter(join(tmp, `${dataset}.ndjson`));
    let kept = 0;
    let replaced = 0;
    for await (const line of lines(join(target, `${dataset}.ndjson`))) {
      const id = idOf(line, idField);
      if (ids.has(id)) replaced += 1;
      else {
        kept += 1;
        await merged.write(line);
      }
    }
    const last = new Map();
    let order = 0;
    for await (const line of lines(join(tmp, 'new.ndjson'))) last.set(idOf(line, idField), order++);
    order = 0;
    for await (const line of lines(join(tmp, 'new.ndjson'))) {
      if (last.get(idOf(line, idField)) === order++) await merged.write(line);
    }
    await merged.close();

    // The JSON array and the CSV, from the merged lines.
    const json = createWriteStream(join(tmp, `${dataset}.json`), { encoding: 'utf8' });
    const csv = createWriteStream(join(tmp, `${dataset}.csv`), { encoding: 'utf8' });
    const names = Object.keys(fields);
    csv.write(`${names.join(';')}\n`);
    json.write('[');
    let total = 0;
    for await (const line of lines(join(tmp, `${dataset}.ndjson`))) {
      const rec = JSON.parse(line);
      if (!json.write(`${total ? ',\n' : '\n'}${line}`)) await once(json, 'drain');
      if (!csv.write(`${names.map((n) => csvCell(rec[n])).join(';')}\n`)) await once(csv, 'drain');
      total += 1;
    }
    json.end('\n]\n');
    csv.end();
    await Promise.all([once(json, 'finish'), once(csv, 'finish')]);
    await writeFile(
      join(tmp, `${dataset}.schema.json`),
      `${JSON.stringify({ dataset, identifier: idField, csv: { delimiter: ';', multivalued_separator: ',', geo_point_2d: 'lat,lon', json: 'JSON text' }, fields: names.map((name) => ({ name, type: fields[name] })) }, null, 2)}\n`,
    );
    const metaPath = join(target, 'meta.json');
    const meta = existsSync(metaPath) ? JSON.parse(await readFile(metaPath, 'utf8')) : {};
    const imports = [...(meta.imports ?? []), { dataset, source: source ?? null, at: new Date().toISOString(), records: ids.size, replaced, duplicates }];
    await writeFile(join(tmp, 'meta.json'), `${JSON.stringify({ ...meta, sample: false, counts: { ...meta.counts, [dataset]: total }, imports }, null, 2)}\n`);

    // Everything is written: now the folder changes, one rename per file.
    await mkdir(target, { recursive: true });
    for (const name of [`${dataset}.ndjson`, `${dataset}.json`, `${dataset}.csv`, `${dataset}.schema.json`, 'meta.json']) await rename(join(tmp, name), join(target, name));
    return { added: ids.size - replaced, replaced, kept, total, duplicates };
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}
