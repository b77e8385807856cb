import { LeaveAReplyCount } from './components/comment-count/comment-count.js';
import { defineTags } from './registry.js';

/**
 * Registers <leave-a-reply-count>: what the loader imports for an index page's counts, without the
 * widget (no Lit, no Firebase). The script-tag build makes it a chunk of its own (vite.config.ts).
 */
defineTags({ 'leave-a-reply-count': LeaveAReplyCount });
