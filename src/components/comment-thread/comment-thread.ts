import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { tellSiteOwner } from '../../config/site-owner-console.js';
import { WidgetContext } from '../../context/widget-context.js';
import { ThreadController } from '../../controllers/thread-controller.js';
import type { Localization } from '../../i18n/localization.js';
import type { Comment } from '../../model/comment.js';
import { shared } from '../../styles/shared.js';
import { styles as avatarStyles } from '../avatar/avatar.styles.js';
import { styles as commentStyles } from '../comment/comment.styles.js';
import { commentTemplate } from '../comment/comment.js';
import { styles } from './comment-thread.styles.js';

/**
 * "N thoughts on “Title”" and the comments, live, then the form (its slotted child) once the store
 * has answered. Reads the store and the thread from <leave-a-reply>. Marks
 * `leave-a-reply:first-comments` in the page's performance timeline when the first comments are on
 * screen, for `npm run bench` and anyone's own measurements.
 *
 * @slot - The form, shown below the comments once they have loaded.
 * @csspart author-link - The link to a commenter's website.
 * @csspart content - A comment's text.
 */
export class LarCommentThread extends LitElement {
  static override styles = [shared, avatarStyles, commentStyles, styles];

  readonly #context = new WidgetContext(this);
  readonly #thread = new ThreadController(this);
  #marked = false;
  /**
   * Each comment's template, kept while the comment object and the language stay the same: a live
   * update re-renders the list, and the comments that did not change then cost next to nothing.
   */
  #items = new WeakMap<Comment, TemplateResult>();
  #itemsMadeFor: { l10n: Localization; avatars: boolean } | null = null;

  protected override willUpdate(): void {
    // Does nothing while the store and the thread stay the same.
    this.#thread.follow(this.#context.store, this.#context.thread?.threadKey ?? '');
  }

  protected override updated(): void {
    const { error, synced } = this.#thread;
    if (error) tellSiteOwner(error);
    if (synced && !this.#marked) {
      this.#marked = true;
      performance.mark('leave-a-reply:first-comments', { detail: { comments: this.#thread.comments.length } });
    }
  }

  #item(comment: Comment, l10n: Localization, avatars: boolean): TemplateResult {
    if (this.#itemsMadeFor?.l10n !== l10n || this.#itemsMadeFor.avatars !== avatars) {
      this.#items = new WeakMap();
      this.#itemsMadeFor = { l10n, avatars };
    }
    let item = this.#items.get(comment);
    if (!item) this.#items.set(comment, (item = commentTemplate(comment, l10n, avatars)));
    return item;
  }

  protected override render() {
    const { comments, synced, answered, error } = this.#thread;
    const { l10n, thread, identity } = this.#context;
    const m = l10n.messages.thread;
    // The form (slotted by <leave-a-reply>) appears with the first answer, below what it answered:
    // nothing the reader can see moves when the comments arrive.
    const form = html`<slot></slot>`;
    if (error && comments.length === 0) return html`<p class="notice" role="alert">${m.loadFailed}</p>${form}`;
    if (!answered) return html`<p class="notice loading" role="status">${m.loading}</p>`;
    if (!synced && comments.length === 0) return html`<p class="notice" role="status">${m.waitingForConnection}</p>${form}`;
    return html`
      <h2>${l10n.heading(comments.length, thread?.postTitle ?? '')}</h2>
      ${comments.length > 0
        ? html`<ol class="comment-list">
            ${repeat(comments, (comment) => comment.id, (comment) => this.#item(comment, l10n, identity.avatars))}
          </ol>`
        : nothing}
      ${form}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lar-comment-thread': LarCommentThread;
  }
}
