import { LarCommentForm } from './components/comment-form/comment-form.js';
import { LarIdentityPicker } from './components/identity-picker/identity-picker.js';
import { defineTags } from './registry.js';

/** "Leave a Reply": loaded by define.ts once the widget is registered (the picker first: the form renders it). */
defineTags({
  'lar-identity-picker': LarIdentityPicker,
  'lar-comment-form': LarCommentForm,
});
