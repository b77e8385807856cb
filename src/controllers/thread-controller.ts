import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { StoreError, type CommentStore, type Unsubscribe } from '../data/store.js';
import type { Comment } from '../model/comment.js';
import { prepareBodies } from '../security/comment-html.js';

/**
 * Keeps a host element subscribed to one thread's comments while it is in the document: subscribes on
 * connect, unsubscribes on disconnect, and starts over when the store or the thread changes.
 * A list is handed to the host only once every comment in it can be rendered (markup waits for the
 * sanitizer to load), so a comment never appears without its text.
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
  /** Lists arrive in order; one still waiting for the sanitizer must not overwrite a newer one. */
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

  /** Follows `threadKey` in `store` (null: nothing); called from the host's `willUpdate`. */
  follow(store: CommentStore | null, threadKey: string): void {
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

  #subscribe(): void {
    if (!this.#store || this.#unsubscribe) return;
    this.#unsubscribe = this.#store.watchThread(this.#threadKey, {
      next: (comments, { synced }) => {
        const turn = ++this.#latest;
        const show = () => {
          if (turn !== this.#latest) return;
          this.comments = comments;
          this.synced ||= synced;
          this.answered = true;
          this.error = null;
          this.#host.requestUpdate();
        };
        const ready = prepareBodies(comments.map((comment) => comment.text));
        // The sanitizer is a chunk of its own: failing to load it is a dropped connection.
        if (ready) ready.then(show, (cause: unknown) => this.#fail(new StoreError('offline', 'The comment sanitizer could not be loaded.', { cause })));
        else show();
      },
      error: (error) => {
        this.#unsubscribe = null;
        this.#fail(error);
      },
    });
  }

  #fail(error: StoreError): void {
    this.error = error;
    this.#host.requestUpdate();
  }

  #stop(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = null;
    this.#latest++;
  }
}
