import { html } from 'lit';
import type { Localization } from '../../i18n/localization.js';
import type { Comment } from '../../model/comment.js';
import { commentBody } from '../../security/comment-html.js';
import { safeWebsiteUrl, USER_LINK_REL } from '../../security/url.js';

/**
 * One comment: who wrote it, when, and what they said. A template, not an element: a thread of a
 * thousand comments is one tree in one shadow root, which renders several times faster than a
 * thousand elements with a shadow root each. Styles: comment.styles.ts, adopted by the thread.
 * The text is sanitized here, at render time, whatever the stored document contains.
 */
export function commentTemplate(comment: Comment, l10n: Localization) {
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
    ><b class="author">${name}</b> <span class="visually-hidden" .textContent=${m.says}></span>
    <time datetime=${createdAt.toISOString()} .textContent=${l10n.formatDate(createdAt)}></time>
    <span class="pending" ?hidden=${!pending} .textContent=${pending ? m.pending : ''}></span></footer>
    <div class="content" part="content">${commentBody(comment.text)}</div></article></li>`;
}