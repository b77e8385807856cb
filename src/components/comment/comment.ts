import { consume } from '@lit/context';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import type { Comment } from '../../data/comment.js';
import { localizationContext, type Localization } from '../../i18n/localization.js';
import { commentBody } from '../../security/comment-html.js';
import { USER_LINK_REL } from '../../security/sanitize.js';
import { safeWebsiteUrl } from '../../security/url.js';
import { shared } from '../../styles/shared.js';
import { styles } from './comment.styles.js';

/**
 * One comment: who wrote it, when, and what they said. The text is sanitized here, at render time,
 * whatever the stored document contains.
 *
 * @csspart author-link - The link to the author's website.
 * @csspart content - The comment's text.
 */
export class LarComment extends LitElement {
  static override styles = [shared, styles];

  @consume({ context: localizationContext, subscribe: true })
  private l10n!: Localization;

  @property({ attribute: false })
  comment!: Comment;

  #body: unknown = nothing;

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Sanitizing is the costly part of a render: do it only when the text changes.
    if (changed.has('comment') && changed.get('comment')?.text !== this.comment.text) {
      this.#body = commentBody(this.comment.text);
    }
  }

  protected override render() {
    const { author, createdAt, pending } = this.comment;
    const website = safeWebsiteUrl(author.website);
    const name = website
      ? html`<a href=${website} rel="external ${USER_LINK_REL}" part="author-link">${author.name}</a>`
      : author.name;
    const validDate = !Number.isNaN(createdAt.getTime());
    return html`
      <article>
        <footer class="meta">
          <span><b class="author">${name}</b> <span class="visually-hidden">${this.l10n.messages.says}</span></span>
          ${validDate
            ? html`<time datetime=${createdAt.toISOString()}>${this.l10n.formatDate(createdAt)}</time>`
            : nothing}
          ${pending ? html`<span class="pending">${this.l10n.messages.pending}</span>` : nothing}
        </footer>
        <div class="content" part="content">${this.#body}</div>
      </article>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lar-comment': LarComment;
  }
}
