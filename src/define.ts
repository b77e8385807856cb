import { LarCommentThread } from './components/comment-thread/comment-thread.js';
import { LeaveAReply } from './components/leave-a-reply/leave-a-reply.js';
import { defineTags } from './registry.js';

/**
 * Registers every tag of the widget. The thread comes before the root, so <leave-a-reply> never
 * renders a thread that is not yet defined. The form and its identity picker show only below the
 * comments, once they have loaded: their code loads beside the first read, not before it
 * (docs/performance.md), and the form upgrades in place when it arrives.
 */
defineTags({
  'lar-comment-thread': LarCommentThread,
  'leave-a-reply': LeaveAReply,
});

void import('./reply-form.js');
