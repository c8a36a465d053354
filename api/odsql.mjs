// A parser and evaluator for ODSQL (Opendatasoft Query Language) as the Explore v2.1 reference
// documents it (docs/explore-v2.1.md quotes each paragraph), and only that, so that what works here
// works on a real portal:
//   and / or / not, parentheses, = < <= > >=, field in (...), "x" in multivalued_field,
//   field in [a..b] / ]a..b[ / [a to b], field is [not] null, field is [not] true|false, a bare boolean
//   field, like (contains the words), a bare "quoted string" (every word, whole), search([fields,]
//   "text") (whole words, the last one a prefix), suggest([fields,] "text") (every word a prefix),
//   startswith([fields,] "text") (case-sensitive prefix of the whole value), within_distance(geo,
//   geom'POINT(lon lat)', 10km) in mi yd ft m cm km mm, in_bbox(geo, lat1, lon1, lat2, lon2),
//   date'YYYY-MM-DD', date'YYYY/MM/DD' and date'YYYY' literals, numbers, true/false.
// Not documented in v2.1, so refused with a message: != and <> (write not (a = b)), not in (write
// not (a in (...))), SQL wildcards in like (% and _ are not wildcards: use startswith()).
// Every match is linear in the size of the record: no regular expression is built from a query.
// order_by: field [asc|desc], ..., distance(geo, geom'POINT(lon lat)') [asc|desc].

export class OdsqlError extends Error {
  constructor(message, position) {
    super(position === undefined ? message : `${message} (at position ${position})`);
    this.name = 'OdsqlError';
  }
}

export const MAX_QUERY_LENGTH = 10_000;
export const MAX_DEPTH = 50;
/** Predicates in one where clause: enough for any search a person makes, bounded for abuse. */
export const MAX_TERMS = 300;
// Sticky: matched at a position, without copying the rest of the query at every token.
const NUMBER = /-?\d+(\.\d+)?/y;
const WORD = /[A-Za-z_][A-Za-z0-9_.-]*/y;

/** Words the parser reads as operators, plus the reserved keywords of the v2.1 reference: a field of that name must be backquoted. */
const KEYWORDS = new Set(['and', 'or', 'not', 'in', 'is', 'null', 'like', 'true', 'false', 'asc', 'desc', 'to']);
export const RESERVED = new Set('and as asc avg by count date_format day dayofweek desc distinct equi false group hour ifnull or limit lower max millisecond min minute month not null quarter range search second select sum top true upper where year'.split(' '));
/** Distance units of within_distance(), in metres. */
const UNITS = { mi: 1609.344, yd: 0.9144, ft: 0.3048, m: 1, cm: 0.01, km: 1000, mm: 0.001 };

/** A field that exists in the schema (own property only: `__proto__` or `constructor` are not fields). */
export const hasField = (schema, name) => typeof name === 'string' && Object.hasOwn(schema.fields, name);

