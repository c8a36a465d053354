// A parser and evaluator for the subset of ODSQL (Opendatasoft Query Language) the widgets use:
//   and / or / not, parentheses, = != < <= > >=, field in (...), field is [not] null, like,
//   a bare "quoted string" (full text), search(field, "text"), within_distance(geo, geom'POINT(lon lat)', 10km),
//   in_bbox(geo, lat1, lon1, lat2, lon2), date'YYYY-MM-DD' literals, numbers, true/false.
// order_by: field [asc|desc], ..., distance(geo, geom'POINT(lon lat)') [asc|desc].

export class OdsqlError extends Error {
  constructor(message, position) {
    super(position === undefined ? message : `${message} (at position ${position})`);
    this.name = 'OdsqlError';
  }
}

export const MAX_QUERY_LENGTH = 10_000;
export const MAX_DEPTH = 50;

const KEYWORDS = new Set(['and', 'or', 'not', 'in', 'is', 'null', 'like', 'true', 'false', 'asc', 'desc']);

/** Lower case, accents removed: how full text compares. */
export const fold = (s) => String(s).normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

function tokenize(input) {
  if (input.length > MAX_QUERY_LENGTH) throw new OdsqlError(`Query too long (${input.length} characters, at most ${MAX_QUERY_LENGTH})`);
  const tokens = [];
  let i = 0;
  while (i < input.length) {
    const c = input[i];
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    const start = i;
    if (c === '"' || c === "'") {
      i++;
      let value = '';
      for (;;) {
        if (i >= input.length) throw new OdsqlError('Unterminated string', start);
        const d = input[i];
        if (d === '\\') {
          if (i + 1 >= input.length) throw new OdsqlError('Unterminated string', start);
          value += input[i + 1];
          i += 2;
        } else if (d === c) {
          i++;
          break;
        } else {
          value += d;
          i++;
        }
      }
      tokens.push({ type: 'string', value, pos: start });
      continue;
    }
    if (c === '`') {
      const end = input.indexOf('`', i + 1);
      if (end < 0) throw new OdsqlError('Unterminated field name', start);
      tokens.push({ type: 'ident', value: input.slice(i + 1, end), pos: start });
      i = end + 1;
      continue;
    }
    const two = input.slice(i, i + 2);
    if (['<=', '>=', '!=', '<>'].includes(two)) {
      tokens.push({ type: 'op', value: two === '<>' ? '!=' : two, pos: start });
      i += 2;
      continue;
    }
    if ('=<>'.includes(c)) {
      tokens.push({ type: 'op', value: c, pos: start });
      i++;
      continue;
    }
    if ('(),*'.includes(c)) {
      tokens.push({ type: c, value: c, pos: start });
      i++;
      continue;
    }
    const num = /^-?\d+(\.\d+)?/.exec(input.slice(i));
    if (num) {
      tokens.push({ type: 'number', value: Number(num[0]), pos: start });
      i += num[0].length;
      continue;
    }
    const word = /^[A-Za-z_][A-Za-z0-9_.-]*/.exec(input.slice(i));
    if (word) {
      const w = word[0];
      i += w.length;
      // Typed literals: date'...', geom'...', datetime'...'
      if ((w === 'date' || w === 'geom' || w === 'timestamp' || w === 'datetime') && (input[i] === "'" || input[i] === '"')) {
        const q = input[i];
        const end = input.indexOf(q, i + 1);
        if (end < 0) throw new OdsqlError(`Unterminated ${w} literal`, start);
        tokens.push({ type: w === 'geom' ? 'geom' : 'date', value: input.slice(i + 1, end), pos: start });
        i = end + 1;
        continue;
      }
      // Distances: 10km, 500m
      const lw = w.toLowerCase();
      tokens.push(KEYWORDS.has(lw) ? { type: 'kw', value: lw, pos: start } : { type: 'ident', value: w, pos: start });
      continue;
    }
    throw new OdsqlError(`Unexpected character ${JSON.stringify(c)}`, start);
  }
  return tokens;
}

