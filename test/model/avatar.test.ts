import { expect } from '@open-wc/testing';
import { avatarHue, avatarImageUrl, gravatarUrl, initials } from '../../src/model/avatar.js';

describe('avatars', () => {
  it("builds the Gravatar URL from the SHA-256 of the trimmed, lower-cased address", async () => {
    // SHA-256 of "myemailaddress@example.com", the example in Gravatar's own documentation.
    const expected = 'https://www.gravatar.com/avatar/84059b07d4be67b806386c0aad8070a23f18836bbaae342275dc0a83414c32ee';
    expect(await gravatarUrl(' MyEmailAddress@example.com ')).to.equal(expected);
    expect(await gravatarUrl('')).to.equal(null);
  });

  it('loads only https pictures, and asks Gravatar for a 404 instead of its generic face', () => {
    expect(avatarImageUrl('https://www.gravatar.com/avatar/abc', 96)).to.equal('https://www.gravatar.com/avatar/abc?s=96&d=404');
    expect(avatarImageUrl('https://lh3.googleusercontent.com/a/photo', 96)).to.equal('https://lh3.googleusercontent.com/a/photo');
    for (const unsafe of ['http://example.com/a.png', 'javascript:alert(1)', 'data:image/svg+xml,<svg/>', 'not a url', null]) {
      expect(avatarImageUrl(unsafe, 96), String(unsafe)).to.equal(null);
    }
  });

  it('writes up to two initials, in any script', () => {
    expect(initials('Ada Lovelace')).to.equal('AL');
    expect(initials('grace')).to.equal('G');
    expect(initials('Jean-Luc de la Tour')).to.equal('JT');
    expect(initials('  (Ω) omega ')).to.equal('ΩO');
    expect(initials('李 小龍')).to.equal('李小');
    expect(initials('🙂')).to.equal('?');
  });

  it('gives each name a stable hue, on which white initials stay readable (4.5:1)', () => {
    expect(avatarHue('Ada')).to.equal(avatarHue(' ada '));
    // The fallback's background: hsl(hue 55% 28%) in avatar.styles.ts.
    for (let hue = 0; hue < 360; hue++) {
      expect(contrastWithWhite(hue, 0.55, 0.28), `hue ${hue}`).to.be.at.least(4.5);
    }
  });
});

function contrastWithWhite(hue: number, saturation: number, lightness: number): number {
  const chroma = (1 - Math.abs(2 * lightness - 1)) * saturation;
  const x = chroma * (1 - Math.abs(((hue / 60) % 2) - 1));
  const [r, g, b] = hue < 60 ? [chroma, x, 0] : hue < 120 ? [x, chroma, 0] : hue < 180 ? [0, chroma, x] : hue < 240 ? [0, x, chroma] : hue < 300 ? [x, 0, chroma] : [chroma, 0, x];
  const m = lightness - chroma / 2;
  const linear = (c: number) => ((c + m) <= 0.04045 ? (c + m) / 12.92 : (((c + m) + 0.055) / 1.055) ** 2.4);
  const luminance = 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
  return 1.05 / (luminance + 0.05);
}