/** Folded words of a text: lower case, no accents, split on anything but letters and digits. */
export const words = (text) => fold(text).split(/[^a-z0-9]+/).filter(Boolean);

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
    if (two === '!=' || two === '<>') throw new OdsqlError(`The operator ${two} is not in the Explore v2.1 ODSQL reference: write not (field = value)`, start);
    if (['<=', '>='].includes(two)) {
      tokens.push({ type: 'op', value: two, pos: start });
      i += 2;
      continue;
    }
    if (two === '..') {
      tokens.push({ type: '..', value: '..', pos: start });
      i += 2;
      continue;
    }
    if ('=<>'.includes(c)) {
      tokens.push({ type: 'op', value: c, pos: start });
      i++;
      continue;
    }
    if ('(),*[]'.includes(c)) {
      tokens.push({ type: c, value: c, pos: start });
      i++;
      continue;
    }
    NUMBER.lastIndex = i;
    const num = NUMBER.exec(input);
    if (num) {
      tokens.push({ type: 'number', value: Number(num[0]), pos: start });
      i += num[0].length;
      continue;
    }
    WORD.lastIndex = i;
    const word = WORD.exec(input);
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
      const lw = w.toLowerCase();
      if (KEYWORDS.has(lw)) tokens.push({ type: 'kw', value: lw, pos: start });
      else tokens.push({ type: 'ident', value: w, pos: start, reserved: RESERVED.has(lw) });
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
    if (t.type === 'date') return dateValue(t);
    if (t.type === 'kw' && (t.value === 'true' || t.value === 'false')) return t.value === 'true' ? 1 : 0;
    throw new OdsqlError(`Expected a value but found ${JSON.stringify(t.value)}`, t.pos);
  }
  /** `date'2026-01-01'`, `date'2026/01/01'` (the reference's two forms), or a partial `date'2026'`. */
  function dateValue(t) {
    const iso = t.value.trim().replace(/^(\d{4})\/(\d{2})\/(\d{2})/, '$1-$2-$3');
    const full = /^\d{4}$/.test(iso) ? `${iso}-01-01` : /^\d{4}-\d{2}$/.test(iso) ? `${iso}-01` : iso;
    if (Number.isNaN(Date.parse(full))) throw new OdsqlError(`Invalid date ${JSON.stringify(t.value)}`, t.pos);
    return { date: full };
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
  /** `10km`, `500m`, `2mi`...: a number and one of the reference's units. */
  function distance() {
    const t = next();
    if (!t || t.type !== 'number') throw new OdsqlError('Expected a distance like 10km', t?.pos ?? input.length);
    const u = peek();
    if (u?.type !== 'ident' || !Object.hasOwn(UNITS, u.value.toLowerCase())) throw new OdsqlError(`Expected a distance unit (${Object.keys(UNITS).join(', ')}) after ${t.value}`, u?.pos ?? input.length);
    next();
    return t.value * UNITS[u.value.toLowerCase()];
  }
  /** A field name; reserved keywords of the reference must be backquoted. */
  function fieldName() {
    const t = expect('ident');
    if (t.reserved) throw new OdsqlError(`"${t.value}" is a reserved keyword: write \`${t.value}\``, t.pos);
    return t.value;
  }
  /** The arguments of search(), suggest(), startswith(): `[*|field, field, ...,] "text"`. */
  function textArgs() {
    const fields = [];
    while (peek() && peek().type !== 'string') {
      if (peek().type === '*') {
        next();
        fields.push('*');
      } else fields.push(fieldName());
      expect(',');
    }
    const text = expect('string').value;
    expect(')');
    return { fields: fields.includes('*') ? [] : fields, text };
  }
  function list() {
    expect('(');
    const values = [literal()];
    while (peek()?.type === ',') {
      next();
      values.push(literal());
    }
    expect(')');
    return values;
  }
  /** `[a..b]`, `]a..b[`, `[a to b[`...: each bound closed with its bracket facing in. */
  function range() {
    const open = next();
    const low = literal();
    if (peek()?.type === '..' || (peek()?.type === 'kw' && peek().value === 'to')) next();
    else throw new OdsqlError('Expected .. or TO in a range', peek()?.pos ?? input.length);
    const high = literal();
    const close = next();
    if (!close || (close.type !== ']' && close.type !== '[')) throw new OdsqlError('Expected ] or [ to close the range', close?.pos ?? input.length);
    return { low, high, lowIncl: open.type === '[', highIncl: close.type === ']' };
  }
  const ends = () => !peek() || peek().type === ')' || (peek().type === 'kw' && (peek().value === 'and' || peek().value === 'or'));
  let terms = 0;
  function primary() {
    const t = peek();
    if (!t) throw new OdsqlError('Expected an expression but the query ended', input.length);
    if (++terms > MAX_TERMS) throw new OdsqlError(`Too many conditions (at most ${MAX_TERMS})`, t.pos);
    if (t.type === '(') {
      next();
      if (++depth > MAX_DEPTH) throw new OdsqlError('Query nested too deeply', t.pos);
      const e = orExpr();
      depth--;
      expect(')');
      return e;
    }
    // `"Paris" in multivalued_field`, `15 in multivalued_int_field`, `true in ...`.
    const next1 = tokens[p + 1];
    if ((t.type === 'string' || t.type === 'number' || (t.type === 'kw' && (t.value === 'true' || t.value === 'false'))) && next1?.type === 'kw' && next1.value === 'in') {
      const value = literal();
      next();
      return { op: 'contains', field: fieldName(), value };
    }
    if (t.type === 'string') {
      next();
      return { op: 'fulltext', text: t.value };
    }
    if (t.type === 'ident' && next1?.type === '(') {
      const fn = t.value.toLowerCase();
      next();
      next();
      if (fn === 'search' || fn === 'suggest' || fn === 'startswith') return { op: fn, ...textArgs() };
      if (fn === 'within_distance') {
        const f = fieldName();
        expect(',');
        const pt = point();
        expect(',');
        const meters = distance();
        expect(')');
        return { op: 'within', field: f, point: pt, meters };
      }
      if (fn === 'in_bbox') {
        const f = fieldName();
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
      const field = fieldName();
      const o = peek();
      if (ends()) return { op: 'bool', field, value: 1 };
      if (o?.type === 'op') {
        next();
        return { op: 'cmp', cmp: o.value, field, value: literal() };
      }
      if (o?.type === 'kw' && o.value === 'in') {
        next();
        if (peek()?.type === '[' || peek()?.type === ']') return { op: 'range', field, ...range() };
        return { op: 'in', field, values: list() };
      }
      if (o?.type === 'kw' && o.value === 'not' && tokens[p + 1]?.value === 'in') {
        throw new OdsqlError('"not in" is not in the Explore v2.1 ODSQL reference: write not (field in (...))', o.pos);
      }
      if (o?.type === 'kw' && o.value === 'is') {
        next();
        const negate = isKw('not') ? (next(), true) : false;
        const v = next();
        if (v?.type === 'kw' && v.value === 'null') return { op: 'null', field, negate };
        if (v?.type === 'kw' && (v.value === 'true' || v.value === 'false')) {
          const e = { op: 'bool', field, value: v.value === 'true' ? 1 : 0 };
          return negate ? { op: 'not', expr: e } : e;
        }
        throw new OdsqlError('Expected null, true or false after "is"', v?.pos ?? input.length);
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
/**
 * The words of a dataset's records (their `__words`): a sorted vocabulary and, per word, the records
 * that hold it, so that a prefix of search() or suggest() costs one binary search and a union,
 * not a scan of every word of every record.
 */
export class WordIndex {
  constructor(records) {
    this.postings = new Map();
    for (const rec of records) {
      for (const w of rec.__words) {
        if (!w) continue;
        let list = this.postings.get(w);
        if (!list) this.postings.set(w, (list = []));
        list.push(rec);
      }
    }
    this.vocab = [...this.postings.keys()].sort();
    this.cache = new Map();
  }
  /** The records holding a word that starts with `prefix` (cached, at most 500 prefixes kept). */
  prefixRecords(prefix) {
    let set = this.cache.get(prefix);
    if (set) return set;
    let lo = 0;
    let hi = this.vocab.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.vocab[mid] < prefix) lo = mid + 1;
      else hi = mid;
    }
    set = new Set();
    for (let i = lo; i < this.vocab.length && this.vocab[i].startsWith(prefix); i++) for (const rec of this.postings.get(this.vocab[i])) set.add(rec);
    if (this.cache.size >= 500) this.cache.delete(this.cache.keys().next().value);
    this.cache.set(prefix, set);
    return set;
  }
}

export function compileWhere(input, schema, index) {
  const ast = parseWhere(input ?? '');
  if (!ast) return () => true;
  const typeOf = (field) => {
    if (!hasField(schema, field)) throw new OdsqlError(`Unknown field "${field}"`);
    return schema.fields[field];
  };
  const textField = (fn, field) => {
    const t = typeOf(field);
    if (!t.startsWith('text')) throw new OdsqlError(`${fn}() needs text fields, "${field}" is ${t}`);
    return field;
  };
  /** The folded words of one field of a record, computed once per record and field. */
  const wordsOf = (rec, field) => {
    let cache = fieldWords.get(rec);
    if (!cache) fieldWords.set(rec, (cache = new Map()));
    let set = cache.get(field);
    if (!set) cache.set(field, (set = new Set(asArray(rec[field]).flatMap((v) => words(String(v).replace(/&lt;[^&]*&gt;|<[^>]*>/g, ' '))))));
    return set;
  };
  const hasPrefix = (set, w) => {
    if (set.has(w)) return true;
    for (const x of set) if (x.startsWith(w)) return true;
    return false;
  };
  /**
   * search()/suggest() over the named fields (any of them), or every searchable field: `whole` words
   * must be there, and a word starting with each of `prefixes`.
   */
  const textMatch = (fn, node, whole, prefixes) => {
    const fields = node.fields.map((f) => textField(fn, f));
    if (!fields.length && index) {
      const sets = prefixes.map((w) => index.prefixRecords(w));
      return (rec) => whole.every((w) => rec.__words.has(w)) && sets.every((set) => set.has(rec));
    }
    const test = (set) => whole.every((w) => set.has(w)) && prefixes.every((w) => hasPrefix(set, w));
    if (!fields.length) return (rec) => test(rec.__words);
    return (rec) => fields.some((f) => test(wordsOf(rec, f)));
  };
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
        // "If the string contains more than one word, the query will be an AND query on each
        // tokenized word": whole words, no prefix.
        const ws = words(node.text);
        return (rec) => ws.every((w) => rec.__words.has(w));
      }
      case 'search': {
        // "the first terms are searched for with a certain level of fuziness, and the last term is
        // a prefix search". The first terms must be whole words here (a portal also accepts near
        // misses: stricter here, so what passes here passes there).
        const ws = words(node.text);
        const last = ws.pop();
        return textMatch('search', node, ws, last === undefined ? [] : [last]);
      }
      case 'suggest':
        return textMatch('suggest', node, [], words(node.text));
      case 'startswith': {
        // "a prefix search ... on the whole string, without splitting it ... case sensitive".
        const fields = node.fields.length ? node.fields.map((f) => textField('startswith', f)) : schema.searchable ?? [];
        return (rec) => fields.some((f) => asArray(rec[f]).some((v) => String(v).startsWith(node.text)));
      }
      case 'like': {
        // "my_text_field like "paris"": the field contains the word(s). No wildcard: % and _ are
        // punctuation, so "21%" asks for the word 21.
        typeOf(node.field);
        const ws = words(node.pattern);
        return (rec) => {
          const set = wordsOf(rec, node.field);
          return ws.every((w) => set.has(w));
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
      case 'range': {
        const t = typeOf(node.field);
        const low = literalFor(t, node.low);
        const high = literalFor(t, node.high);
        return (rec) =>
          asArray(rec[node.field]).some((v) => {
            const c = comparable(t, v);
            return compare(node.lowIncl ? '>=' : '>', c, low) && compare(node.highIncl ? '<=' : '<', c, high);
          });
      }
      case 'in': {
        const t = typeOf(node.field);
        const lits = node.values.map((v) => literalFor(t, v));
        return (rec) => asArray(rec[node.field]).some((v) => lits.includes(comparable(t, v)));
      }
      case 'contains': {
        const t = typeOf(node.field);
        const lit = literalFor(t, node.value);
        return (rec) => asArray(rec[node.field]).some((v) => comparable(t, v) === lit);
      }
      case 'bool': {
        // Booleans are 0/1 integers in our contract, as LHEO codes them (dict-boolean).
        const t = typeOf(node.field);
        if (t !== 'int' && t !== 'boolean') throw new OdsqlError(`"${node.field}" is not a boolean field`);
        return (rec) => asArray(rec[node.field]).some((v) => Number(v) === node.value);
      }
      case 'null': {
        typeOf(node.field);
        return (rec) => {
          const v = rec[node.field];
          const isNull = v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0);
          return node.negate ? !isNull : isNull;
        };
      }
      default:
        throw new OdsqlError(`Unsupported expression`);
    }
  };
  return compile(ast);
}

const fieldWords = new WeakMap();

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
    if (!hasField(schema, field)) throw new OdsqlError(`Unknown field "${field}" in order_by`);
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
