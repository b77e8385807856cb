/**
 * Fired by the form inside <leave-a-reply> when the reader's comment has been stored. It bubbles and crosses shadow
 * roots, so a page can listen on document, for example to count comments in its analytics.
 */
export class CommentPostedEvent extends Event {
  static readonly eventName = 'lar-comment-posted';

  /** The thread the comment was posted to. */
  readonly thread: string;

  constructor(thread: string) {
    super(CommentPostedEvent.eventName, { bubbles: true, composed: true });
    this.thread = thread;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'lar-comment-posted': CommentPostedEvent;
  }
}
