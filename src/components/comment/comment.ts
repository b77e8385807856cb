import { html, nothing } from 'lit';
import type { Localization } from '../../i18n/localization.js';
import type { Comment } from '../../model/comment.js';
import { avatarTemplate } from '../avatar/avatar.js';
import { providerIcon } from '../identity-picker/provider-icons.js';
import { PROVIDER_NAME, type Provider } from '../../model/identity.js';
import { commentBody } from '../../security/comment-html.js';
import { safeWebsiteUrl, USER_LINK_REL } from '../../security/url.js';

/**
 * One comment: who wrote it, when, and what they said. A template, not an element: a thread of a
 * thousand comments is one tree in one shadow root, which renders several times faster than a
 * thousand elements with a shadow root each. Styles: comment.styles.ts, adopted by the thread.
 * The text is sanitized here, at render time, whatever the stored document contains.
 */
export function commentTemplate(comment: Comment, l10n: Localization, avatars: boolean) {
  const { author, createdAt, pending } = comment;
  const website = safeWebsiteUrl(author.website);
  const name = website
    ? html`<a href=${website} rel="external ${USER_LINK_REL}" part="author-link">${author.name}</a>`
    : author.name;
  // One template for the item and the comment, text set as properties where it can be (a child
  // part costs a marker node and an insertion), and white space only where a screen reader needs a
  // word break: rendering a thousand comments is mostly creating their DOM.
  const m = l10n.messages.comment;
  return html`<li><article class="comment"><footer class="meta"
    >${avatarTemplate(author.name, author.avatar, avatars)}<b class="author">${name}</b>${providerMark(author.provider, m)}
    <span class="visually-hidden" .textContent=${m.says}></span>
    <time datetime=${createdAt.toISOString()} .textContent=${l10n.formatDate(createdAt)}></time>
    <span class="pending" ?hidden=${!pending} .textContent=${pending ? m.pending : ''}></span></footer>
    <div class="content" part="content">${commentBody(comment.text)}</div></article></li>`;
}
/** A small mark saying which provider vouches for the name; none for guests. */
function providerMark(provider: Provider, m: Localization['messages']['comment']) {
  if (provider === 'guest') return nothing;
  const name = PROVIDER_NAME[provider];
  return html` <span class="provider" title=${name}
    ><span aria-hidden="true">${providerIcon(provider)}</span><span class="visually-hidden" .textContent=${m.signedInWith(name)}></span
  ></span>`;
}
