import { appCheckHeaders } from '../app-check.js';
import { firestoreOrigin, type FirebaseSettings } from '../firebase-settings.js';
import { threadDocumentId } from '../thread-id.js';

/**
 * One POST to Firestore's REST API on a thread's document (`runQuery`, `runAggregationQuery`), with
 * the API key, under the same security rules as the SDK. Loader-safe: no SDK.
 */

/** Why a REST request failed: `status` is the HTTP status (0 when the network failed), `code` gRPC's name. */
export class RestError extends Error {
  override readonly name = 'RestError';

  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/**
 * How long the first read (all its requests together) and each later read may take before the widget
 * gives up on it: then the reader sees "Comments could not be loaded." with Try again, rather than
 * "Loading comments…" forever, and the SDK's listener keeps trying meanwhile. 10 s: a page of comments
 * over a slow mobile connection arrives well within it, it is about as long as readers wait for a page
 * before they leave, and it is the time the Firestore SDK itself gives its backend before it reports
 * the client offline.
 */
export const FIRST_READ_TIMEOUT_MS = 10_000;

/** One element of a REST query's answer: a result, a read time, or an error. */
export interface RestResult {
  readTime?: string;
  error?: { code?: number; status?: string; message?: string };
}

/**
 * Resolves with the answer's elements, or rejects with a RestError (status 0 when the network failed
 * or nothing answered within `timeoutMs`), or with the abort reason when `signal` aborted.
 */
export async function postToThread<Result extends RestResult>(
  settings: FirebaseSettings,
  threadKey: string,
  action: 'runQuery' | 'runAggregationQuery',
  body: unknown,
  signal?: AbortSignal,
  timeoutMs = FIRST_READ_TIMEOUT_MS,
): Promise<Result[]> {
  // The thread's document ID contains "%": encoded once more to travel in a URL path.
  const parent = `projects/${settings.projectId}/databases/(default)/documents/threads/${encodeURIComponent(threadDocumentId(threadKey))}`;
  const url = `${firestoreOrigin(settings)}/v1/${parent}:${action}?key=${encodeURIComponent(settings.apiKey)}`;
  const stop = new AbortController();
  const stopWith = () => stop.abort();
  signal?.addEventListener('abort', stopWith);
  const timer = setTimeout(stopWith, timeoutMs);
  let response: Response;
  let answer: Result[] | Result | null;
  try {
    response = await fetch(url, {
      method: 'POST',
      // The App Check token (when the site owner turned it on) waits within this request's timeout.
      headers: { 'Content-Type': 'application/json', ...(await appCheckHeaders(settings, stop.signal)) },
      body: JSON.stringify(body),
      signal: stop.signal,
    });
    // A body that is not JSON (a proxy's error page) is judged by its status below; a body cut off by
    // the timeout is a connection that stalled.
    answer = (await response.json().catch((error: unknown) => {
      if (stop.signal.aborted) throw error;
      return null;
    })) as Result[] | Result | null;
  } catch (error) {
    if (signal?.aborted) throw signal.reason;
    throw new RestError(0, 'UNAVAILABLE', `Firestore could not be reached (${String(error)}).`);
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', stopWith);
  }
  const results = Array.isArray(answer) ? answer : answer ? [answer] : [];
  const failure = results.find((result) => result.error)?.error;
  if (!response.ok || failure) {
    throw new RestError(response.status, failure?.status ?? 'UNKNOWN', failure?.message ?? `HTTP ${response.status}`);
  }
  return results;
}
