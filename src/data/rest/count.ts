import type { FirebaseSettings } from '../firebase-settings.js';
import { postToThread, RestError, type RestResult } from './request.js';

/**
 * How many published comments a thread has, replies included, as the server counts them: one REST
 * `runAggregationQuery` with `count()`, billed as one read per 1,000 comments counted (at least one).
 * No client-kept counter, so no client can inflate it. Its only index is the automatic one on
 * `status`.
 */

interface AggregationResult extends RestResult {
  result?: { aggregateFields?: Record<string, { integerValue?: string }> };
}

/** Every published comment of the thread, replies included (deleted ones are not comments any more). */
const PUBLISHED_COMMENTS = {
  from: [{ collectionId: 'comments' }],
  where: { fieldFilter: { field: { fieldPath: 'status' }, op: 'EQUAL', value: { stringValue: 'published' } } },
};

/** Rejects with a RestError, or with the abort reason when `signal` aborted. */
export async function countComments(settings: FirebaseSettings, threadKey: string, signal?: AbortSignal): Promise<number> {
  const results = await postToThread<AggregationResult>(
    settings,
    threadKey,
    'runAggregationQuery',
    { structuredAggregationQuery: { structuredQuery: PUBLISHED_COMMENTS, aggregations: [{ alias: 'n', count: {} }] } },
    signal,
  );
  const count = Number(results.find((result) => result.result)?.result?.aggregateFields?.['n']?.integerValue);
  if (!Number.isSafeInteger(count) || count < 0) throw new RestError(200, 'UNKNOWN', 'Firestore answered the count without a number.');
  return count;
}
