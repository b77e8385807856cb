import { html, noChange, nothing } from 'lit';
import { Directive, directive, type ElementPart } from 'lit/directive.js';
import { avatarHue, avatarImageUrl, initials } from '../../model/avatar.js';

/**
 * A commenter's picture: their initials on a colour of their own, under the stored picture (provider
 * photo or Gravatar) when there is one and the site allows remote pictures. A picture that fails to
 * load (no Gravatar: 404) is removed, and the initials show. Decorative: the name is always beside it.
 * Styles: avatar.styles.ts, adopted by each part that shows avatars.
 */
export function avatarTemplate(name: string, stored: string | null, remote: boolean) {
  const src = remote ? avatarImageUrl(stored, 96) : null;
  return html`<span class="avatar" part="avatar" aria-hidden="true" ${hue(avatarHue(name))}
    ><span class="initials">${initials(name)}</span>${src
      ? html`<img src=${src} alt="" loading="lazy" decoding="async" referrerpolicy="no-referrer" @error=${hide} />`
      : nothing}</span
  >`;
}

/**
 * The colour, set through the element's style object rather than a `style` attribute: that is inline
 * CSS, which a strict Content-Security-Policy refuses (docs/content-security-policy.md).
 */
class Hue extends Directive {
  // The parameters say what the directive takes; update() is what applies it.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  render(_hue: number): unknown {
    return nothing;
  }

  override update(part: ElementPart, [value]: [number]): unknown {
    (part.element as HTMLElement).style.setProperty('--_hue', String(value));
    return noChange;
  }
}

const hue = directive(Hue);

function hide(event: Event): void {
  (event.target as HTMLImageElement).remove();
}
