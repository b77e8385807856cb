/**
 * The npm entry: the element classes and their types, without registering any tag.
 * Import `leave-a-reply/define.js` to register them, as the script-tag build does.
 */
export { LeaveAReplyCount } from './components/comment-count/comment-count.js';
export { LarCommentForm } from './components/comment-form/comment-form.js';
export { LarCommentThread } from './components/comment-thread/comment-thread.js';
export { LarIdentityPicker } from './components/identity-picker/identity-picker.js';
export { LeaveAReply } from './components/leave-a-reply/leave-a-reply.js';
export { AccountError, type AccountErrorCode, type AccountService, type SignInOutcome, type SignInSeam } from './data/accounts.js';
export { FirebaseAccounts } from './data/firebase-accounts.js';
export type { FirebaseSettings } from './data/firebase-settings.js';
export { FirestoreStore } from './data/firestore-store.js';
export {
  StoreError,
  type CommentStore,
  type PageEnd,
  type PostAs,
  type StoreErrorCode,
  type ThreadListener,
  type ThreadSnapshot,
  type ThreadView,
  type ThreadWatch,
  type Unsubscribe,
} from './data/store.js';
export { CommentPostedEvent, ReplyTargetEvent, SignedInEvent, SignedOutEvent } from './events.js';
export type { Comment, CommentDraft, CommentPlace, DeletedComment, PublishedComment } from './model/comment.js';
export type { Account, AccountProvider, Provider } from './model/identity.js';
