// Node versions, as the README states them: the package and its command line run on Node 20
// (package.json `engines`: no runtime dependency may ask for more), the dev tools on Node 20.19
// (`devEngines`: Vite 8, Rolldown and ESLint 10 ask for ^20.19; npm printed EBADENGINE for 16
// packages when @web/test-runner 1.0 and puppeteer-core 25 asked for Node 22).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

const parse = (v) => v.replace(/^v/, '').split('.').map((n) => (n === 'x' || n === '*' || n === undefined ? undefined : Number(n)));
const cmp = (a, b) => {
  for (let i = 0; i < 3; i++) if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) - (b[i] ?? 0);
  return 0;
};
/** One comparator of a range (`>=18.12.0`, `^14.17.0`, `~16`, `20.x`, `*`) against a version. */
function comparator(c, v) {
  const m = /^(>=|<=|>|<|\^|~|=)?\s*(.+)$/.exec(c);
  const [, op = '', ver] = m;
  if (ver === '*' || ver === 'x') return true;
  const w = parse(ver);
  if (op === '>=') return cmp(v, w) >= 0;
  if (op === '>') return cmp(v, w) > 0;
  if (op === '<=') return cmp(v, w) <= 0;
  if (op === '<') return cmp(v, w) < 0;
  if (op === '^') return cmp(v, w) >= 0 && v[0] === w[0];
  if (op === '~') return cmp(v, w) >= 0 && v[0] === w[0] && (w[1] === undefined || v[1] === w[1]);
  return w.every((n, i) => n === undefined || n === v[i]);
}
/** Whether a version satisfies an npm range of the forms engines fields use. */
const satisfies = (version, range) =>
  range.split('||').some((part) => {
    const hyphen = /^\s*(\S+)\s+-\s+(\S+)\s*$/.exec(part);
    const comparators = hyphen ? [`>=${hyphen[1]}`, `<=${hyphen[2]}`] : part.trim().replace(/(>=|<=|>|<)\s+/g, '$1').split(/\s+/).filter(Boolean);
    return comparators.every((c) => comparator(c, parse(version)));
  });

test('the range reader: the forms found in engines fields', () => {
  assert.equal(satisfies('20.0.0', '>=18'), true);
  assert.equal(satisfies('20.20.2', '>=22.0.0'), false);
  assert.equal(satisfies('20.20.2', '>=22.12.0'), false);
  assert.equal(satisfies('20.0.0', '^18.18.0 || ^20.9.0 || >=21.1.0'), false);
  assert.equal(satisfies('20.9.0', '^18.18.0 || ^20.9.0 || >=21.1.0'), true);
  assert.equal(satisfies('20.0.0', '>= 14.0.0'), true);
  assert.equal(satisfies('20.0.0', '14 || 16 || 18 || >=20'), true);
  assert.equal(satisfies('20.0.0', '>=12 <19'), false);
});

const floor = (range) => /\d+(\.\d+)*/.exec(range)[0];
const refusing = (version, dev) =>
  Object.entries(lock.packages)
    .filter(([path, p]) => path && (dev || !p.dev) && p.engines?.node && !satisfies(version, p.engines.node))
    .map(([path, p]) => `${path.replace(/^.*node_modules\//, '')}@${p.version} (${p.engines.node})`);

test('the package and its runtime dependencies run on the Node of package.json engines (20)', () => {
  assert.equal(pkg.engines.node, '>=20');
  assert.deepEqual(refusing(floor(pkg.engines.node), false), []);
});

test('every locked package, dev tools included, runs on the Node of devEngines (20.19) and on this machine’s', () => {
  assert.deepEqual(pkg.devEngines.runtime, { name: 'node', version: '>=20.19.0', onFail: 'error' });
  for (const version of [floor(pkg.devEngines.runtime.version), '20.20.2', process.versions.node]) assert.deepEqual(refusing(version, true), [], `on Node ${version}`);
});
