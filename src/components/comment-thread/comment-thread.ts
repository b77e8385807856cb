import { consume } from '@lit/context';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { tellSiteOwner } from '../../config/site-owner-console.js';
import { localizationContext, storeContext, threadContext, type ThreadInfo } from '../../context/contexts.js';
import { ThreadController } from '../../controllers/thread-controller.js';
import type { CommentStore } from '../../data/store.js';
import type { Localization } from '../../i18n/localization.js';
import type { Comment } from '../../model/comment.js';
import { shared } from '../../styles/shared.js';
import { styles as commentStyles } from '../comment/comment.styles.js';
import { commentTemplate } from '../comment/comment.js';
import { styles } from './comment-thread.styles.js';

/**
 * "N thoughts on “Title”" and the comments, live. Reads the store and the thread from
 * <leave-a-reply>. Marks `leave-a-reply:first-comments` in the page's performance timeline when the
 * first comments are on screen, for `npm run bench` and anyone's own measurements.
 *
 * @csspart author-link - The link to a commenter's website.
 * @csspart content - A comment's text.
 */
export class LarCommentThread extends LitElement {
  static override styles = [shared, commentStyles, styles];

  @consume({ context: storeContext, subscribe: true })
  @state()
  private store: CommentStore | null = null;

  @consume({ context: threadContext, subscribe: true })
  @state()
  private thread: ThreadInfo | null = null;

  @consume({ context: localizationContext, subscribe: true })
  @state()
  private l10n!: Localization;

  readonly #thread = new ThreadController(this);
  #marked = false;
  /**
   * Each comment's template, kept while the comment object and the language stay the same: a live
   * update re-renders the list, and the comments that did not change then cost next to nothing.
   */
  #items = new WeakMap<Comment, TemplateResult>();
  #itemsLanguage: Localization | null = null;

  // Untyped: the consumed fields are private, and PropertyValues<this> only knows public keys.
  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('store') || changed.has('thread')) this.#thread.follow(this.store, this.thread?.threadKey ?? '');
  }

  protected override updated(): void {
    const { error, synced } = this.#thread;
    if (error) tellSiteOwner(error);
    if (synced && !this.#marked) {
      this.#marked = true;
      performance.mark('leave-a-reply:first-comments', { detail: { comments: this.#thread.comments.length } });
    }
  }

  #item(comment: Comment): TemplateResult {
    if (this.#itemsLanguage !== this.l10n) {
      this.#items = new WeakMap();
      this.#itemsLanguage = this.l10n;
    }
    let item = this.#items.get(comment);
    if (!item) this.#items.set(comment, (item = commentTemplate(comment, this.l10n)));
    return item;
  }

  protected override render() {
    const { comments, synced, answered, error } = this.#thread;
    const m = this.l10n.messages.thread;
    if (error && comments.length === 0) return html`<p class="notice" role="alert">${m.loadFailed}</p>`;
    if (!synced && comments.length === 0) {
      return html`<p class="notice" role="status">${answered ? m.waitingForConnection : m.loading}</p>`;
    }
    return html`
      <h2>${this.l10n.heading(comments.length, this.thread?.postTitle ?? '')}</h2>
      ${comments.length > 0
        ? html`<ol class="comment-list">
            ${repeat(comments, (comment) => comment.id, (comment) => this.#item(comment))}
          </ol>`
        : nothing}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lar-comment-thread': LarCommentThread;
  }
}
