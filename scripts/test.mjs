// `npm test`: type check and lint, build dist/, then every test: node tests (the embedded API, the
// ODSQL parser, the data generator, bundle budgets), browser tests in Chromium, and consumer apps built
// from the packed tarball. Ends with one
// line "N passed, N failed" counting both runners.
import { spawn } from 'node:child_process';

const steps = [];
let passed = 0;
let failed = 0;

function run(label, cmd, args, parse) {
  return new Promise((resolve) => {
    const started = Date.now();
    console.log(`\n=== ${label}: ${cmd} ${args.join(' ')}`);
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' } });
    let out = '';
    const onData = (stream) => (d) => {
      out += d;
      stream.write(d);
    };
    child.stdout.on('data', onData(process.stdout));
    child.stderr.on('data', onData(process.stderr));
    child.on('close', (code) => {
      const counts = parse?.(out);
      if (counts) {
        passed += counts.passed;
        failed += counts.failed;
      }
      // A runner that exits non-zero without counting a failure still fails the run.
      if (code !== 0 && (!counts || counts.failed === 0)) failed += 1;
      steps.push(`${label}: ${code === 0 ? 'ok' : `exit ${code}`}${counts ? ` (${counts.passed} passed, ${counts.failed} failed)` : ''} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
      resolve(code);
    });
  });
}

const nodeCounts = (out) => {
  const pass = /^# pass (\d+)/m.exec(out);
  const fail = /^# fail (\d+)/m.exec(out);
  return pass ? { passed: Number(pass[1]), failed: Number(fail?.[1] ?? 0) } : undefined;
};
const wtrCounts = (out) => {
  const all = [...out.matchAll(/(\d+) passed, (\d+) failed/g)];
  const last = all.at(-1);
  return last ? { passed: Number(last[1]), failed: Number(last[2]) } : undefined;
};

await run('type check', 'npx', ['--no-install', 'tsc', '--noEmit', '-p', '.']);
await run('lint', 'npx', ['--no-install', 'eslint', '.']);
await run('build', 'node', ['scripts/build.mjs']);
await run('node tests', 'node', ['--test', '--test-reporter=tap', 'tests/node/'], nodeCounts);
await run('browser tests', 'npx', ['--no-install', 'wtr'], wtrCounts);
// Apps that install the packed tarball (plain Vite, React 19, Vue 3), built and run in Chromium.
await run('consumer apps', 'node', ['--test', '--test-reporter=tap', 'tests/consumers/'], nodeCounts);

console.log('\n=== summary');
for (const s of steps) console.log(`  ${s}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
