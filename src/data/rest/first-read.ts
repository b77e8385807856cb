import { firestoreOrigin, type FirebaseSettings } from '../firebase-settings.js';
import { parseComment } from '../../model/parse-comment.js';
import type { Comment } from '../../model/comment.js';
import { threadDocumentId } from '../thread-id.js';
import { fromRestFields, type RestFields } from './values.js';

/**
 * The first comments of a thread in one HTTP request: Firestore's REST `runQuery`, with the API key,
 * under the same security rules as the SDK. No SDK, no Auth, no WebChannel before the first paint;
 * the SDK arrives later for live updates (see FirestoreStore).
 */

export interface FirstRead {
  /** Published comments, oldest first; malformed documents left out. */
  comments: Comment[];
  /** The time the server read them at (RFC 3339, nanoseconds): the live listener starts after it. */
  readTime: string;
  /** Documents the server returned, for the read counts in `npm run bench`. */
  documentsRead: number;
}

/** Why the REST read failed: `status` is the HTTP status (0 when the network failed), `code` gRPC's name. */
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

interface RunQueryResult {
  document?: { name: string; fields?: RestFields };
  readTime?: string;
  error?: { code?: number; status?: string; message?: string };
}

/** The widget's thread query: published comments, oldest first. Its index is in firestore.indexes.json. */
export function threadQuery() {
  return {
    from: [{ collectionId: 'comments' }],
    where: { fieldFilter: { field: { fieldPath: 'status' }, op: 'EQUAL', value: { stringValue: 'published' } } },
    orderBy: [{ field: { fieldPath: 'createdAt' }, direction: 'ASCENDING' }],
  };
}

/**
 * How long the first read may take before the widget says it is waiting for a connection and hands
 * over to the SDK's listener, which keeps trying: a stalled connection must not leave "Loading…".
 */
export const FIRST_READ_TIMEOUT_MS = 10_000;

export async function readThread(settings: FirebaseSettings, threadKey: string, signal?: AbortSignal): Promise<FirstRead> {
  // The thread's document ID contains "%": encoded once more to travel in a URL path.
  const parent = `projects/${settings.projectId}/databases/(default)/documents/threads/${encodeURIComponent(threadDocumentId(threadKey))}`;
  const url = `${firestoreOrigin(settings)}/v1/${parent}:runQuery?key=${encodeURIComponent(settings.apiKey)}`;
  const stop = new AbortController();
  const stopWith = () => stop.abort();
  signal?.addEventListener('abort', stopWith);
  const timer = setTimeout(stopWith, FIRST_READ_TIMEOUT_MS);
  let response: Response;
  let body: RunQueryResult[] | RunQueryResult | null;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ structuredQuery: threadQuery() }),
      signal: stop.signal,
    });
    // A body that is not JSON (a proxy's error page) is judged by its status below; a body cut off by
    // the timeout is a connection that stalled.
    body = (await response.json().catch((error: unknown) => {
      if (stop.signal.aborted) throw error;
      return null;
    })) as RunQueryResult[] | RunQueryResult | null;
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new RestError(0, 'UNAVAILABLE', `Firestore could not be reached (${String(error)}).`);
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', stopWith);
  }
  const results = Array.isArray(body) ? body : body ? [body] : [];
  const failure = results.find((result) => result.error)?.error;
  if (!response.ok || failure) {
    throw new RestError(response.status, failure?.status ?? 'UNKNOWN', failure?.message ?? `HTTP ${response.status}`);
  }

  const comments: Comment[] = [];
  let readTime = '';
  let documentsRead = 0;
  for (const result of results) {
    readTime = result.readTime ?? readTime;
    if (!result.document) continue;
    documentsRead++;
    const id = result.document.name.slice(result.document.name.lastIndexOf('/') + 1);
    const comment = parseComment(id, fromRestFields(result.document.fields ?? {}));
    if (comment) comments.push(comment);
    else console.warn(`leave-a-reply: skipped the malformed comment ${result.document.name}.`);
  }
  if (!readTime) throw new RestError(response.status, 'UNKNOWN', 'Firestore answered without a read time.');
  return { comments, readTime, documentsRead };
}
