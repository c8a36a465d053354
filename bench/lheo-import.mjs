// The LHEO importer on a national-size export: generates an LHEO 2.2 file of about --mb MB
// (default 200) in the system's temporary folder, then, each in its own process, (1) the XML
// parser alone (saxes, no handlers: the floor) and (2) `carif-oref-widgets import lheo` into a
// temporary folder. Prints MB/s and peak RSS side by side. `node bench/lheo-import.mjs --mb 200`
import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const targetMb = Number(arg('mb', 200));
const work = mkdtempSync(join(tmpdir(), 'carif-lheo-bench-'));
const file = join(work, 'national.xml');

const formation = (n) => `<formation numero="F_${n}" datemaj="20260301">
<domaine-formation><code-FORMACODE ref="V12">${31795 + (n % 50)}</code-FORMACODE><code-ROME ref="V3">G1602</code-ROME></domaine-formation>
<intitule-formation>Formation n° ${n} : cuisine &amp; pâtisserie</intitule-formation>
<objectif-formation>&lt;p&gt;Acquérir les &lt;b&gt;techniques&lt;/b&gt; du métier, ${'préparer, cuire, dresser. '.repeat(8)}&lt;/p&gt;</objectif-formation>
<resultats-attendus>Certification de niveau 3</resultats-attendus>
<contenu-formation>&lt;ul&gt;${'&lt;li&gt;Module pratique et théorique&lt;/li&gt;'.repeat(12)}&lt;/ul&gt;</contenu-formation>
<certifiante>1</certifiante>
<contact-formation><coordonnees><nom>Martin</nom><prenom>Léa</prenom><telfixe><numtel>03 80 00 ${String(n % 100).padStart(2, '0')} 00</numtel></telfixe><courriel>contact${n}@organisme.fr</courriel></coordonnees></contact-formation>
<parcours-de-formation>1</parcours-de-formation><code-niveau-entree>0</code-niveau-entree>
<certification><code-RNCP>${10000 + (n % 900)}</code-RNCP></certification><code-niveau-sortie>${11 + (n % 8)}</code-niveau-sortie>
<url-formation><urlweb>https://www.example.org/formation/${n}</urlweb></url-formation>
${[1, 2].map((a) => `<action numero="A_${n}_${a}"><rythme-formation>Temps plein</rythme-formation><modalites-enseignement>${n % 3}</modalites-enseignement>
<conditions-specifiques>Entretien de motivation</conditions-specifiques>
<lieu-de-formation><coordonnees><adresse><ligne>${n} rue de la République</ligne><codepostal>21000</codepostal><ville>Dijon</ville><departement>21</departement><region>27</region><geolocalisation><latitude>47.3${n % 10}</latitude><longitude>5.0${n % 10}</longitude></geolocalisation></adresse></coordonnees></lieu-de-formation>
<modalites-entrees-sorties>0</modalites-entrees-sorties>
${[1, 2, 3].map((s) => `<session numero="S_${n}_${a}_${s}"><periode><debut>2027${String(s).padStart(2, '0')}01</debut><fin>2027${String(s + 5).padStart(2, '0')}30</fin></periode><etat-recrutement>${1 + (s % 3)}</etat-recrutement></session>`).join('\n')}
<acces-handicapes>Locaux accessibles</acces-handicapes><nombre-heures-total>${400 + a}</nombre-heures-total><duree-indicative>6 mois</duree-indicative><prix-total-TTC>4500.00</prix-total-TTC>
<organisme-financeur><code-financeur>2</code-financeur></organisme-financeur></action>`).join('\n')}
<organisme-formation-responsable><SIRET-organisme-formation><SIRET>1234567890${String(n % 10000).padStart(4, '0')}</SIRET></SIRET-organisme-formation><nom-organisme>Organisme ${n % 300}</nom-organisme><raison-sociale>Organisme ${n % 300}</raison-sociale></organisme-formation-responsable>
</formation>
`;

async function generate() {
  const out = createWriteStream(file, { encoding: 'utf8' });
  out.write('<?xml version="1.0" encoding="UTF-8"?>\n<lheo xmlns="http://www.lheo.org/2.2"><offres>\n');
  let n = 0;
  while (out.bytesWritten + out.writableLength < targetMb * 1e6) {
    if (!out.write(formation(n++))) await once(out, 'drain');
  }
  out.end('</offres></lheo>\n');
  await once(out, 'finish');
  return n;
}

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
