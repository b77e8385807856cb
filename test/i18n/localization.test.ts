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
    expect(bundled('sv-SE').locale).to.equal('en');
    expect(bundled('not a locale!').locale).to.equal('en');
    expect(bundled('sv-SE').heading(1, 'X')).to.equal('One thought on “X”');
  });

  it('loads the other shipped languages on demand, then gives the same object at once', async () => {
    const asked = localizationFor('de-AT');
    expect(asked).to.be.instanceOf(Promise);
    const german = await asked;
    expect(german.locale).to.equal('de-AT');
    expect(german.heading(1, 'X')).to.equal('Ein Gedanke zu „X“');
    expect(localizationFor('de-AT')).to.equal(german);
  });

  it('gives every Portuguese page the Brazilian sentences, with its own dates and numbers', async () => {
    const european = await localizationFor('pt-PT');
    expect(european.locale).to.equal('pt-PT');
    expect(european.commentCount(1234)).to.equal(`${new Intl.NumberFormat('pt-PT').format(1234)} comentários`);
    expect((await localizationFor('pt')).commentCount(1)).to.equal('1 comentário');
  });

  it('gives Simplified Chinese to zh, zh-CN, zh-SG and zh-Hans, and English to Traditional Chinese pages', async () => {
    for (const tag of ['zh', 'zh-CN', 'zh-SG', 'zh-Hans']) expect((await localizationFor(tag)).commentCount(2), tag).to.equal('2条评论');
    // Simplified sentences beside Traditional dates would mix two scripts: English until zh-TW is written.
    for (const tag of ['zh-TW', 'zh-HK', 'zh-Hant']) expect(bundled(tag).locale, tag).to.equal('en');
  });

  it('writes dates and relative times of a non-English page with Intl, in its language', async () => {
    const german = await localizationFor('de');
    const date = new Date('2026-11-25T21:08:00Z');
    expect(german.formatDate(date)).to.equal(new Intl.DateTimeFormat('de', { dateStyle: 'long', timeStyle: 'short' }).format(date));
    expect(german.formatDate(date)).to.contain('25. November 2026');
    const now = date.getTime();
    expect(german.formatWhen(new Date(now - 5 * 60_000), now)).to.equal('vor 5 Minuten');
    expect(german.formatWhen(new Date(now - 3 * 3600_000), now)).to.equal('vor 3 Stunden');
    expect(german.formatWhen(new Date(now - 10_000), now)).to.equal('jetzt');
  });

  it('says which way each language is written', async () => {
    expect((await localizationFor('ar-EG')).dir).to.equal('rtl');
    expect((await localizationFor('ja')).dir).to.equal('ltr');
    // Hebrew has no messages yet: English, left to right, rather than English laid out right to left.
    expect(bundled('he').dir).to.equal('ltr');
  });
});