/** Parses a `where` clause into an AST. */
export function parseWhere(input) {
  const tokens = tokenize(input);
  let p = 0;
  let depth = 0;
  const peek = () => tokens[p];
  const next = () => tokens[p++];
  const expect = (type, value) => {
    const t = next();
    if (!t || t.type !== type || (value !== undefined && t.value !== value)) {
      throw new OdsqlError(`Expected ${value ?? type}${t ? ` but found ${JSON.stringify(t.value)}` : ' but the query ended'}`, t?.pos ?? input.length);
    }
    return t;
  };
  const isKw = (v) => peek()?.type === 'kw' && peek().value === v;

  function orExpr() {
    let left = andExpr();
    while (isKw('or')) {
      next();
      left = { op: 'or', left, right: andExpr() };
    }
    return left;
  }
  function andExpr() {
    let left = notExpr();
    while (isKw('and')) {
      next();
      left = { op: 'and', left, right: notExpr() };
    }
    return left;
  }
  function notExpr() {
    if (isKw('not')) {
      next();
      if (++depth > MAX_DEPTH) throw new OdsqlError('Query nested too deeply');
      const e = { op: 'not', expr: notExpr() };
      depth--;
      return e;
    }
    return primary();
  }
  function literal() {
    const t = next();
    if (!t) throw new OdsqlError('Expected a value but the query ended', input.length);
    if (t.type === 'string' || t.type === 'number') return t.value;
    if (t.type === 'date') {
      if (Number.isNaN(Date.parse(t.value))) throw new OdsqlError(`Invalid date ${JSON.stringify(t.value)}`, t.pos);
      return { date: t.value };
    }
    if (t.type === 'kw' && (t.value === 'true' || t.value === 'false')) return t.value === 'true' ? 1 : 0;
    throw new OdsqlError(`Expected a value but found ${JSON.stringify(t.value)}`, t.pos);
  }
  function point() {
    const t = expect('geom');
    const m = /^\s*POINT\s*\(\s*(-?\d+(?:\.\d+)?)\s+(-?\d+(?:\.\d+)?)\s*\)\s*$/i.exec(t.value);
    if (!m) throw new OdsqlError(`Invalid geometry ${JSON.stringify(t.value)}: expected POINT(lon lat)`, t.pos);
    const lon = Number(m[1]);
    const lat = Number(m[2]);
    if (Math.abs(lat) > 90 || Math.abs(lon) > 180) throw new OdsqlError('Point out of range', t.pos);
    return { lat, lon };
  }
  function distance() {
    const t = next();
    if (!t) throw new OdsqlError('Expected a distance', input.length);
    // Either a token "10km" (ident after number is split) or number + unit ident.
    if (t.type === 'number') {
      const unit = peek()?.type === 'ident' && /^(m|km)$/i.test(peek().value) ? next().value.toLowerCase() : 'm';
      return unit === 'km' ? t.value * 1000 : t.value;
    }
    throw new OdsqlError('Expected a distance like 10km', t.pos);
  }
  function primary() {
    const t = peek();
    if (!t) throw new OdsqlError('Expected an expression but the query ended', input.length);
    if (t.type === '(') {
      next();
      if (++depth > MAX_DEPTH) throw new OdsqlError('Query nested too deeply', t.pos);
      const e = orExpr();
      depth--;
      expect(')');
      return e;
    }
    if (t.type === 'string') {
      next();
      return { op: 'fulltext', text: t.value };
    }
    if (t.type === 'ident' && tokens[p + 1]?.type === '(') {
      const fn = t.value.toLowerCase();
      next();
      next();
      if (fn === 'search') {
        const f = peek()?.type === '*' ? (next(), '*') : expect('ident').value;
        expect(',');
        const text = expect('string').value;
        expect(')');
        return { op: 'search', field: f, text };
      }
      if (fn === 'within_distance') {
        const f = expect('ident').value;
        expect(',');
        const pt = point();
        expect(',');
        const meters = distance();
        expect(')');
        return { op: 'within', field: f, point: pt, meters };
      }
      if (fn === 'in_bbox') {
        const f = expect('ident').value;
        const nums = [];
        for (let k = 0; k < 4; k++) {
          expect(',');
          nums.push(expect('number').value);
        }
        expect(')');
        return { op: 'bbox', field: f, box: nums };
      }
      throw new OdsqlError(`Unknown function ${t.value}()`, t.pos);
    }
    if (t.type === 'ident') {
      next();
      const field = t.value;
      const o = peek();
      if (o?.type === 'op') {
        next();
        return { op: 'cmp', cmp: o.value, field, value: literal() };
      }
      if (o?.type === 'kw' && o.value === 'in') {
        next();
        expect('(');
        const values = [literal()];
        while (peek()?.type === ',') {
          next();
          values.push(literal());
        }
        expect(')');
        return { op: 'in', field, values };
      }
      if (o?.type === 'kw' && o.value === 'not' && tokens[p + 1]?.value === 'in') {
        next();
        next();
        expect('(');
        const values = [literal()];
        while (peek()?.type === ',') {
          next();
          values.push(literal());
        }
        expect(')');
        return { op: 'not', expr: { op: 'in', field, values } };
      }
      if (o?.type === 'kw' && o.value === 'is') {
        next();
        const negate = isKw('not') ? (next(), true) : false;
        expect('kw', 'null');
        return { op: 'null', field, negate };
      }
      if (o?.type === 'kw' && o.value === 'like') {
        next();
        return { op: 'like', field, pattern: expect('string').value };
      }
      throw new OdsqlError(`Expected an operator after ${field}`, o?.pos ?? input.length);
    }
    throw new OdsqlError(`Unexpected ${JSON.stringify(t.value)}`, t.pos);
  }

  if (!tokens.length) return null;
  const ast = orExpr();
  if (p < tokens.length) throw new OdsqlError(`Unexpected ${JSON.stringify(tokens[p].value)}`, tokens[p].pos);
  return ast;
}

