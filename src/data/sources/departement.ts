/**
 * The département of an INSEE commune code (or a postcode): its first two characters, three
 * overseas (97x). For the real sources only (a module of their own, loaded with them).
 */
export const departementOf = (code: string | null): string | null => (code ? (code.startsWith('97') ? code.slice(0, 3) : code.slice(0, 2)) : null);

/**
 * The départements of each region (INSEE's Code officiel géographique, regions of 2016), for the
 * real sources, which filter by département only: `region="27"` asks them for its eight.
 */
const REGION_DEPARTEMENTS: Record<string, string> = {
  '01': '971',
  '02': '972',
  '03': '973',
  '04': '974',
  '06': '976',
  '11': '75 77 78 91 92 93 94 95',
  '24': '18 28 36 37 41 45',
  '27': '21 25 39 58 70 71 89 90',
  '28': '14 27 50 61 76',
  '32': '02 59 60 62 80',
  '44': '08 10 51 52 54 55 57 67 68 88',
  '52': '44 49 53 72 85',
  '53': '22 29 35 56',
  '75': '16 17 19 23 24 33 40 47 64 79 86 87',
  '76': '09 11 12 30 31 32 34 46 48 65 66 81 82',
  '84': '01 03 07 15 26 38 42 43 63 69 73 74',
  '93': '04 05 06 13 83 84',
  '94': '2A 2B',
};

/** The départements asked of a source: those chosen, else those of the preset regions, else none (all). */
export const departementsFor = (chosen: string[], regions: readonly string[] = []): string[] =>
  chosen.length ? chosen : regions.flatMap((r) => REGION_DEPARTEMENTS[r]?.split(' ') ?? []);
