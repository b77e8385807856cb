import type { Comment, CommentDraft, CommentPlace, PublishedComment } from '../model/comment.js';
import type { FirebaseSettings } from './firebase-settings.js';
import { FirebaseProject } from './firebase-project.js';
import { toStoreError } from './firestore/errors.js';
import { countComments } from './rest/count.js';
import { readComment, readPage } from './rest/pages.js';
import { RestError } from './rest/request.js';
import type { CommentStore, PageEnd, PostAs, ThreadListener, ThreadView, ThreadWatch, Unsubscribe } from './store.js';
import { ThreadState } from './thread-state.js';

/**
 * Comments in the site owner's Firestore (layout: docs/data-model.md; what is allowed: firestore.rules).
 * It loads in three steps, each only when needed (docs/performance.md):
 *   1. the first page of comments and the count: REST requests (rest/), no SDK;
 *   2. live updates: the Firestore SDK, when the browser is idle after the first paint, listening only
 *      for what changed since the first read (firestore/live.ts);
 *   3. writing: Auth and writes, when the reader first focuses the form (firestore/writes.ts).
 * Later pages come over REST too. Nothing in this file imports Firebase itself; the lint rule keeps it
 * that way.
 */
export class FirestoreStore implements CommentStore {
  /** One store per distinct settings, shared by every widget on the page that uses them. */
  static for(settings: FirebaseSettings): FirestoreStore {
    const project = FirebaseProject.for(settings);
    let store = stores.get(project);
    if (!store) stores.set(project, (store = new FirestoreStore(project)));
    return store;
  }

  readonly #project: FirebaseProject;
  /** Open watches, so that writing can bring their live listener forward. */
  readonly #watches = new Set<{ threadKey: string; goLive(): void }>();

  // Private: one store per project (FirestoreStore.for).
  private constructor(project: FirebaseProject) {
    this.#project = project;
  }

