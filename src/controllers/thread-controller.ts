import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { StoreError, type CommentStore, type PageEnd, type ThreadView, type ThreadWatch } from '../data/store.js';
import type { Comment, HeldComment } from '../model/comment.js';
import { prepareBodies } from '../security/comment-html.js';

/**
 * Keeps a host element subscribed to one thread while it is in the document: subscribes on connect,
 * unsubscribes on disconnect, and starts over when the store, the thread or the view changes.
 * A snapshot is handed to the host only once every comment in it can be rendered (markup waits for
 * the sanitizer to load), so a comment never appears without its text.
 */
export class ThreadController implements ReactiveController {
  /** Every comment read so far (threadTree says which show). */
  comments: Comment[] = [];
  /** The last loaded top-level comment while more pages follow (ThreadSnapshot.more). */
  more: PageEnd | null = null;
  /** Published comments in the thread, replies included; null until the server has counted. */
  count: number | null = null;
  /** False until the server has answered once, so an empty list may not yet mean "no comments". */
  synced = false;
  /** True once the store has answered at all: unsynced answers mean it is waiting for a connection. */
  answered = false;
  /**
   * Set when the store reports a failure: the first read that failed or did not answer in time, or a
   * live listener that stopped. The store may still answer later (its SDK listener keeps trying): the
   * next snapshot clears it. `retry()` starts over.
   */
  error: StoreError | null = null;
  /** Try again was pressed and the store has not answered since. */
  retrying = false;
  /** A page is on its way (Load more). */
  loadingMore = false;
  /** The last Load more failed; pressing it again tries again. */
  loadMoreFailed = false;
  /** A moderator's queue: the thread's pending and spam comments (ThreadSnapshot.held). */
  held: HeldComment[] = [];
  /** Closed by a moderator or the site owner (threads/{threadId}); null until known. */
  closed: boolean | null = null;
  /** The pinned comment's ID, or null. */
  pinned: string | null = null;

  readonly #host: ReactiveControllerHost;
  #store: CommentStore | null = null;
  #threadKey = '';
  #view: ThreadView = { order: 'oldest', pageSize: 50 };
  #watch: ThreadWatch | null = null;
  #connected = false;
  /** Snapshots arrive in order; one still waiting for the sanitizer must not overwrite a newer one. */
  #latest = 0;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.#connected = true;
    this.#subscribe();
  }

  hostDisconnected(): void {
    this.#connected = false;
    this.#stop();
  }

  /** Follows `threadKey` in `store` as `view` says (null: nothing); called from the host's `willUpdate`. */
  follow(store: CommentStore | null, threadKey: string, view: ThreadView): void {
    const same = this.#view.order === view.order && this.#view.pageSize === view.pageSize && this.#view.focus === view.focus;
    if (store === this.#store && threadKey === this.#threadKey && same) return;
    this.#stop();
    this.#store = store;
    this.#threadKey = threadKey;
    this.#view = view;
    this.comments = [];
    this.more = null;
    this.count = null;
    this.synced = false;
    this.answered = false;
    this.error = null;
    this.retrying = false;
    this.loadMoreFailed = false;
    // `held`, `closed` and `pinned` show only with comments: the new thread's first answer replaces them.
    if (this.#connected) this.#subscribe();
  }

  /**
   * Try again: follows the thread afresh (the first read again), keeping what is shown until the new
   * answer replaces it.
   */
  retry(): void {
    if (!this.#store || !this.#connected) return;
    this.#stop();
    this.error = null;
    this.retrying = true;
    // With nothing to show yet, the reader sees "Loading comments…" again.
    if (this.comments.length === 0) this.answered = false;
    this.#host.requestUpdate();
    this.#subscribe();
  }

  /** Fetches the next page; failures show as `loadMoreFailed`. */
  async loadMore(): Promise<void> {
    const watch = this.#watch;
    if (!watch || this.loadingMore || !this.more) return;
    this.loadingMore = true;
    this.loadMoreFailed = false;
    this.#host.requestUpdate();
    try {
      await watch.loadMore();
      // The page's snapshot may still wait for the sanitizer: #show counts it when it is shown.
      await this.#shown;
    } catch {
      this.loadMoreFailed = true;
    } finally {
      this.loadingMore = false;
      this.#host.requestUpdate();
    }
  }

  /** Settles when the latest snapshot is on its way to the host. */
  #shown: Promise<void> = Promise.resolve();

  #subscribe(): void {
    if (!this.#store || this.#watch) return;
    this.#watch = this.#store.watchThread(this.#threadKey, this.#view, {
      next: ({ synced, ...snapshot }) => {
        const { comments } = snapshot;
        const turn = ++this.#latest;
        const show = () => {
          if (turn !== this.#latest) return;
          // Everything the store knows (comments, pages, count, the thread's settings, a moderator's queue).
          Object.assign(this, snapshot, { error: null, answered: true, retrying: false });
          this.synced ||= synced;
          this.#host.requestUpdate();
        };
        // The reader's own held comments too; a moderator's queue prepares its own (moderation.ts).
        const texts = comments.flatMap((comment) => (comment.status === 'deleted' ? [] : [comment.text]));
        const ready = prepareBodies(texts);
        // The sanitizer is a chunk of its own: failing to load it is a dropped connection.
        this.#shown = ready
          ? ready.then(show, (cause: unknown) => this.#fail(new StoreError('offline', 'The comment sanitizer could not be loaded.', { cause })))
          : Promise.resolve(show());
      },
      // The watch stays open: it may still answer (its SDK listener keeps trying).
      error: (error) => this.#fail(error),
    });
  }

  #fail(error: StoreError): void {
    this.error = error;
    this.retrying = false;
    this.#host.requestUpdate();
  }

  #stop(): void {
    this.#watch?.stop();
    this.#watch = null;
    this.#latest++;
  }
}
