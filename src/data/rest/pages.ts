import type { FirebaseSettings } from '../firebase-settings.js';
import { parseComment } from '../../model/parse-comment.js';
import type { Comment } from '../../model/comment.js';
import { compareStamps } from '../../model/thread-tree.js';
import type { PageEnd, ThreadView } from '../store.js';
import { threadDocumentId } from '../thread-id.js';
import { postToThread, RestError, type RestResult } from './request.js';
import { fromRestFields, type RestFields, type RestValue } from './values.js';

/**
 * A thread's pages over Firestore's REST API (`runQuery`, with the API key, under the same security
 * rules as the SDK): no SDK, no Auth, no WebChannel before the first paint; the SDK arrives later for
 * live updates (see FirestoreStore).
 *
 * A page is two queries in a row: its top-level comments (one more than the page holds, to know
 * whether another page follows), then every reply under them, found by their top-level comment's
 * creation time (`rootCreatedAt`) between the page's first and last. Their indexes are in
 * firestore.indexes.json; the reads they cost are in docs/performance.md.
 */

export interface Page {
  /** The page's top-level comments and all their replies; malformed documents left out. */
  comments: Comment[];
  /** The page's last top-level comment, when another page follows; else null. */
  more: PageEnd | null;
  /** The time the server read the top-level comments at (RFC 3339, nanoseconds): the live listener starts after it. */
  readTime: string;
  /** Reads as Firestore bills them (a query that finds nothing costs one), for `npm run bench`. */
  documentsRead: number;
}

interface RunQueryResult extends RestResult {
  document?: { name: string; fields?: RestFields };
}

/** What a reader may list: published comments, and what deleted ones leave. The rules allow exactly these. */
const SHOWN = {
  fieldFilter: {
    field: { fieldPath: 'status' },
    op: 'IN',
    value: { arrayValue: { values: [{ stringValue: 'published' }, { stringValue: 'deleted' }] } },
  },
};

export interface PageOptions {
  signal?: AbortSignal;
  /** A permalink's top-level comment (its exact creation time): read every top-level comment up to it, then the rest of its page. */
  through?: string | null;
  /** Called once the top-level comments are known, before their replies are read: a chance to start something beside it. */
  onTopLevel?: (more: PageEnd | null) => void;
}

/** The page after `after` (null: the first page). */
export async function readPage(
  settings: FirebaseSettings,
  threadKey: string,
  view: ThreadView,
  after: PageEnd | null,
  { signal, through, onTopLevel }: PageOptions = {},
): Promise<Page> {
  const thread = new ThreadQueries(settings, threadKey, signal);
  const direction = view.order === 'oldest' ? 'ASCENDING' : 'DESCENDING';
  const topLevel = (cursor: { startAfter?: PageEnd | null; endAt?: string }, limit: number | null) => ({
    from: [{ collectionId: 'comments' }],
    where: { compositeFilter: { op: 'AND', filters: [equal('depth', { integerValue: '0' }), SHOWN] } },
    orderBy: [{ field: { fieldPath: 'createdAt' }, direction }, { field: { fieldPath: '__name__' }, direction }],
    ...(cursor.startAfter && { startAt: { values: thread.cursor(cursor.startAfter), before: false } }),
    ...(cursor.endAt && { endAt: { values: [{ timestampValue: cursor.endAt }], before: false } }),
    ...(limit !== null && { limit }),
  });

  // A permalink: every top-level comment up to its own, then the rest of that page.
  const upTo = through ? await thread.run(topLevel({ startAfter: after, endAt: through }, null)) : null;
  const before = upTo?.comments ?? [];
  const wanted = Math.max(1, Math.ceil(before.length / view.pageSize)) * view.pageSize - before.length;
  const lastBefore = before.at(-1);
  const rest = await thread.run(topLevel({ startAfter: lastBefore ? pageEnd(lastBefore) : after }, wanted + 1));
  const shown = [...before, ...rest.comments.slice(0, wanted)];
  const end = shown.at(-1);
  const more = rest.comments.length > wanted && end ? pageEnd(end) : null;
  onTopLevel?.(more);
  const replies = shown.length > 0 ? await thread.run(repliesQuery(shown)) : null;
  return {
    comments: [...before, ...rest.comments, ...(replies?.comments ?? [])],
    more,
    readTime: upTo?.readTime ?? rest.readTime,
    documentsRead: (upTo?.documentsRead ?? 0) + rest.documentsRead + (replies?.documentsRead ?? 0),
  };
}

function pageEnd(comment: Comment): PageEnd {
  return { createdStamp: comment.createdStamp, id: comment.id };
}

/** Every reply under the given top-level comments: their `rootCreatedAt` lies between the first's and the last's. */
function repliesQuery(roots: Comment[]) {
  const stamps = roots.map((root) => root.createdStamp).sort(compareStamps);
  const [earliest, latest] = [stamps[0], stamps.at(-1)];
  return {
    from: [{ collectionId: 'comments' }],
    where: {
      compositeFilter: {
        op: 'AND',
        filters: [
          SHOWN,
          { fieldFilter: { field: { fieldPath: 'rootCreatedAt' }, op: 'GREATER_THAN_OR_EQUAL', value: { timestampValue: earliest } } },
          { fieldFilter: { field: { fieldPath: 'rootCreatedAt' }, op: 'LESS_THAN_OR_EQUAL', value: { timestampValue: latest } } },
        ],
      },
    },
    orderBy: [{ field: { fieldPath: 'rootCreatedAt' } }, { field: { fieldPath: 'createdAt' } }],
  };
}

/** One comment by ID, or null when it does not exist or the reader may not see it (a permalink's). */
export async function readComment(settings: FirebaseSettings, threadKey: string, id: string, signal?: AbortSignal): Promise<Comment | null> {
  const thread = new ThreadQueries(settings, threadKey, signal);
  const found = await thread.run({
    from: [{ collectionId: 'comments' }],
    where: { compositeFilter: { op: 'AND', filters: [equal('__name__', { referenceValue: thread.documentName(id) }), SHOWN] } },
    limit: 1,
  });
  return found.comments[0] ?? null;
}

function equal(fieldPath: string, value: RestValue | { referenceValue: string }) {
  return { fieldFilter: { field: { fieldPath }, op: 'EQUAL', value } };
}

/** runQuery requests on one thread's comments. */
class ThreadQueries {
  readonly #parent: string;

  constructor(
    private readonly settings: FirebaseSettings,
    private readonly threadKey: string,
    private readonly signal?: AbortSignal,
  ) {
    this.#parent = `projects/${settings.projectId}/databases/(default)/documents/threads/${threadDocumentId(threadKey)}`;
  }

  documentName(id: string): string {
    return `${this.#parent}/comments/${id}`;
  }

  /** A top-level comment as a cursor: its creation time, then its document name. */
  cursor(end: PageEnd) {
    return [{ timestampValue: end.createdStamp }, { referenceValue: this.documentName(end.id) }];
  }

  async run(structuredQuery: unknown): Promise<{ comments: Comment[]; readTime: string; documentsRead: number }> {
    const results = await postToThread<RunQueryResult>(this.settings, this.threadKey, 'runQuery', { structuredQuery }, this.signal);
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
    if (!readTime) throw new RestError(200, 'UNKNOWN', 'Firestore answered without a read time.');
    // Firestore bills a query that finds nothing as one read.
    return { comments, readTime, documentsRead: Math.max(1, documentsRead) };
  }
}
