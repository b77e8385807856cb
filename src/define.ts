import { LarCommentForm } from './components/comment-form/comment-form.js';
import { LarComment } from './components/comment/comment.js';
import { LeaveAReply } from './components/leave-a-reply/leave-a-reply.js';

/**
 * Registers every tag of the widget. Does nothing for a tag that is already registered, so a page that
 * loads the script twice (a theme and a plugin, say) keeps working.
 */
const tags: Record<string, CustomElementConstructor> = {
  'leave-a-reply': LeaveAReply,
  'lar-comment': LarComment,
  'lar-comment-form': LarCommentForm,
};

for (const [tag, element] of Object.entries(tags)) {
  if (!customElements.get(tag)) customElements.define(tag, element);
}
