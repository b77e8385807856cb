import type { PublishedComment } from './model/comment.js';
import type { AccountProvider } from './model/identity.js';

/**
 * Fired by the form inside <leave-a-reply> when the reader's comment has been stored. It bubbles and crosses shadow
 * roots, so a page can listen on document, for example to count comments in its analytics.
 */
export class CommentPostedEvent extends Event {
  static readonly eventName = 'lar-comment-posted';

  /** The thread the comment was posted to. */
  readonly thread: string;
  /** The new comment's ID (its permalink is `#comment-<id>`). */
  readonly commentId: string;
  /**
   * Its parent: the comment it replies to, or, for a reply to a comment at the max-depth limit, that
   * comment's parent (the reply sits beside it). Null at the top level.
   */
  readonly parentId: string | null;

  constructor(thread: string, commentId: string, parentId: string | null) {
    super(CommentPostedEvent.eventName, { bubbles: true, composed: true });
    this.thread = thread;
    this.commentId = commentId;
    this.parentId = parentId;
  }
}

/**
 * Fired when the reader presses Reply on a comment (the form then moves under it) and, with a null
 * `comment`, when they press Cancel reply. Bubbles and crosses shadow roots.
 */
export class ReplyTargetEvent extends Event {
  static readonly eventName = 'lar-reply-target';

  constructor(readonly comment: PublishedComment | null) {
    super(ReplyTargetEvent.eventName, { bubbles: true, composed: true });
  }
}

/** Fired when the reader signs in with a provider in the identity picker. Bubbles and crosses shadow roots. */
export class SignedInEvent extends Event {
  static readonly eventName = 'lar-signed-in';

  /** The provider they signed in with: `google`, `github`, … */
  readonly provider: AccountProvider;

  constructor(provider: AccountProvider) {
    super(SignedInEvent.eventName, { bubbles: true, composed: true });
    this.provider = provider;
  }
}

/** Fired when the reader presses Log Out in the identity picker. Bubbles and crosses shadow roots. */
export class SignedOutEvent extends Event {
  static readonly eventName = 'lar-signed-out';

  constructor() {
    super(SignedOutEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'lar-comment-posted': CommentPostedEvent;
    'lar-reply-target': ReplyTargetEvent;
    'lar-signed-in': SignedInEvent;
    'lar-signed-out': SignedOutEvent;
  }
}
