import { TOP_LEVEL, type Comment, type CommentDraft, type CommentPlace, type PublishedComment } from '../model/comment.js';
import type { FirebaseSettings } from './firebase-settings.js';
import { FirebaseProject } from './firebase-project.js';
import { toStoreError } from './firestore/errors.js';
import { countComments } from './rest/count.js';
import { readComment, readPage } from './rest/pages.js';
import { FIRST_READ_TIMEOUT_MS, RestError } from './rest/request.js';
import { StoreError, type CommentStore, type ModerationAction, type PageEnd, type PostAs, type ThreadListener, type ThreadSnapshot, type ThreadView, type ThreadWatch, type Unsubscribe } from './store.js';
import { ThreadState } from './thread-state.js';
import { Outbox, pendingComment, type QueuedPost } from './outbox.js';

/**
 * Comments in the site owner's Firestore (layout: docs/data-model.md; what is allowed: firestore.rules).
 * It loads in three steps, each only when needed (docs/performance.md):
 *   1. the first page of comments and the count: REST requests (rest/), no SDK;
 *   2. live updates: the Firestore SDK, when the browser is idle after the first paint, listening only
 *      for what changed since the first read (firestore/live.ts);
 *   3. writing: Auth and writes, when the reader first focuses the form (firestore/writes.ts).
 * With the live updates comes the thread's own document (closed, pinned). A reader with a comment held
 * for moderation (remembered in this browser), and a moderator, also get Auth when the browser is idle
 * and follow the held comments they may read (firestore/held.ts); moderators' actions are
 * firestore/moderation.ts, loaded at their first.
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
  readonly #watches = new Set<Watch>();
  readonly #outbox: Outbox;
  /** Posts being sent, by ID: sending one twice at once would only be refused the second time. */
  readonly #sending = new Map<string, Promise<string>>();

  // Private: one store per project (FirestoreStore.for).
  private constructor(project: FirebaseProject) {
    this.#project = project;
    this.#outbox = new Outbox(project.key);
  }

  watchThread(threadKey: string, view: ThreadView, listener: ThreadListener): ThreadWatch {
    const { settings } = this.#project;
    const aborted = new AbortController();
    const state = new ThreadState();
    let more: PageEnd | null = null;
    let count: number | null = null;
    let synced = false;
    let since: string | null = null;
    /** The last confirmed change the live listener heard: where a listener that failed starts again. */
    let heardUntil: string | null = null;
    let firstReadDone = false;
    /** The first read failed and the reader was told so: only comments, or the server's answer, replace that. */
    let failed = false;
    let wantLive = false;
    let stopLive: Unsubscribe | null = null;
    let recount: ReturnType<typeof setTimeout> | undefined;
    let relisten: ReturnType<typeof setTimeout> | undefined;
    let relistenDelay = RELISTEN_FIRST_MS;
    let giveUp: ReturnType<typeof setTimeout> | undefined;
    /**
     * The thread document (closed, pinned) and a moderator's queue (held; the reader's own held
     * comments are in `state`, in place), followed with the live updates (followThreadExtras in firestore/live.ts).
     */
    const thread: Pick<ThreadSnapshot, 'held' | 'closed' | 'pinned'> = { held: [], closed: null, pinned: null };
    let stopExtras: Unsubscribe | null = null;

    // Once every page is loaded, the watch holds the whole thread and counts it itself.
    const report = () => {
      // "Waiting for a connection…" must not replace "Comments could not be loaded." and its Try again.
      if (failed && !synced && state.comments.length === 0) return;
      listener.next({ comments: state.comments, more, count: more ? count : synced ? countShown(state) : null, synced, ...thread });
    };
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
        .then(([{ listen, followThreadExtras }, connection]) => {
          if (aborted.signal.aborted) return;
          stopExtras ??= followThreadExtras(connection, { project: this.#project, threadKey, state, thread, changed: report, fail });
          stopLive = listen(connection, threadKey, heardUntil ?? since, {
            changes: (changed, removed, meta) => {
              // The count moves at once with what the listener hears; the recount below makes it exact.
              if (count !== null) count += countedChange(state, changed, removed, since);
              state.apply('live', changed, removed);
              // Without a first read (offline at first), the listener reads the whole thread.
              if (!since) more = null;
              else heardUntil = lastConfirmed(changed, heardUntil);
              synced ||= meta.synced;
              if (meta.synced) {
                relistenDelay = RELISTEN_FIRST_MS;
                clearTimeout(giveUp);
              }
              if (more && count !== null && meta.synced && (removed.length > 0 || changed.some((comment) => !comment.pending))) countAgain();
              report();
            },
            error: (error) => {
              // The SDK retries a lost connection by itself and never reports it; a listener that
              // reports an error has stopped. One the server may accept later starts again, from the
              // last change it heard, less and less often; the others are the reader's to know about.
              stopLive = null;
              if (aborted.signal.aborted) return;
              if (error.code === 'offline' || error.code === 'unknown') {
                relisten = setTimeout(startLive, relistenDelay);
                relistenDelay = Math.min(relistenDelay * 2, RELISTEN_MAX_MS);
              } else {
                fail(error);
              }
            },
          });
        })
        .catch((error: unknown) => {
          // The SDK's chunk did not load: a later goLive (a write, Try again) tries again.
          stopLive = null;
          fail(error);
        });
    };
    const watch: Watch = {
      threadKey,
      goLive: () => {
        wantLive = true;
        if (firstReadDone) startLive();
      },
      // The reader's own posts that the server does not have yet, pending until it does.
      queued: (post) => {
        state.queue(pendingComment(post));
        report();
      },
      unqueued: (id) => {
        state.unqueue(id);
        report();
      },
    };
    this.#watches.add(watch);
    for (const post of this.#outbox.list(threadKey)) {
      state.queue(pendingComment(post));
      // Posted from an earlier page and not yet accepted: sent again, under the same ID.
      this.#send(post).catch(() => {});
    }

    // The count costs a request and a read: only a thread with more than one page needs it, and it
    // runs beside the replies' read. A thread shown whole is counted by what it shows (report).
    const firstRead = async (signal: AbortSignal) => {
      // A permalink to a comment that is gone (or never was) opens the thread at its start.
      const focus = view.focus ? await readComment(settings, threadKey, view.focus, signal).catch(() => null) : null;
      const through = focus ? (focus.rootCreatedAt ?? focus.createdStamp) : null;
      let counting: Promise<number | null> = Promise.resolve(null);
      const onTopLevel = (pages: PageEnd | null) => {
        if (pages) counting = countComments(settings, threadKey, signal).catch(() => null);
      };
      const page = await readPage(settings, threadKey, view, null, { signal, through, onTopLevel });
      return [page, await counting] as const;
    };
    // Every request of the first read together gets FIRST_READ_TIMEOUT_MS: a server that answers
    // one request and stalls on the next must not keep "Loading comments…" up longer.
    const readFirst = () => {
      const attempt = new AbortController();
      const stopAttempt = () => attempt.abort(aborted.signal.reason);
      aborted.signal.addEventListener('abort', stopAttempt);
      const deadline = setTimeout(
        () => attempt.abort(new RestError(0, 'DEADLINE_EXCEEDED', `Firestore did not answer within ${FIRST_READ_TIMEOUT_MS / 1000} s.`)),
        FIRST_READ_TIMEOUT_MS,
      );
      firstRead(attempt.signal)
        .finally(() => {
          clearTimeout(deadline);
          aborted.signal.removeEventListener('abort', stopAttempt);
        })
        .then(
          ([page, counted]) => {
            if (aborted.signal.aborted) return;
            performance.mark('leave-a-reply:read', { detail: { via: 'rest', documents: page.documentsRead + (counted === null ? 0 : 1), initial: true } });
            state.apply('page', page.comments);
            more = page.more;
            count = counted;
            since = page.readTime;
            synced = true;
            failed = false;
            clearTimeout(giveUp);
            firstReadDone = true;
            report();
            if (wantLive) startLive();
            else whenIdle(watch.goLive);
          },
          (error: unknown) => {
            if (aborted.signal.aborted) return;
            firstReadDone = true;
            if (!(error instanceof RestError && error.status === 0)) {
              fail(error);
              return;
            }
            // Whatever the reader is told, the SDK's listener reads the whole thread once it can.
            startLive();
            if (synced || failed) return;
            if (navigator.onLine === false) {
              // The browser knows it is offline: say so, read again when it is back, and give the
              // reader Try again if it stays away.
              report();
              window.addEventListener('online', onceOnline, { once: true });
              giveUp = setTimeout(() => {
                if (synced) return;
                failed = true;
                window.removeEventListener('online', onceOnline);
                fail(error);
              }, OFFLINE_PATIENCE_MS);
            } else {
              failed = true;
              fail(error);
            }
          },
        );
    };
    const onceOnline = () => {
      if (!synced && !aborted.signal.aborted) readFirst();
    };
    readFirst();

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
        clearTimeout(relisten);
        clearTimeout(giveUp);
        window.removeEventListener('online', onceOnline);
        this.#watches.delete(watch);
        stopLive?.();
        stopExtras?.();
      },
    };
  }

  async postComment(threadKey: string, draft: CommentDraft, as: PostAs = { kind: 'guest', avatar: null }, place: CommentPlace = TOP_LEVEL, honeypot = ''): Promise<string> {
    // The same form's earlier post, never sent (offline, refused): this one takes its ID and place.
    const earlier = this.#outbox.find(threadKey, place.parentId);
    const post = await this.#write(threadKey, ({ queuePost }, connection, auth) =>
      queuePost(connection, auth, threadKey, draft, as, place, honeypot, earlier?.id),
    );
    this.#outbox.put(post);
    for (const watch of this.#watches) if (watch.threadKey === threadKey) watch.queued(post);
    return this.#send(post);
  }

  resumePost(threadKey: string, parentId: string | null): Promise<string> | null {
    const post = this.#outbox.find(threadKey, parentId);
    return post ? this.#send(post) : null;
  }

  async editComment(threadKey: string, comment: PublishedComment, text: string): Promise<void> {
    await this.#write(threadKey, ({ editComment }, connection, auth) => editComment(connection, auth, threadKey, comment, text));
  }

  async deleteComment(threadKey: string, comment: PublishedComment): Promise<void> {
    await this.#write(threadKey, ({ deleteComment }, connection, auth) => deleteComment(connection, auth, threadKey, comment));
  }

  async moderate(threadKey: string, action: ModerationAction): Promise<void> {
    await this.#write(threadKey, ({ moderate }, connection, auth) => moderate(connection, auth, threadKey, action));
  }

  prepareToPost(): void {
    Promise.all([import('./firestore/writes.js'), this.#project.connection(), this.#project.auth()])
      .then(([{ openForm }, connection, auth]) => openForm(connection, auth))
      .catch(() => {
        // Posting opens the form again if this failed, and reports what fails.
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

  /**
   * Sends a queued post until the server has it. A lost connection is waited out: the post stays in
   * the outbox, this page tries again when the browser is back online (or every minute), and the next
   * page if this one closes. A refusal is final: the post leaves the outbox, and the reader keeps the
   * text in the form.
   */
  #send(post: QueuedPost): Promise<string> {
    let sending = this.#sending.get(post.id);
    if (!sending) {
      sending = this.#sendUntilOnline(post).then(
        () => {
          this.#outbox.remove(post.id);
          return post.id;
        },
        (error: unknown) => {
          this.#outbox.remove(post.id);
          for (const watch of this.#watches) if (watch.threadKey === post.threadKey) watch.unqueued(post.id);
          throw toStoreError(error);
        },
      );
      const settled = () => this.#sending.delete(post.id);
      sending.then(settled, settled);
      this.#sending.set(post.id, sending);
    }
    return sending;
  }

  async #sendUntilOnline(post: QueuedPost): Promise<void> {
    for (;;) {
      try {
        return await this.#write(post.threadKey, ({ sendPost }, connection, auth) => sendPost(connection, auth, post));
      } catch (error) {
        if (!(error instanceof StoreError) || error.code !== 'offline') throw error;
        await backOnline();
      }
    }
  }
}

const stores = new WeakMap<FirebaseProject, FirestoreStore>();

/** An open watch, as the store's writes reach it. */
interface Watch {
  threadKey: string;
  goLive(): void;
  queued(post: QueuedPost): void;
  unqueued(id: string): void;
}

/** Resolves when the browser says it is online again, or after a minute, whichever comes first. */
function backOnline(): Promise<void> {
  return new Promise((done) => {
    const again = () => {
      clearTimeout(timer);
      window.removeEventListener('online', again);
      done();
    };
    const timer = setTimeout(again, 60_000);
    window.addEventListener('online', again);
  });
}

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

/**
 * A live listener that failed with an error the server may get over starts again after 1 s, then
 * 2 s, 4 s… up to a minute between tries, as the SDK itself backs off from a lost connection.
 */
const RELISTEN_FIRST_MS = 1000;
const RELISTEN_MAX_MS = 60_000;

/**
 * How long a reader whose browser says it is offline sees "Waiting for a connection…" before Try
 * again: a connection that drops for a moment (a tunnel, a change of network) comes back within it,
 * and the first read runs again by itself when it does; one that stays away gets the reader the button.
 */
const OFFLINE_PATIENCE_MS = 30_000;

/** The later of `until` and the last confirmed write among `changed` (RFC 3339, as the listener takes it). */
function lastConfirmed(changed: readonly Comment[], until: string | null): string | null {
  let last = until ? Date.parse(until) : -Infinity;
  for (const comment of changed) if (!comment.pending) last = Math.max(last, comment.updatedAt.getTime());
  return Number.isFinite(last) ? new Date(last).toISOString() : until;
}
