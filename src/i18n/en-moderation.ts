import type { ModerationMessages } from './messages.js';

/**
 * English moderation messages: loaded with the moderators' chunk (components/comment-thread/
 * moderation.ts), never with the widget or the count. Each other locale has its own module beside
 * this one (`xx-moderation.ts`), listed in moderation.ts and loaded only for a moderator on its page.
 */
export const moderation: ModerationMessages = {
  queue: (count) => `Pending (${count.formatted})`,
  spam: (count) => `Spam (${count.formatted})`,
  action: {
    approve: 'Approve',
    unapprove: 'Unapprove',
    spam: 'Spam',
    delete: 'Delete',
    pin: 'Pin to top',
    unpin: 'Unpin',
    block: 'Block author',
    unblock: 'Unblock author',
    close: 'Close comments',
    reopen: 'Reopen comments',
  },
  // Each name begins with the button's visible text, as speech input users say it (WCAG 2.5.3).
  label(kind, name) {
    switch (kind) {
      case 'spam':
        return `Spam: mark the comment by ${name} as spam`;
      case 'block':
      case 'unblock':
        return `${moderation.action[kind]} ${name}`;
      case 'close':
      case 'reopen':
        return moderation.action[kind];
      default:
        return `${moderation.action[kind]} the comment by ${name}`;
    }
  },
  confirm(kind, name) {
    if (kind === 'block') return `Block ${name}? They will no longer be able to comment on this site.`;
    return kind === 'spam' ? `Mark the comment by ${name} as spam?` : `Delete the comment by ${name}? This cannot be undone.`;
  },
  cancel: 'Cancel',
  working: 'Saving…',
  failed: (code) =>
    code === 'offline'
      ? 'The connection was lost. Please try again.'
      : code === 'rejected' || code === 'signed-out'
        ? 'The site refused this change. Only moderators can make it: log in again if you were just made one.'
        : 'The change could not be made. Please try again.',
};
