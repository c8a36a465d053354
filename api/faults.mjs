// Fault injection for tests, per request, through the path prefix /__fault/{spec}/...
// spec: a comma list of status=500, retry-after=2 (with status=429: the quota resets in 2 s), delay=1500, malformed, html, drop,
// missing-fields, evil, huge, empty, times=N, key=K (the fault applies to the first N requests
// bearing key K, then the API answers normally: for testing "retry").

const counters = new Map();

export function resetFaults() {
  counters.clear();
}

export function parseFault(spec) {
  const f = { spec };
  for (const part of spec.split(',').map((s) => s.trim()).filter(Boolean)) {
    const [k, v] = part.split('=');
    switch (k) {
      case 'status':
        f.status = Math.min(599, Math.max(200, Number(v) || 500));
        break;
      case 'retry-after':
        f.retryAfter = v;
        break;
      case 'delay':
        f.delay = Math.min(60_000, Math.max(0, Number(v) || 0));
        break;
      case 'times':
        f.times = Math.max(0, Number(v) || 0);
        break;
      case 'key':
        f.key = v;
        break;
      case 'malformed':
      case 'html':
      case 'drop':
      case 'evil':
      case 'huge':
      case 'empty':
        f[k] = true;
        break;
      case 'missing-fields':
        f.missingFields = true;
        break;
      default:
        break;
    }
  }
  if (f.missingFields || f.evil || f.huge || f.empty) f.transform = (body, dataset) => transform(f, body, dataset);
  return f;
}

/** Whether this request gets the fault (counts requests per key when `times` is set). */
export function shouldFault(f) {
  if (f.times === undefined) return true;
  const key = f.key ?? f.spec;
  const n = counters.get(key) ?? 0;
  if (n >= f.times) return false;
  counters.set(key, n + 1);
  return true;
}

/** Applies the faults that replace the answer; resolves true when the answer was sent. */
export async function applyFault(f, req, res, send) {
  if (f.delay) {
    const closed = await new Promise((resolve) => {
      const timer = setTimeout(() => resolve(false), f.delay);
      // The client gave up (abort, timeout): stop waiting and free the timer.
      res.on('close', () => {
        clearTimeout(timer);
        resolve(true);
      });
    });
    if (closed || res.destroyed) return true;
  }
  if (f.drop) {
    req.socket.destroy();
    return true;
  }
  if (f.status && f.status >= 400) {
    if (f.status === 429) {
      // The specification's 429 ("quota_exceeded"): no Retry-After; the reset time is in the body
      // (and in X-RateLimit-Reset, which the v1 documentation gives as an epoch).
      const reset = new Date(Date.now() + (Number(f.retryAfter) || 3600) * 1000);
      send(429, { errorcode: 10002, reset_time: reset.toISOString(), limit_time_unit: 'day', call_limit: 10000, error: 'Too many requests on the domain. Please contact the domain administrator.' }, {
        'X-RateLimit-Limit': '10000',
        'X-RateLimit-Remaining': '0',
        'X-RateLimit-Reset': String(Math.ceil(reset.getTime() / 1000)),
      });
      return true;
    }
    const code = f.status >= 500 ? 'InternalServerError' : 'RequestError';
    send(f.status, { error_code: code, message: `Injected fault: HTTP ${f.status}` });
    return true;
  }
  if (f.malformed) {
    send(200, '{"total_count": 12, "results": [{"id_action": "27_AF_1", "intitule_formation": "Tronqu');
    return true;
  }
  if (f.html) {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Access-Control-Allow-Origin': '*' });
    res.end('<!doctype html><html><head><title>Page introuvable</title></head><body><h1>Page introuvable</h1></body></html>');
    return true;
  }
  return false;
}

const URLISH = /^(url_|site_web|lien_|contact_email|email|contact_tel|telephone)/;
const PAYLOADS = [
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=1</script>',
  '"><svg onload=window.__pwned=1>',
  '&lt;script&gt;window.__pwned=1&lt;/script&gt;&lt;img src=x onerror=window.__pwned=1&gt;',
];

function evil(rec, i) {
  const out = {};
  for (const [k, v] of Object.entries(rec)) {
    if (URLISH.test(k)) out[k] = i % 2 ? 'javascript:window.__pwned=1' : ' JaVaScRiPt:window.__pwned=1';
    else if (typeof v === 'string' && !/^(id|code|region|departement|date|debut|fin|prochaine|type|reseau)/.test(k)) out[k] = `${PAYLOADS[i % PAYLOADS.length]}${v}${PAYLOADS[(i + 1) % PAYLOADS.length]}`;
    else out[k] = v;
  }
  if (Array.isArray(out.sessions)) out.sessions = out.sessions.map((s) => ({ ...s, adresse_inscription: PAYLOADS[1] }));
  return out;
}

function missing(rec, i) {
  const out = {};
  const keys = Object.keys(rec);
  keys.forEach((k, j) => {
    // Identifiers and titles stay on even records; every third other field goes missing.
    if (/^(id|id_action|intitule_formation|titre|nom)$/.test(k) && i % 2 === 0) out[k] = rec[k];
    else if ((i + j) % 3 === 0) return;
    else if (typeof rec[k] === 'number') out[k] = String(rec[k]);
    else if (Array.isArray(rec[k])) out[k] = (i + j) % 2 ? rec[k].join(';') : 42;
    else if (rec[k] && typeof rec[k] === 'object') out[k] = (i + j) % 2 ? null : 'not an object';
    else out[k] = rec[k];
  });
  if ('sessions' in rec && i % 3 === 1) out.sessions = 'pas du json';
  if ('lieu_geo' in rec && i % 4 === 2) out.lieu_geo = { lat: 'nord', lon: 999 };
  return out;
}

function transform(f, body, dataset) {
  // An export (exports/json) answers a plain list of records: the same faults, on that list.
  if (Array.isArray(body)) {
    if (f.empty) return [];
    const out = transform(f, { total_count: body.length, results: body }, dataset);
    // A huge answer is also a long one: more records than a widget draws (the first ones repeated).
    if (f.huge && out.results.length) return Array.from({ length: 2500 }, (_, i) => (i < out.results.length ? out.results[i] : { ...out.results[i % out.results.length], id: `copie-${i}` }));
    return out.results;
  }
  if (f.empty) {
    if (body.results) return { total_count: 0, results: [] };
    if (body.facets) return { facets: body.facets.map((g) => ({ name: g.name, facets: [] })) };
  }
  if (!Array.isArray(body.results)) return body;
  let results = body.results;
  if (f.missingFields) results = results.map(missing);
  if (f.evil) results = results.map(evil);
  if (f.huge && results.length) {
    results = results.map((r, i) => (i === 0 ? { ...r, intitule_formation: 'Formation '.repeat(20_000), titre: 'Événement '.repeat(20_000), nom: 'Lieu '.repeat(40_000), sessions: Array.from({ length: 5000 }, (_, k) => ({ numero: `S${k}`, debut: '20270112', fin: '20270630', etat_recrutement: 1 })) } : r));
    return { total_count: 999_999_999, results };
  }
  return { ...body, results };
}
