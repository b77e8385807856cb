import type { AccountProvider } from './model/identity.js';

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
    'lar-signed-in': SignedInEvent;
    'lar-signed-out': SignedOutEvent;
  }
}
