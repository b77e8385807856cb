import { expect } from '@open-wc/testing';
import { localizationFor, type Localization } from '../../src/i18n/localization.js';

/** The bundled locales answer at once: the widget's first render is already in the page's language. */
function bundled(tag: string): Localization {
  const l10n = localizationFor(tag);
  if (l10n instanceof Promise) throw new Error(`${tag} was not answered at once`);
  return l10n;
}

describe('Localization', () => {
  it('writes the heading with the right plural and number format', () => {
    const l10n = bundled('en-US');
    expect(l10n.heading(0, 'Post')).to.equal('No thoughts yet on “Post”');
    expect(l10n.heading(1, 'Post')).to.equal('One thought on “Post”');
    expect(l10n.heading(2, 'Post')).to.equal('2 thoughts on “Post”');
    expect(l10n.heading(12345, 'Post')).to.equal('12,345 thoughts on “Post”');
    expect(l10n.heading(1, '')).to.equal('One thought');
  });

  it('formats dates with Intl for the page language', () => {
    const date = new Date('2026-11-25T21:08:00Z');
    expect(bundled('en-GB').formatDate(date)).to.equal(
      new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'short' }).format(date),
    );
  });

  it('gives one object per locale, so a widget put back on the page renders nothing anew', () => {
    expect(bundled('en-GB')).to.equal(bundled('en-GB'));
    expect(bundled('en')).to.not.equal(bundled('en-GB'));
  });

  it('falls back to English for languages it has no messages for, and for nonsense', () => {
    expect(bundled('de-DE').locale).to.equal('en');
    expect(bundled('not a locale!').locale).to.equal('en');
    expect(bundled('de-DE').heading(1, 'X')).to.equal('One thought on “X”');
  });
});
