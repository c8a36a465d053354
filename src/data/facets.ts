/** A facet request: the `where` to count under, and the filter groups counted by it. */
export interface FacetRequest<G extends string> {
  where: string;
  groups: G[];
}

/**
 * Disjunctive facet counts (as in most search UIs): the groups with nothing selected share one
 * request on the whole search; each group with a selection is counted without its own selection,
 * so that its other values keep their counts. `where(except)` builds the search's `where`
 * leaving that group out.
 */
export function facetRequests<G extends string>(groups: G[], selected: Record<G, string[]>, where: (except?: G) => string): FacetRequest<G>[] {
  const idle = groups.filter((g) => !selected[g].length);
  const active = groups.filter((g) => selected[g].length);
  const out = active.map((g) => ({ where: where(g), groups: [g] }));
  if (idle.length) out.unshift({ where: where(), groups: idle });
  return out;
}
