/**
 * The npm entry: the element classes and their types, without registering any tag.
 * Import `leave-a-reply/define.js` to register them, as the script-tag build does.
 */
export { LarCommentForm } from './components/comment-form/comment-form.js';
export { LarComment } from './components/comment/comment.js';
export { LeaveAReply } from './components/leave-a-reply/leave-a-reply.js';
export type { Comment, CommentDraft } from './data/comment.js';
export type { FirebaseSettings } from './data/firestore-store.js';
export { StoreError, type CommentStore, type StoreErrorCode, type ThreadListener, type Unsubscribe } from './data/store.js';
export { CommentPostedEvent } from './events.js';
