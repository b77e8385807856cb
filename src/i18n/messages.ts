import type { DraftField, FieldProblem } from '../data/comment.js';
import type { StoreErrorCode } from '../data/store.js';

/**
 * Every sentence the widget shows. A locale module exports one object of this shape; sentences with
 * numbers receive a plural category from Intl.PluralRules, so each language can have its own forms.
 */
export interface Messages {
  /** "One thought on “Title”". `formatted` is `count` written for the locale. */
  heading(count: { value: number; formatted: string; plural: Intl.LDMLPluralRule }, title: string): string;
  loading: string;
  waitingForConnection: string;
  loadFailed: string;
  /** Shown in place of the widget when the site owner's attributes are wrong. */
  unavailable: string;
  /** Follows the author's name, for screen readers: "Ada says:". */
  says: string;
  pending: string;

  replyTitle: string;
  requiredNote: string;
  commentLabel: string;
  nameLabel: string;
  emailLabel: string;
  emailHint: string;
  websiteLabel: string;
  submit: string;
  submitting: string;
  fieldProblem(field: DraftField, problem: FieldProblem, limit: string): string;
  postFailed(code: StoreErrorCode): string;
  stillSending: string;
  posted: string;
}
