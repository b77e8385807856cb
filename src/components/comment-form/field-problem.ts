import type { Localization } from '../../i18n/localization.js';
import { LIMITS, type DraftField, type FieldProblem } from '../../model/comment.js';

const LIMIT_OF: Record<DraftField, number> = {
  text: LIMITS.textMax,
  name: LIMITS.nameMax,
  email: LIMITS.emailMax,
  website: LIMITS.websiteMax,
};

/** The sentence under a field the reader must fix: the form's comment box and the picker's fields. */
export function fieldProblemText(l10n: Localization, field: DraftField, problem: FieldProblem): string {
  const m = l10n.messages.form;
  switch (problem) {
    case 'required':
      return field === 'website' ? m.invalidWebsite : m.required[field];
    case 'too-long':
      return m.tooLong(l10n.formatNumber(LIMIT_OF[field]));
    case 'too-many-links':
      return m.tooManyLinks(l10n.formatNumber(LIMITS.linksMax));
    case 'invalid-email':
      return m.invalidEmail;
    case 'invalid-website':
      return m.invalidWebsite;
  }
}
