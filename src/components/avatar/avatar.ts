import { html, nothing } from 'lit';
import { avatarHue, avatarImageUrl, initials } from '../../model/avatar.js';

/**
 * A commenter's picture: their initials on a colour of their own, under the stored picture (provider
 * photo or Gravatar) when there is one and the site allows remote pictures. A picture that fails to
 * load (no Gravatar: 404) is removed, and the initials show. Decorative: the name is always beside it.
 * Styles: avatar.styles.ts, adopted by each part that shows avatars.
 */
export function avatarTemplate(name: string, stored: string | null, remote: boolean) {
  const src = remote ? avatarImageUrl(stored, 96) : null;
  return html`<span class="avatar" aria-hidden="true" style="--_hue: ${avatarHue(name)}"
    ><span class="initials">${initials(name)}</span>${src
      ? html`<img src=${src} alt="" loading="lazy" decoding="async" referrerpolicy="no-referrer" @error=${hide} />`
      : nothing}</span
  >`;
}

function hide(event: Event): void {
  (event.target as HTMLImageElement).remove();
}
