import { LarCommentForm } from './components/comment-form/comment-form.js';
import { LarCommentThread } from './components/comment-thread/comment-thread.js';
import { LeaveAReply } from './components/leave-a-reply/leave-a-reply.js';

/**
 * Registers every tag of the widget. Does nothing for a tag that is already registered, so a page that
 * loads the script twice (a theme and a plugin, say) keeps working. The parts are registered before
 * the root, so <leave-a-reply> never renders a part that is not yet defined.
 */
const tags: Record<string, CustomElementConstructor> = {
  'lar-comment-thread': LarCommentThread,
  'lar-comment-form': LarCommentForm,
  'leave-a-reply': LeaveAReply,
};

for (const [tag, element] of Object.entries(tags)) {
  if (!customElements.get(tag)) customElements.define(tag, element);
}
