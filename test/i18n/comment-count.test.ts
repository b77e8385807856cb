import { expect } from '@open-wc/testing';
import { localizationFor, type Localization } from '../../src/i18n/localization.js';

const bundled = (tag: string): Localization => {
  const l10n = localizationFor(tag);
  if (l10n instanceof Promise) throw new Error(`${tag} was not answered at once`);
  return l10n;
};

describe('Localization.commentCount (<leave-a-reply-count>)', () => {
  it('says it as WordPress does, with the plural and the number of the page\'s language', () => {
    const l10n = bundled('en-US');
    expect([0, 1, 2, 12345].map((count) => l10n.commentCount(count))).to.deep.equal([
      'No Comments',
      '1 Comment',
      '2 Comments',
      '12,345 Comments',
    ]);
    // English variants write their own numbers.
    expect(bundled('en-IN').commentCount(123456)).to.equal('1,23,456 Comments');
  });
});
