import { expect } from '@open-wc/testing';
import { loadLocalization } from '../../src/i18n/localization.js';

describe('Localization', () => {
  it('writes the heading with the right plural and number format', async () => {
    const l10n = await loadLocalization('en-US');
    expect(l10n.heading(0, 'Post')).to.equal('No thoughts yet on “Post”');
    expect(l10n.heading(1, 'Post')).to.equal('One thought on “Post”');
    expect(l10n.heading(2, 'Post')).to.equal('2 thoughts on “Post”');
    expect(l10n.heading(12345, 'Post')).to.equal('12,345 thoughts on “Post”');
    expect(l10n.heading(1, '')).to.equal('One thought');
  });

  it('formats dates with Intl for the page language', async () => {
    const date = new Date('2026-11-25T21:08:00Z');
    expect((await loadLocalization('en-GB')).formatDate(date)).to.equal(
      new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'short' }).format(date),
    );
  });

  it('falls back to English for languages it has no messages for, and for nonsense', async () => {
    expect((await loadLocalization('de-DE')).locale).to.equal('en');
    expect((await loadLocalization('not a locale!')).locale).to.equal('en');
    expect((await loadLocalization('de-DE')).heading(1, 'X')).to.equal('One thought on “X”');
  });
});