export function haversineMeters(a, b) {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371008.8 * Math.asin(Math.min(1, Math.sqrt(h)));
}

const asArray = (v) => (Array.isArray(v) ? v : v === null || v === undefined ? [] : [v]);

/** A comparable value of a record field for its type. */
function comparable(type, v) {
  if (v === null || v === undefined) return null;
  if (type === 'datetime') return Date.parse(v);
  if (type === 'date') return String(v).slice(0, 10);
  return v;
}

function literalFor(type, lit) {
  if (lit && typeof lit === 'object' && 'date' in lit) return type === 'datetime' ? Date.parse(lit.date) : lit.date.slice(0, 10);
  if (type === 'int' || type === 'int[]' || type === 'double') return typeof lit === 'number' ? lit : Number(lit);
  if (type === 'datetime' && typeof lit === 'string') return Date.parse(lit);
  return typeof lit === 'number' && (type === 'text' || type === 'text[]') ? String(lit) : lit;
}

function compare(cmp, a, b) {
  if (a === null || b === null || b === undefined || Number.isNaN(b)) return false;
  switch (cmp) {
    case '=':
      return a === b;
    case '!=':
      return a !== b;
    case '<':
      return a < b;
    case '<=':
      return a <= b;
    case '>':
      return a > b;
    case '>=':
      return a >= b;
    default:
      return false;
  }
}

/**
 * Compiles a where clause for a dataset schema into a predicate over records. `record.__text` (the
 * folded full text) and `record.__fields` (folded text per field) are prepared by the API at load.
 */
