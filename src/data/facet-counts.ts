import type { ExploreClient, FacetsAnswer, FacetValue, RequestOptions } from './client.js';
import { DataError } from './errors.js';
import type { FacetRequest } from './facets.js';

/**
 * `GET /catalog/datasets/{dataset}/facets`: counts per value for each facet field. Loaded with the
 * first counts, after the first results (core/search/search.ts): a page runs none of it before.
 */
export async function facetsOf(client: ExploreClient, dataset: string, fields: string[], where: string, options: RequestOptions = {}): Promise<FacetsAnswer> {
  const url = client.url(`/catalog/datasets/${encodeURIComponent(dataset)}/facets`, [...fields.map((f): [string, string] => ['facet', f]), ['where', where]]);
  const { body, sample } = await client.get(url, dataset, options);
  const list = (body as { facets?: unknown })?.facets;
  if (!Array.isArray(list)) throw new DataError('malformed', 'The answer has no facets list', { url, dataset });
  const facets: Record<string, FacetValue[]> = {};
  for (const group of list as { name?: unknown; facets?: unknown }[]) {
    if (!group || typeof group.name !== 'string' || !Array.isArray(group.facets)) continue;
    facets[group.name] = (group.facets as { value?: unknown; name?: unknown; count?: unknown }[])
      .map((f) => ({ value: String(f?.value ?? f?.name ?? ''), count: Number(f?.count) }))
      .filter((f) => f.value !== '' && Number.isFinite(f.count) && f.count >= 0);
  }
  return { facets, sample };
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
  const answers = await Promise.all(requests.map((r) => facetsOf(client, dataset, r.groups.map((g) => fieldOf[g]), r.where, { signal }).then((a) => ({ r, a }))));
  for (const { r, a } of answers) {
    sample ||= a.sample;
    for (const g of r.groups) counts[g] = a.facets[fieldOf[g]] ?? [];
  }
  return { counts, sample };
}
