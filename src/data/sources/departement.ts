/**
 * The département of an INSEE commune code (or a postcode): its first two characters, three
 * overseas (97x). For the real sources only (a module of their own, loaded with them).
 */
export const departementOf = (code: string | null): string | null => (code ? (code.startsWith('97') ? code.slice(0, 3) : code.slice(0, 2)) : null);
