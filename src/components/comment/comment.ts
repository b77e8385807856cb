import { html, nothing, type TemplateResult } from 'lit';
import type { Localization } from '../../i18n/localization.js';
import type { Comment, WrittenComment } from '../../model/comment.js';
import { avatarTemplate } from '../avatar/avatar.js';
import { providerIcon } from '../identity-picker/provider-icons.js';
import { PROVIDER_NAME, type Provider } from '../../model/identity.js';
import { commentBody } from '../../security/comment-html.js';
import { safeWebsiteUrl, USER_LINK_REL } from '../../security/url.js';

/** What a reader may do with a comment, and what they are doing with it now. */
export interface CommentOptions {
  l10n: Localization;
  avatars: boolean;
  /** Now, for relative dates ("5 minutes ago"). */
  now: number;
  /** Show Reply (the thread is open and the comment can be answered). */
  reply: boolean;
  /** Show Edit and Delete (the reader's own comment, inside the edit window). */
  change: boolean;
  /** In place of the text or the actions: the edit box, or the question before deleting. */
  editing?: TemplateResult | undefined;
  confirming?: TemplateResult | undefined;
  /** Pinned to the top of the thread by a moderator: labelled so. */
  pinned?: boolean;
  /**
   * A moderator's buttons for the comment, or their question before one (moderation.ts). A held
   * comment with them is in the moderator's queue: "Your comment is awaiting moderation." is for its
   * author, who has none.
   */
  moderating?: TemplateResult | undefined;
}

/**
 * One comment: who wrote it, when (a permalink), what they said, and what the reader can do with it.
 * A template, not an element: a thread of a thousand comments is one tree in one shadow root, which
 * renders several times faster than a thousand elements with a shadow root each. Styles:
 * comment.styles.ts, adopted by the thread. The text is sanitized here, at render time, whatever the
 * stored document contains. Buttons carry `data-action` and `data-id`: the thread handles their clicks
 * in one listener, so templates hold no functions and can be kept between renders.
 */
export function commentTemplate(comment: Comment, options: CommentOptions): TemplateResult {
  if (comment.status === 'deleted') {
    return html`<article class="comment deleted" part="comment"><p class="notice" .textContent=${options.l10n.messages.comment.deleted}></p></article>`;
  }
  const { author, createdAt, pending, editedAt } = comment;
  const { l10n } = options;
  const website = safeWebsiteUrl(author.website);
  const name = website
    ? html`<a href=${website} rel="external ${USER_LINK_REL}" part="author-link">${author.name}</a>`
    : author.name;
  // One template for the comment, text set as properties where it can be (a child part costs a marker
  // node and an insertion), and white space only where a screen reader needs a word break: rendering a
  // thousand comments is mostly creating their DOM.
  const m = l10n.messages.comment;
  const exact = l10n.formatDate(createdAt);
  // Held, in its author's view (a moderator's queue has the buttons instead): greyed, with the notice.
  const held = comment.status !== 'published' && !options.moderating;
  return html`<article class="comment${held ? ' held' : ''}" part="comment"><footer class="meta"
    >${avatarTemplate(author.name, author.avatar, options.avatars)}<b class="author" part="author">${name}</b>${providerMark(author.provider, m)}${options.pinned
      ? html` <strong class="pinned" .textContent=${m.pinned}></strong>`
      : nothing}
    <span class="visually-hidden" .textContent=${m.says}></span>
    <a class="permalink" href="#comment-${comment.id}"><time part="date" datetime=${createdAt.toISOString()} title=${exact}
      .textContent=${l10n.formatWhen(createdAt, options.now)}></time></a
    >${editedAt ? html` <span class="edited" title=${l10n.formatDate(editedAt)} .textContent=${m.edited}></span>` : nothing}
    <span class="pending" ?hidden=${!pending} .textContent=${pending ? m.pending : ''}></span></footer>
    ${held ? html`<p class="notice" .textContent=${m.held}></p>` : nothing}
    ${options.editing ?? html`<div class="content" part="content">${commentBody(comment.text)}</div>`}
    ${options.confirming ?? actions(comment, options)}${options.moderating ?? nothing}</article>`;
}

function actions(comment: WrittenComment, { l10n, reply, change }: CommentOptions) {
  if (!reply && !change) return nothing;
  const m = l10n.messages.comment;
  return html`<p class="actions" part="actions">${reply
    ? html`<button type="button" class="link" part="action" data-action="reply" data-id=${comment.id} aria-label=${m.replyTo(comment.author.name)}
        .textContent=${m.reply}></button>`
    : nothing}${change
    ? html` <button type="button" class="link" part="action" data-action="edit" data-id=${comment.id} .textContent=${m.edit}></button>
        <button type="button" class="link" part="action" data-action="delete" data-id=${comment.id} .textContent=${m.delete}></button>`
    : nothing}</p>`;
}

/** A small mark saying which provider vouches for the name; none for guests. */
function providerMark(provider: Provider, m: Localization['messages']['comment']) {
  if (provider === 'guest') return nothing;
  const name = PROVIDER_NAME[provider];
  return html` <span class="provider" title=${name}
    ><span aria-hidden="true">${providerIcon(provider)}</span><span class="visually-hidden" .textContent=${m.signedInWith(name)}></span
  ></span>`;
}