  watchThread(threadKey: string, view: ThreadView, listener: ThreadListener): ThreadWatch {
    const { settings } = this.#project;
    const aborted = new AbortController();
    const state = new ThreadState();
    let more: PageEnd | null = null;
    let count: number | null = null;
    let synced = false;
    let since: string | null = null;
    let firstReadDone = false;
    let wantLive = false;
    let stopLive: Unsubscribe | null = null;
    let recount: ReturnType<typeof setTimeout> | undefined;

    // Once every page is loaded, the watch holds the whole thread and counts it itself.
    const report = () => listener.next({ comments: state.comments, more, count: more ? count : synced ? countShown(state) : null, synced });
    const fail = (error: unknown) => {
      if (!aborted.signal.aborted) listener.error(toStoreError(error));
    };
    // The count follows the changes the listener hears of, one aggregation (one read) per burst.
    const countAgain = () => {
      clearTimeout(recount);
      recount = setTimeout(() => {
        countComments(settings, threadKey, aborted.signal).then((counted) => {
          count = counted;
          if (!aborted.signal.aborted) report();
        }, () => {
          // The next change counts again; meanwhile the last count stands.
        });
      }, RECOUNT_DELAY_MS);
    };

    const startLive = () => {
      if (stopLive || aborted.signal.aborted) return;
      stopLive = () => {};
      Promise.all([import('./firestore/live.js'), this.#project.connection()])
        .then(([{ listen }, connection]) => {
          if (aborted.signal.aborted) return;
          stopLive = listen(connection, threadKey, since, {
            changes: (changed, removed, meta) => {
              // The count moves at once with what the listener hears; the recount below makes it exact.
              if (count !== null) count += countedChange(state, changed, removed, since);
              state.apply('live', changed, removed);
              // Without a first read (offline at first), the listener reads the whole thread.
              if (!since) more = null;
              synced ||= meta.synced;
              if (more && count !== null && meta.synced && (removed.length > 0 || changed.some((comment) => !comment.pending))) countAgain();
              report();
            },
            error: fail,
          });
        })
        .catch(fail);
    };
    const watch = {
      threadKey,
      goLive: () => {
        wantLive = true;
        if (firstReadDone) startLive();
      },
    };
    this.#watches.add(watch);

    // The count costs a request and a read: only a thread with more than one page needs it, and it
    // runs beside the replies' read. A thread shown whole is counted by what it shows (report).
    const firstRead = async () => {
      // A permalink to a comment that is gone (or never was) opens the thread at its start.
      const focus = view.focus ? await readComment(settings, threadKey, view.focus, aborted.signal).catch(() => null) : null;
      const through = focus ? (focus.rootCreatedAt ?? focus.createdStamp) : null;
      let counting: Promise<number | null> = Promise.resolve(null);
      const onTopLevel = (pages: PageEnd | null) => {
        if (pages) counting = countComments(settings, threadKey, aborted.signal).catch(() => null);
      };
      const page = await readPage(settings, threadKey, view, null, { signal: aborted.signal, through, onTopLevel });
      return [page, await counting] as const;
    };
    firstRead().then(
      ([page, counted]) => {
        if (aborted.signal.aborted) return;
        performance.mark('leave-a-reply:read', { detail: { via: 'rest', documents: page.documentsRead + (counted === null ? 0 : 1), initial: true } });
        state.apply('page', page.comments);
        more = page.more;
        count = counted;
        since = page.readTime;
        synced = true;
        firstReadDone = true;
        report();
        if (wantLive) startLive();
        else whenIdle(watch.goLive);
      },
      (error: unknown) => {
        if (aborted.signal.aborted) return;
        firstReadDone = true;
        if (error instanceof RestError && error.status === 0) {
          // Offline: say so, and let the SDK's listener read the whole thread once it can.
          report();
          startLive();
        } else {
          fail(error);
        }
      },
    );

    return {
      loadMore: async () => {
        if (!more) return;
        try {
          const page = await readPage(settings, threadKey, view, more, { signal: aborted.signal });
          performance.mark('leave-a-reply:read', { detail: { via: 'rest', documents: page.documentsRead, initial: false } });
          state.apply('page', page.comments);
          more = page.more;
          // The last page: from now on the watch holds the whole thread and counts it itself.
          if (!more) count = null;
          report();
        } catch (error) {
          if (!aborted.signal.aborted) throw toStoreError(error);
        }
      },
      stop: () => {
        aborted.abort();
        clearTimeout(recount);
        this.#watches.delete(watch);
        stopLive?.();
      },
    };
  }

  async postComment(threadKey: string, draft: CommentDraft, as: PostAs = { kind: 'guest', avatar: null }, place?: CommentPlace): Promise<string> {
    return this.#write(threadKey, ({ postComment }, connection, auth) => postComment(connection, auth, threadKey, draft, as, place));
  }

  async editComment(threadKey: string, comment: PublishedComment, text: string): Promise<void> {
    await this.#write(threadKey, ({ editComment }, connection, auth) => editComment(connection, auth, threadKey, comment, text));
  }

  async deleteComment(threadKey: string, comment: PublishedComment): Promise<void> {
    await this.#write(threadKey, ({ deleteComment }, connection, auth) => deleteComment(connection, auth, threadKey, comment));
  }

  prepareToPost(): void {
    Promise.all([import('./firestore/writes.js'), this.#project.auth()]).catch(() => {
      // Writing will try again, and report what fails.
    });
  }

  /** Loads what writing needs, brings the thread's listeners forward (the writer sees the result live), and writes. */
  async #write<T>(
    threadKey: string,
    write: (
      writes: typeof import('./firestore/writes.js'),
      connection: Awaited<ReturnType<FirebaseProject['connection']>>,
      auth: Awaited<ReturnType<FirebaseProject['auth']>>,
    ) => Promise<T>,
  ): Promise<T> {
    try {
      for (const watch of this.#watches) if (watch.threadKey === threadKey) watch.goLive();
      const [writes, connection, auth] = await Promise.all([import('./firestore/writes.js'), this.#project.connection(), this.#project.auth()]);
      return await write(writes, connection, auth);
    } catch (error) {
      throw toStoreError(error);
    }
  }
}

const stores = new WeakMap<FirebaseProject, FirestoreStore>();

/** Published and confirmed: what the server's count includes. */
const counted = (comment: Comment | undefined) => comment?.status === 'published' && !comment.pending;

const countShown = (state: ThreadState) => state.comments.filter(counted).length;

/**
 * How the server's count changes with what the listener reports: a confirmed new comment adds one, a
 * deletion takes one. A comment the watch had not read and that was not written after the first read
 * is left to the recount: whether the count already had it is unknown.
 */
function countedChange(state: ThreadState, changed: readonly Comment[], removed: readonly string[], since: string | null): number {
  let change = 0;
  for (const comment of changed) {
    const known = state.get(comment.id);
    if (known || (since && comment.createdAt.getTime() > Date.parse(since))) change += Number(counted(comment)) - Number(counted(known));
  }
  for (const id of removed) change -= Number(counted(state.get(id)));
  return change;
}

/** Changes arrive in bursts (a comment and its confirmation): one count after each burst. */
const RECOUNT_DELAY_MS = 1000;

/** After the first paint, when the browser has nothing better to do (at the latest after 2 s). */
function whenIdle(run: () => void): void {
  if ('requestIdleCallback' in window) requestIdleCallback(run, { timeout: 2000 });
  else setTimeout(run, 200);
}