export function compileWhere(input, schema) {
  const ast = parseWhere(input ?? '');
  if (!ast) return () => true;
  const typeOf = (field) => {
    if (!(field in schema.fields)) throw new OdsqlError(`Unknown field "${field}"`);
    return schema.fields[field];
  };
  const words = (text) => fold(text).split(/[^a-z0-9]+/).filter(Boolean);
  const compile = (node) => {
    switch (node.op) {
      case 'and': {
        const l = compile(node.left);
        const r = compile(node.right);
        return (rec) => l(rec) && r(rec);
      }
      case 'or': {
        const l = compile(node.left);
        const r = compile(node.right);
        return (rec) => l(rec) || r(rec);
      }
      case 'not': {
        const e = compile(node.expr);
        return (rec) => !e(rec);
      }
      case 'fulltext': {
        const ws = words(node.text);
        // Every word must start a word of the record (accent- and case-insensitive).
        return (rec) => ws.every((w) => rec.__words.has(w) || [...rec.__words].some((x) => x.startsWith(w)));
      }
      case 'search': {
        const ws = words(node.text);
        if (node.field === '*') return (rec) => ws.every((w) => rec.__text.includes(w));
        const t = typeOf(node.field);
        if (!t.startsWith('text')) throw new OdsqlError(`search() needs a text field, "${node.field}" is ${t}`);
        return (rec) => {
          const text = rec.__fields[node.field] ?? '';
          return ws.every((w) => text.includes(w));
        };
      }
      case 'within': {
        const t = typeOf(node.field);
        if (t !== 'geo_point_2d') throw new OdsqlError(`within_distance() needs a geo field, "${node.field}" is ${t}`);
        return (rec) => {
          const g = rec[node.field];
          return !!g && typeof g.lat === 'number' && haversineMeters(node.point, g) <= node.meters;
        };
      }
      case 'bbox': {
        const t = typeOf(node.field);
        if (t !== 'geo_point_2d') throw new OdsqlError(`in_bbox() needs a geo field`);
        const [lat1, lon1, lat2, lon2] = node.box;
        const [minLat, maxLat] = [Math.min(lat1, lat2), Math.max(lat1, lat2)];
        const [minLon, maxLon] = [Math.min(lon1, lon2), Math.max(lon1, lon2)];
        return (rec) => {
          const g = rec[node.field];
          return !!g && g.lat >= minLat && g.lat <= maxLat && g.lon >= minLon && g.lon <= maxLon;
        };
      }
      case 'cmp': {
        const t = typeOf(node.field);
        const lit = literalFor(t, node.value);
        if (t === 'geo_point_2d' || t === 'json') throw new OdsqlError(`Cannot compare the ${t} field "${node.field}"`);
        return (rec) => asArray(rec[node.field]).some((v) => compare(node.cmp, comparable(t, v), lit));
      }
      case 'in': {
        const t = typeOf(node.field);
        const lits = node.values.map((v) => literalFor(t, v));
        return (rec) => asArray(rec[node.field]).some((v) => lits.includes(comparable(t, v)));
      }
      case 'null': {
        typeOf(node.field);
        return (rec) => {
          const v = rec[node.field];
          const isNull = v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0);
          return node.negate ? !isNull : isNull;
        };
      }
      case 'like': {
        typeOf(node.field);
        const re = new RegExp(`^${node.pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/%/g, '.*').replace(/_/g, '.')}$`, 'i');
        return (rec) => asArray(rec[node.field]).some((v) => re.test(String(v)));
      }
      default:
        throw new OdsqlError(`Unsupported expression`);
    }
  };
  return compile(ast);
}

/** Parses order_by into a comparator. Nulls last whatever the direction. */
export function compileOrderBy(input, schema) {
  const text = (input ?? '').trim();
  if (!text) return null;
  if (text.length > 1000) throw new OdsqlError('order_by too long');
  const parts = [];
  // Split on commas outside parentheses.
  let depth = 0;
  let cur = '';
  for (const ch of text) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (ch === ',' && depth === 0) {
      parts.push(cur);
      cur = '';
    } else cur += ch;
  }
  parts.push(cur);
  const keys = parts.map((raw) => {
    const part = raw.trim();
    let m = /^distance\(\s*`?([A-Za-z_][\w-]*)`?\s*,\s*geom'\s*POINT\s*\(\s*(-?\d+(?:\.\d+)?)\s+(-?\d+(?:\.\d+)?)\s*\)\s*'\s*\)\s*(asc|desc)?$/i.exec(part);
    if (m) {
      const field = m[1];
      if (schema.fields[field] !== 'geo_point_2d') throw new OdsqlError(`distance() needs a geo field, "${field}" is not one`);
      const pt = { lon: Number(m[2]), lat: Number(m[3]) };
      const dir = m[4]?.toLowerCase() === 'desc' ? -1 : 1;
      return { dir, get: (rec) => (rec[field] && typeof rec[field].lat === 'number' ? haversineMeters(pt, rec[field]) : null) };
    }
    m = /^`?([A-Za-z_][\w-]*)`?\s*(asc|desc)?$/i.exec(part);
    if (!m) throw new OdsqlError(`Invalid order_by clause ${JSON.stringify(part)}`);
    const field = m[1];
    if (!(field in schema.fields)) throw new OdsqlError(`Unknown field "${field}" in order_by`);
    const type = schema.fields[field];
    const dir = m[2]?.toLowerCase() === 'desc' ? -1 : 1;
    return { dir, get: (rec) => { const v = rec[field]; return Array.isArray(v) ? v[0] ?? null : comparable(type, v); } };
  });
  return (a, b) => {
    for (const k of keys) {
      const va = k.get(a);
      const vb = k.get(b);
      const na = va === null || va === undefined || va === '';
      const nb = vb === null || vb === undefined || vb === '';
      if (na && nb) continue;
      if (na) return 1;
      if (nb) return -1;
      if (va < vb) return -k.dir;
      if (va > vb) return k.dir;
    }
    return 0;
  };
}
