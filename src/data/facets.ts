import type { ExploreClient, FacetValue } from './client.js';

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

/** Runs those requests together; counts per group, and whether any answer was sample data. */
export async function facetCounts<G extends string>(
  client: ExploreClient,
  dataset: string,
  requests: FacetRequest<G>[],
  fieldOf: Record<G, string>,
  signal?: AbortSignal,
): Promise<{ counts: Partial<Record<G, FacetValue[]>>; sample: boolean }> {
  const counts: Partial<Record<G, FacetValue[]>> = {};
  let sample = false;
  const answers = await Promise.all(requests.map((r) => client.facets(dataset, r.groups.map((g) => fieldOf[g]), r.where, { signal }).then((a) => ({ r, a }))));
  for (const { r, a } of answers) {
    sample ||= a.sample;
    for (const g of r.groups) counts[g] = a.facets[fieldOf[g]] ?? [];
  }
  return { counts, sample };
}
