// The LHEO importer on a national-size export: generates an LHEO 2.2 file of about --mb MB
// (default 200) in the system's temporary folder, then, each in its own process, (1) the XML
// parser alone (saxes, no handlers: the floor) and (2) `carif-oref-widgets import lheo` into a
// temporary folder. Prints MB/s and peak RSS side by side. `node bench/lheo-import.mjs --mb 200`
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { writeLheo } from './lheo-sample.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const targetMb = Number(arg('mb', 200));
const work = mkdtempSync(join(tmpdir(), 'carif-lheo-bench-'));
const file = join(work, 'national.xml');

const generate = () => writeLheo(file, targetMb);

const root = resolve('.');
const measure = (code) => {
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', code], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 24 });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout.trim().split('\n').pop());
};
const finish = `const u = process.resourceUsage(); console.log(JSON.stringify({ seconds: (performance.now() - t0) / 1000, rssMb: u.maxRSS / 1024 }));`;

const formations = await generate();
const mb = statSync(file).size / 1e6;
console.log(`Generated ${file}: ${mb.toFixed(0)} MB, ${formations.toLocaleString('en')} formations, ${(formations * 2).toLocaleString('en')} actions.`);
const parser = measure(`
  import { createReadStream } from 'node:fs'; import { SaxesParser } from 'saxes';
  const t0 = performance.now(); const p = new SaxesParser({ xmlns: true });
  for await (const chunk of createReadStream(${JSON.stringify(file)}, { encoding: 'utf8', highWaterMark: 1 << 20 })) p.write(chunk);
  p.close(); ${finish}`);
const out = join(work, 'out');
const importer = measure(`
  import { importInto } from './cli/folder.mjs'; import { readLheo } from './cli/lheo.mjs';
  const t0 = performance.now();
  await importInto(${JSON.stringify(out)}, 'formations', (add) => readLheo(${JSON.stringify(file)}, { onRecord: add }));
  ${finish}`);
const row = (name, r) => `${name.padEnd(34)} ${(mb / r.seconds).toFixed(1).padStart(7)} MB/s ${r.seconds.toFixed(1).padStart(7)} s ${r.rssMb.toFixed(0).padStart(7)} MB peak RSS`;
console.log(row('XML parser alone (saxes)', parser));
console.log(row('import lheo (parse, map, write 4 files)', importer));
console.log(`ratio: ${(importer.seconds / parser.seconds).toFixed(2)}× the parser's time, ${(importer.rssMb / parser.rssMb).toFixed(2)}× its peak memory; output ${(statSync(join(out, 'formations.json')).size / 1e6).toFixed(0)} MB of JSON`);
rmSync(work, { recursive: true, force: true });
