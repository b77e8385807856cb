import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Comment, CommentDraft } from '../data/comment.js';
import type { CommentStore, StoreError, Unsubscribe } from '../data/store.js';

/**
 * Keeps a host element subscribed to one thread's comments while it is in the document: subscribes on
 * connect, unsubscribes on disconnect, and starts over when the store or the thread changes.
 */
export class ThreadController implements ReactiveController {
  /** Published comments, oldest first. */
  comments: Comment[] = [];
  /** False until the server has answered once, so an empty list may not yet mean "no comments". */
  synced = false;
  /** True once the store has answered at all: unsynced answers mean it is waiting for a connection. */
  answered = false;
  /** Set when the subscription failed; the store has then stopped listening. */
  error: StoreError | null = null;

  readonly #host: ReactiveControllerHost;
  #store: CommentStore | null = null;
  #threadKey = '';
  #unsubscribe: Unsubscribe | null = null;
  #connected = false;

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

  /** Follows `threadKey` in `store`; called from the host's `willUpdate`, so it does not request one. */
  follow(store: CommentStore, threadKey: string): void {
    if (store === this.#store && threadKey === this.#threadKey) return;
    this.#stop();
    this.#store = store;
    this.#threadKey = threadKey;
    this.comments = [];
    this.synced = false;
    this.answered = false;
    this.error = null;
    if (this.#connected) this.#subscribe();
  }

  /** Stops following anything: the host's settings became unusable. */
  unfollow(): void {
    this.#stop();
    this.#store = null;
    this.#threadKey = '';
  }

  post(draft: CommentDraft): Promise<void> {
    if (!this.#store) return Promise.reject(new Error('ThreadController.post called before follow.'));
    return this.#store.postComment(this.#threadKey, draft);
  }

  #subscribe(): void {
    if (!this.#store || this.#unsubscribe) return;
    this.#unsubscribe = this.#store.watchThread(this.#threadKey, {
      next: (comments, { synced }) => {
        this.comments = comments;
        this.synced ||= synced;
        this.answered = true;
        this.error = null;
        this.#host.requestUpdate();
      },
      error: (error) => {
        this.error = error;
        this.#unsubscribe = null;
        this.#host.requestUpdate();
      },
    });
  }

  #stop(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = null;
  }
}
