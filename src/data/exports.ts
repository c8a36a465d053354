import type { ExploreClient, RecordsQuery, RequestOptions } from './client.js';
import { DataError } from './errors.js';

/**
 * `GET /catalog/datasets/{dataset}/exports/json`: every record of a query in one request (the
 * records endpoint serves 100 at a time and 10,000 at most; exports have no such cap). A function,
 * so that widgets which never export do not carry it.
 */
export async function exportJson(client: ExploreClient, dataset: string, query: Omit<RecordsQuery, 'offset'>, options: RequestOptions = {}): Promise<{ results: unknown[]; sample: boolean }> {
  const url = client.url(`/catalog/datasets/${encodeURIComponent(dataset)}/exports/json`, [
    ['select', query.select ?? ''],
    ['where', query.where ?? ''],
    ['order_by', query.orderBy ?? ''],
    ['limit', String(query.limit ?? -1)],
  ]);
  const { body, sample } = await client.get(url, dataset, options);
  if (!Array.isArray(body)) throw new DataError('malformed', 'The export is not a list of records', { url, dataset });
  return { results: body, sample };
}
