// A national-size LHEO 2.2 export for the benchmarks (bench/lheo-import.mjs, bench/api-load.mjs):
// formations with two actions of three sessions each, escaped HTML in the texts, as the Carif-Oref
// exports carry them. Not a fixture: generated into a temporary folder at each run.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

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

/** Writes an LHEO 2.2 export of about `mb` MB to `file`; resolves with the number of formations. */
export async function writeLheo(file, mb) {
  const out = createWriteStream(file, { encoding: 'utf8' });
  out.write('<?xml version="1.0" encoding="UTF-8"?>\n<lheo xmlns="http://www.lheo.org/2.2"><offres>\n');
  let n = 0;
  while (out.bytesWritten + out.writableLength < mb * 1e6) {
    if (!out.write(formation(n++))) await once(out, 'drain');
  }
  out.end('</offres></lheo>\n');
  await once(out, 'finish');
  return n;
}

