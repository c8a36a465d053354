// A partner's spreadsheet (CSV) of internships or events into the `stages` or `evenements`
// dataset of our contract. Columns are named after the contract's fields (docs/datasets.md);
// case, accents, spaces and dashes do not matter, and `latitude` + `longitude` make `geo`.
// Rows that cannot be read are refused with the reason; unknown columns are reported and left out.
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { parse } from 'csv-parse';
import { SCHEMAS } from '../api/schema.mjs';

const fold = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().trim().replace(/[\s-]+/g, '_');
const REQUIRED = { stages: ['id', 'titre', 'type'], evenements: ['id', 'titre', 'type', 'debut'] };

/** The delimiter of a CSV file, from its first line: `;` (French spreadsheets), `,` or a tab. */
async function sniff(file) {
  const fh = await open(file);
  try {
    const { buffer, bytesRead } = await fh.read(Buffer.alloc(8192), 0, 8192, 0);
    const first = buffer.subarray(0, bytesRead).toString('utf8').split(/\r?\n/)[0] ?? '';
    const counts = [';', ',', '\t'].map((d) => [d, first.split(d).length]);
    return counts.sort((a, b) => b[1] - a[1])[0][0];
  } finally {
    await fh.close();
  }
}

/** A cell read as the field's type; throws a plain reason when it cannot be. */
function convert(type, raw) {
  const v = raw.trim();
  if (v === '') return type.endsWith('[]') ? [] : null;
  switch (type) {
    case 'int': {
      const b = { oui: 1, yes: 1, vrai: 1, true: 1, non: 0, no: 0, faux: 0, false: 0 }[v.toLowerCase()];
      if (b !== undefined) return b;
      if (!/^-?\d+$/.test(v)) throw new Error(`"${v}" is not a whole number`);
      return Number(v);
    }
    case 'double': {
      const n = Number(v.replace(',', '.'));
      if (!Number.isFinite(n)) throw new Error(`"${v}" is not a number`);
      return n;
    }
    case 'date': {
      const fr = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(v);
      const iso = fr ? `${fr[3]}-${fr[2].padStart(2, '0')}-${fr[1].padStart(2, '0')}` : v;
      const real = /^\d{4}-\d{2}-\d{2}$/.test(iso) && !Number.isNaN(Date.parse(iso)) && new Date(`${iso}T12:00:00Z`).toISOString().slice(0, 10) === iso;
      if (!real) throw new Error(`"${v}" is not a date (AAAA-MM-JJ or JJ/MM/AAAA)`);
      return iso;
    }
    case 'datetime': {
      const fr = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+(\d{1,2})[:h](\d{2}))?$/.exec(v);
      if (fr) {
        // A wall time in Paris: the offset of that day (+01:00 in winter, +02:00 in summer).
        const day = `${fr[3]}-${fr[2].padStart(2, '0')}-${fr[1].padStart(2, '0')}`;
        const time = `${(fr[4] ?? '0').padStart(2, '0')}:${fr[5] ?? '00'}`;
        return parisInstant(day, time);
      }
      if (Number.isNaN(Date.parse(v))) throw new Error(`"${v}" is not a date and time`);
      return new Date(v).toISOString();
    }
    case 'text[]':
      return v.split(/\s*[,|]\s*/).filter(Boolean);
    case 'geo_point_2d': {
      const m = /^(-?\d+(?:[.,]\d+)?)\s*[,;]\s*(-?\d+(?:[.,]\d+)?)$/.exec(v);
      if (!m) throw new Error(`"${v}" is not "latitude,longitude"`);
      return point(m[1], m[2]);
    }
    default:
      return v;
  }
}

function point(latRaw, lonRaw) {
  const lat = Number(String(latRaw).replace(',', '.'));
  const lon = Number(String(lonRaw).replace(',', '.'));
  if (!Number.isFinite(lat) || !Number.isFinite(lon) || Math.abs(lat) > 90 || Math.abs(lon) > 180) throw new Error(`"${latRaw}, ${lonRaw}" is not a point`);
  return { lat, lon };
}

function parisInstant(day, time) {
  for (const offset of ['+01:00', '+02:00']) {
    const d = new Date(`${day}T${time}:00${offset}`);
    const back = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Paris', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(d);
    if (back === time) return d.toISOString();
  }
  return new Date(`${day}T${time}:00+01:00`).toISOString();
}

/**
 * Reads a CSV file of `dataset` rows; calls `onRecord` for each row it can read. Resolves with the
 * report: rows read, rows refused (line and reason), columns used and columns left out.
 */
export async function readCsv(file, dataset, { onRecord } = {}) {
  const fields = SCHEMAS[dataset];
  if (!fields || !REQUIRED[dataset]) throw new Error(`csv import knows stages and evenements, not "${dataset}"`);
  const byFold = new Map(Object.keys(fields).map((f) => [fold(f), f]));
  const delimiter = await sniff(file);
  const parser = createReadStream(file).pipe(parse({ delimiter, bom: true, relax_column_count: true, skip_empty_lines: true, info: true }));
  const report = { rows: 0, refused: [], columns: [], unknownColumns: [], delimiter };
  let header = null;
  for await (const { record, info } of parser) {
    if (!header) {
      header = record.map((h) => {
        const f = fold(h);
        if (f === 'latitude' || f === 'lat') return '@lat';
        if (f === 'longitude' || f === 'lon' || f === 'lng') return '@lon';
        return byFold.get(f) ?? null;
      });
      report.columns = header.filter(Boolean).map((h) => (h.startsWith('@') ? h.slice(1) : h));
      report.unknownColumns = record.filter((_, i) => !header[i]);
      const missing = REQUIRED[dataset].filter((f) => !header.includes(f));
      if (missing.length) throw new Error(`${file}: the columns ${missing.join(', ')} are required (found: ${record.join(', ')})`);
      continue;
    }
    const line = info.lines;
    const rec = Object.fromEntries(Object.keys(fields).map((f) => [f, fields[f].endsWith('[]') ? [] : null]));
    const problems = [];
    let lat = null;
    let lon = null;
    header.forEach((f, i) => {
      if (!f) return;
      const raw = record[i] ?? '';
      if (f === '@lat') return void (lat = raw.trim() || null);
      if (f === '@lon') return void (lon = raw.trim() || null);
      try {
        rec[f] = convert(fields[f], raw);
      } catch (e) {
        problems.push(`${f}: ${e.message}`);
      }
    });
    if (!rec.geo && lat && lon) {
      try {
        rec.geo = point(lat, lon);
      } catch (e) {
        problems.push(`latitude/longitude: ${e.message}`);
      }
    }
    for (const f of REQUIRED[dataset]) if (rec[f] === null || rec[f] === '') problems.push(`${f}: empty`);
    if (problems.length) {
      report.refused.push({ line, reasons: problems });
      continue;
    }
    report.rows += 1;
    await onRecord?.(rec);
  }
  if (!header) throw new Error(`${file}: empty file`);
  return report;
}
