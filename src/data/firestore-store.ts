import type { CommentDraft } from '../model/comment.js';
import type { FirebaseSettings } from './firebase-settings.js';
import { FirebaseProject } from './firebase-project.js';
import { toStoreError } from './firestore/errors.js';
import { readThread, RestError } from './rest/first-read.js';
import type { CommentStore, PostAs, ThreadListener, Unsubscribe } from './store.js';
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
    const project = FirebaseProject.for(settings);
    let store = stores.get(project);
    if (!store) stores.set(project, (store = new FirestoreStore(project)));
    return store;
  }

  readonly #project: FirebaseProject;
  /** Open watches, so that posting can bring their live listener forward. */
  readonly #watches = new Set<{ threadKey: string; goLive(): void }>();

  // Private: one store per project (FirestoreStore.for).
  private constructor(project: FirebaseProject) {
    this.#project = project;
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
      Promise.all([import('./firestore/live.js'), this.#project.connection()])
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

    readThread(this.#project.settings, threadKey, aborted.signal).then(
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

  async postComment(threadKey: string, draft: CommentDraft, as: PostAs = { kind: 'guest', avatar: null }): Promise<void> {
    try {
      for (const watch of this.#watches) if (watch.threadKey === threadKey) watch.goLive();
      const [{ postComment }, connection, auth] = await Promise.all([
        import('./firestore/post.js'),
        this.#project.connection(),
        this.#project.auth(),
      ]);
      await postComment(connection, auth, threadKey, draft, as);
    } catch (error) {
      throw toStoreError(error);
    }
  }

  prepareToPost(): void {
    Promise.all([import('./firestore/post.js'), this.#project.auth()]).catch(() => {
      // Posting will try again, and report what fails.
    });
  }
}

const stores = new WeakMap<FirebaseProject, FirestoreStore>();

/** After the first paint, when the browser has nothing better to do (at the latest after 2 s). */
function whenIdle(run: () => void): void {
  if ('requestIdleCallback' in window) requestIdleCallback(run, { timeout: 2000 });
  else setTimeout(run, 200);
}
