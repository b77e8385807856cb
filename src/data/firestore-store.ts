import type { CommentDraft } from '../model/comment.js';
import type { FirebaseSettings } from './firebase-settings.js';
import type { Connection } from './firestore/connection.js';
import { toStoreError } from './firestore/errors.js';
import type { PostingSession } from './firestore/post.js';
import { readThread, RestError } from './rest/first-read.js';
import type { CommentStore, ThreadListener, Unsubscribe } from './store.js';
import { ThreadState } from './thread-state.js';

/**
 * Comments in the site owner's Firestore (layout: docs/data-model.md; what is allowed: firestore.rules).
 * It loads in three steps, each only when needed (docs/performance.md):
 *   1. the first comments: one REST request (rest/first-read.ts), no SDK;
 *   2. live updates: the Firestore SDK, when the browser is idle after the first paint, listening only
 *      for what changed since the first read (firestore/live.ts);
 *   3. posting: Auth and writes, when the reader first focuses the form (firestore/post.ts).
 * Nothing in this file imports Firebase itself; the lint rule keeps it that way.
 */
export class FirestoreStore implements CommentStore {
  /** One store per distinct settings, shared by every widget on the page that uses them. */
  static for(settings: FirebaseSettings): FirestoreStore {
    const key = JSON.stringify(settings);
    let store = stores.get(key);
    if (!store) stores.set(key, (store = new FirestoreStore(settings)));
    return store;
  }

  readonly #settings: FirebaseSettings;
  #connection: Promise<Connection> | null = null;
  #session: Promise<PostingSession> | null = null;
  /** Open watches, so that posting can bring their live listener forward. */
  readonly #watches = new Set<{ threadKey: string; goLive(): void }>();

  // Private: a second store with the same settings would need a second Firebase app of the same name.
  private constructor(settings: FirebaseSettings) {
    this.#settings = settings;
  }

  watchThread(threadKey: string, listener: ThreadListener): Unsubscribe {
    const aborted = new AbortController();
    let state = new ThreadState();
    let since: string | null = null;
    let firstReadDone = false;
    let wantLive = false;
    let stopLive: Unsubscribe | null = null;

    const startLive = () => {
      if (stopLive || aborted.signal.aborted) return;
      stopLive = () => {};
      Promise.all([import('./firestore/live.js'), this.#connect()])
        .then(([{ listen }, connection]) => {
          if (aborted.signal.aborted) return;
          stopLive = listen(connection, threadKey, since, {
            changes: (changed, removed, meta) => {
              state.apply(changed, removed);
              listener.next(state.comments, meta);
            },
            error: (error) => listener.error(error),
          });
        })
        .catch((error: unknown) => {
          if (!aborted.signal.aborted) listener.error(toStoreError(error));
        });
    };
    const watch = {
      threadKey,
      goLive: () => {
        wantLive = true;
        if (firstReadDone) startLive();
      },
    };
    this.#watches.add(watch);

    readThread(this.#settings, threadKey, aborted.signal).then(
      (first) => {
        if (aborted.signal.aborted) return;
        performance.mark('leave-a-reply:read', { detail: { via: 'rest', documents: first.documentsRead, initial: true } });
        state = new ThreadState(first.comments);
        since = first.readTime;
        firstReadDone = true;
        listener.next(state.comments, { synced: true });
        if (wantLive) startLive();
        else whenIdle(watch.goLive);
      },
      (error: unknown) => {
        if (aborted.signal.aborted) return;
        firstReadDone = true;
        if (error instanceof RestError && error.status === 0) {
          // Offline: say so, and let the SDK's listener read the whole thread once it can.
          listener.next([], { synced: false });
          startLive();
        } else {
          listener.error(toStoreError(error));
        }
      },
    );

    return () => {
      aborted.abort();
      this.#watches.delete(watch);
      stopLive?.();
    };
  }

  async postComment(threadKey: string, draft: CommentDraft): Promise<void> {
    try {
      for (const watch of this.#watches) if (watch.threadKey === threadKey) watch.goLive();
      const [{ postComment }, session] = await Promise.all([import('./firestore/post.js'), this.#postingSession()]);
      await postComment(session, threadKey, draft);
    } catch (error) {
      throw toStoreError(error);
    }
  }

  prepareToPost(): void {
    this.#postingSession().catch(() => {
      // Posting will try again, and report what fails.
    });
  }

  #connect(): Promise<Connection> {
    if (!this.#connection) {
      this.#connection = import('./firestore/connection.js').then(({ openConnection }) => openConnection(this.#settings));
      // A chunk that did not load (a dropped connection) may load on the next try.
      this.#connection.catch(() => (this.#connection = null));
    }
    return this.#connection;
  }

  #postingSession(): Promise<PostingSession> {
    if (!this.#session) {
      this.#session = Promise.all([import('./firestore/post.js'), this.#connect()]).then(([{ openPostingSession }, connection]) =>
        openPostingSession(connection),
      );
      this.#session.catch(() => (this.#session = null));
    }
    return this.#session;
  }
}

const stores = new Map<string, FirestoreStore>();

/** After the first paint, when the browser has nothing better to do (at the latest after 2 s). */
function whenIdle(run: () => void): void {
  if ('requestIdleCallback' in window) requestIdleCallback(run, { timeout: 2000 });
  else setTimeout(run, 200);
}
