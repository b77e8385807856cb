import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { tellSiteOwner } from '../../config/site-owner-console.js';
import { WidgetContext } from '../../context/widget-context.js';
import { ReplyTargetEvent } from '../../events.js';
import { OwnCommentsController } from '../../controllers/own-comments-controller.js';
import { ThreadController } from '../../controllers/thread-controller.js';
import { RECENT_MS, type Localization } from '../../i18n/localization.js';
import { replyPlace, type Comment } from '../../model/comment.js';
import { shownComments, threadTree, type ThreadNode } from '../../model/thread-tree.js';
import { controls } from '../../styles/controls.js';
import { shared } from '../../styles/shared.js';
import { styles as avatarStyles } from '../avatar/avatar.styles.js';
import { styles as commentStyles } from '../comment/comment.styles.js';
import { commentTemplate, type CommentOptions } from '../comment/comment.js';
import type { CommentChanges } from './comment-changes.js';
import type { Moderation } from './moderation.js';
import { styles } from './comment-thread.styles.js';
import { focusUnlessMovedOn } from './focus.js';

/** Relative dates ("5 minutes ago") are brought up to date this often. */
const CLOCK_MS = 30_000;

/**
 * "N thoughts on “Title”" and the conversation: top-level comments a page at a time (Load more
 * comments), replies nested under them, each with Reply, and Edit and Delete for the reader's own
 * within the edit window. Then the form (its slotted child), or "Comments are closed." (the `closed`
 * attribute, or a moderator's Close comments, live). The reader's own comments held for moderation
 * show in place, greyed; the pinned comment comes first. A moderator also gets the Pending (N) queue,
 * buttons on every comment and Close / Reopen comments (moderation.ts, loaded only for them).
 *
 * What others post while the reader is looking waits behind "1 new comment" rather than moving the
 * text under their eyes; edits and deletions show at once. A `#comment-<id>` address (a permalink)
 * opens the thread at that comment, on whatever page holds it.
 *
 * Reads the store and the thread from <leave-a-reply>. Marks `leave-a-reply:first-comments` in the
 * page's performance timeline when the first comments are on screen, for `npm run bench`.
 *
 * @slot - The form, shown below the comments once they have loaded.
 * @slot reply - The form, while it answers a comment (`replyTo`): under that comment.
 * @fires lar-reply-target - The reader pressed Reply; `event.comment` is the comment.
 * @csspart author-link - The link to a commenter's website.
 * @csspart content - A comment's text.
 * @csspart comment - Each comment (its <article>).
 * @csspart author - A commenter's name.
 * @csspart avatar - A commenter's picture or initials.
 * @csspart date - A comment's date.
 * @csspart actions - Reply, Edit and Delete under a comment.
 * @csspart heading - "N thoughts on “Title”".
 * @csspart button - Load more comments, Try again, "N new comments".
 * @csspart notice - Loading, failures, "Comments are closed."
 */
export class LarCommentThread extends LitElement {
  static override styles = [shared, controls, avatarStyles, commentStyles, styles];

  /** The ID of the comment the form answers, which shows the `reply` slot under it; null: at the end. */
  @property({ attribute: false }) replyTo: string | null = null;

  readonly #context = new WidgetContext(this);
  readonly #thread = new ThreadController(this);
  readonly #own = new OwnCommentsController(this);
  /** Edit and Delete, loaded when an author first presses one of them. */
  #changes: CommentChanges | null = null;
  /** A moderator's queue and buttons, loaded once the reader's account is a moderator's. */
  #moderation: Moderation | null = null;
  #loadingModeration: Promise<void> | null = null;
  #marked = false;
  #now = Date.now();
  #clock: ReturnType<typeof setInterval> | undefined;

  /** The permalink's comment, from `#comment-<id>`: the first read goes as far as its page. */
  #focus: string | null = permalinkTarget();
  /** Scrolled to and highlighted once; later updates leave the reader where they are. */
  #focusShown = false;
  #highlighted: string | null = null;
  #scrollTo: string | null = null;

  /** Comments the reader has been shown, or could see; and those waiting behind "N new comments". */
  #revealed = new Set<string>();
  #held = new Set<string>();
  #revealEverything = true;
  /** The comment to give focus after the next render (a loaded page's first, the first new one). */
  #focusNext: string | null = null;
  /** Try again was pressed: focus stays with what replaces it (the loading notice, the answer). */
  #focusRetry = false;

  /**
   * Each comment's template, kept while the comment object, the language and the settings stay the
   * same: a live update re-renders the list, and the comments that did not change then cost next to
   * nothing. Recent comments (their date moves) and the reader's own are made afresh.
   */
  #items = new WeakMap<Comment, TemplateResult>();
  #itemsMadeFor: unknown[] = [];

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.#onHashChange);
    this.#clock = setInterval(() => {
      this.#now = Date.now();
      if (this.#thread.comments.some((comment) => this.#now - comment.createdAt.getTime() < RECENT_MS)) this.requestUpdate();
    }, CLOCK_MS);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.#onHashChange);
    clearInterval(this.#clock);
  }

  protected override willUpdate(): void {
    const { thread, store, accounts } = this.#context;
    // Each does nothing while what it follows stays the same.
    this.#thread.follow(store, thread?.threadKey ?? '', {
      order: thread?.order ?? 'oldest',
      pageSize: thread?.pageSize ?? 50,
      focus: this.#focus,
    });
    // Who the reader is matters only for their own comments' Edit and Delete: asked once the comments are here.
    if (this.#thread.synced) this.#own.follow(accounts);
    if (this.#own.account?.moderator && !this.#loadingModeration) {
      this.#loadingModeration = import('./moderation.js').then(({ Moderation }) => {
        this.#moderation = new Moderation(this, this.#thread);
        this.requestUpdate();
      }, () => void (this.#loadingModeration = null));
    }
    this.#now = Date.now();
    this.#sortArrivals();
  }

  /** A comment the list moves (pinned on another page, say) keeps the focus in it: moving a node blurs it. */
  protected override update(changed: PropertyValues): void {
    const root = this.renderRoot as ShadowRoot;
    const kept = root.activeElement;
    super.update(changed);
    if (kept?.isConnected && !root.activeElement) (kept as HTMLElement).focus({ preventScroll: true });
  }

  protected override updated(): void {
    const { error, synced } = this.#thread;
    if (error) tellSiteOwner(error);
    if (synced && !this.#marked) {
      this.#marked = true;
      performance.mark('leave-a-reply:first-comments', { detail: { comments: this.#thread.comments.length } });
    }
    if (this.#scrollTo && this.#item(this.#scrollTo)) {
      const item = this.#item(this.#scrollTo);
      this.#scrollTo = null;
      // A page's `scroll-behavior: smooth` would glide there: not for a reader who asked for less motion.
      item?.scrollIntoView({ block: 'center', behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'instant' : 'auto' });
      item?.focus({ preventScroll: true });
    }
    if (this.#focusNext) {
      this.#item(this.#focusNext)?.focus();
      this.#focusNext = null;
    }
    this.#moveFocusAfterChange();
    this.#moderation?.moveFocus(this.renderRoot);
    this.#moveFocusAfterRetry();
  }

  /** Whether the thread takes no comments: the `closed` attribute, or closed by a moderator (live). */
  get #closed(): boolean {
    return !!(this.#context.thread?.closed || this.#thread.closed);
  }

  /** Gives focus to a comment's Reply button (after Cancel reply). */
  focusReply(id: string): void {
    this.#item(id)?.querySelector<HTMLElement>('[data-action="reply"]')?.focus();
  }

  /** Scrolls to a comment and gives it focus, once it is on screen (after posting a reply, say). */
  showComment(id: string): void {
    this.#revealed.add(id);
    this.#scrollTo = id;
    this.requestUpdate();
  }

  #item(id: string): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(`#comment-${CSS.escape(id)}`);
  }

  /** A permalink followed on this page: to a comment on screen, or to one on a page not loaded yet. */
  readonly #onHashChange = (): void => {
    const target = permalinkTarget();
    if (!target) return;
    if (shownComments(this.#tree()).some((comment) => comment.id === target)) {
      this.#highlighted = this.#scrollTo = target;
      this.#revealed.add(target);
      this.#held.delete(target);
    } else {
      // The first read starts over, as far as the page that holds it.
      this.#highlighted = null;
      this.#focus = target;
      this.#focusShown = false;
    }
    this.requestUpdate();
  };

  /**
   * Decides, for every comment that would show and is new to the reader, whether it shows now or
   * waits behind "N new comments": the reader's own, the first answer and a loaded page show at once;
   * another reader's waits while the thread is on screen or above it, where a new comment would move
   * what the reader is looking at.
   */
  #sortArrivals(): void {
    const { comments, synced } = this.#thread;
    if (!synced) return;
    const shown = shownComments(this.#tree(comments));
    const onScreen = this.isConnected && this.getBoundingClientRect().top < window.innerHeight;
    for (const comment of shown) {
      if (this.#revealed.has(comment.id) || this.#held.has(comment.id)) continue;
      // A page the reader asked for shows whole, whenever its comments arrive.
      const asked = this.#revealEverything || this.#thread.loadingMore;
      if (asked || comment.pending || this.#own.isOwn(comment) || !onScreen) this.#revealed.add(comment.id);
      else this.#held.add(comment.id);
    }
    this.#revealEverything = false;
    if (this.#focus && !this.#focusShown && shown.some((comment) => comment.id === this.#focus)) {
      this.#focusShown = true;
      this.#highlighted = this.#scrollTo = this.#focus;
      this.#revealed.add(this.#focus);
      this.#held.delete(this.#focus);
    }
  }

  #showNew(): void {
    const first = [...this.#held][0] ?? null;
    for (const id of this.#held) this.#revealed.add(id);
    this.#held.clear();
    this.#scrollTo = first;
    this.requestUpdate();
  }

  async #loadMore(): Promise<void> {
    const before = new Set(this.#tree().map((node) => node.comment.id));
    await this.#thread.loadMore();
    // Focus goes to the first comment of the new page, where the reader reads on.
    this.#focusNext = this.#tree().find((node) => !before.has(node.comment.id))?.comment.id ?? null;
    this.#revealEverything = true;
    this.requestUpdate();
  }

  /** What shows of `comments` (by default every comment read), in the thread's order and nesting. */
  #tree(comments = this.#thread.comments): ThreadNode[] {
    const thread = this.#context.thread;
    return threadTree(comments, { order: thread?.order ?? 'oldest', more: this.#thread.more, levels: thread?.levels ?? 5, pinned: this.#thread.pinned });
  }

  /** Clicks on every comment's buttons, in one listener: templates hold no functions. */
  #onClick(event: Event): void {
    if (this.#moderation?.click(event)) return;
    const button = (event.target as Element).closest<HTMLElement>('button[data-action]');
    const comment = this.#thread.comments.find((candidate) => candidate.id === button?.dataset['id']);
    if (!button || comment?.status !== 'published') return;
    const action = button.dataset['action'];
    if (action === 'reply') {
      this.dispatchEvent(new ReplyTargetEvent(comment));
      return;
    }
    const { store, thread } = this.#context;
    const until = comment.createdAt.getTime() + (thread?.editWindowMinutes ?? 15) * 60_000;
    void this.#loadChanges().then((changes) => {
      if (action === 'edit') changes.edit(comment);
      else if (action === 'delete') changes.askToDelete(comment);
      else if (action === 'cancel-change') changes.cancel();
      else if (action === 'commit-change' && store && thread) void changes.commit(store, thread.threadKey, comment, until);
    });
  }

  async #loadChanges(): Promise<CommentChanges> {
    if (!this.#changes) {
      const { CommentChanges } = await import('./comment-changes.js');
      this.#changes ??= new CommentChanges(this);
    }
    return this.#changes;
  }

  #moveFocusAfterChange(): void {
    const focus = this.#changes?.focusAfter;
    if (!this.#changes || !focus) return;
    this.#changes.focusAfter = null;
    const item = this.#item(focus.id);
    const selector = { edit: 'textarea', confirm: '[data-action="commit-change"]', actions: '[data-action="edit"]', comment: null }[focus.target];
    focusUnlessMovedOn(item, selector ? item?.querySelector<HTMLElement>(selector) ?? null : null);
  }

  /** Try again: the store starts over; what the reader sees stays until its answer. */
  #retry(): void {
    this.#focusRetry = true;
    this.#thread.retry();
  }

  /**
   * The Try again button goes while the store tries: focus waits on "Loading comments…" (or the
   * heading, over comments already shown), then goes to Try again if it failed again, or to the
   * heading over the comments.
   */
  #moveFocusAfterRetry(): void {
    if (!this.#focusRetry) return;
    const { retrying, error } = this.#thread;
    const root = this.renderRoot;
    const target = retrying
      ? (root.querySelector<HTMLElement>('.loading') ?? root.querySelector<HTMLElement>('h2'))
      : error
        ? root.querySelector<HTMLElement>('button.retry')
        : root.querySelector<HTMLElement>('h2');
    if (!target) return;
    if (!retrying) this.#focusRetry = false;
    target.focus({ preventScroll: true });
  }

  /** A reply at the limit goes beside the comment, under its parent: which must not have been deleted. */
  #canReply(comment: Comment, levels: number): boolean {
    const place = replyPlace(comment, levels);
    if (!place) return false;
    if (place.parentId === comment.id) return true;
    return this.#thread.comments.find((known) => known.id === place.parentId)?.status === 'published';
  }

  #options(comment: Comment, l10n: Localization): CommentOptions {
    const { thread, identity } = this.#context;
    const levels = thread?.levels ?? 5;
    const windowMs = (thread?.editWindowMinutes ?? 15) * 60_000;
    // Edit and Delete for the reader's published comments; a held one waits for the moderator as it is.
    const own = this.#own.isOwn(comment) && comment.status === 'published' && !comment.pending && this.#now - comment.createdAt.getTime() < windowMs;
    // Moderators pin published top-level comments; a reply is never shown as pinned.
    const pinned = comment.id === this.#thread.pinned && !comment.parentId;
    return {
      l10n,
      avatars: identity.avatars,
      now: this.#now,
      reply: !this.#closed && this.#canReply(comment, levels),
      change: own,
      pinned,
      ...this.#changes?.template(comment.id, l10n),
      moderating: this.#moderation?.menu(comment, pinned),
    };
  }

  #template(comment: Comment, l10n: Localization): TemplateResult {
    const { thread, identity } = this.#context;
    const settings = [l10n, identity.avatars, this.#closed, thread?.levels, this.#thread.pinned];
    if (settings.some((value, i) => value !== this.#itemsMadeFor[i])) {
      this.#items = new WeakMap();
      this.#itemsMadeFor = settings;
    }
    // A moderator's buttons follow what they are doing: made afresh (moderators are few).
    const fresh = this.#now - comment.createdAt.getTime() < RECENT_MS || this.#own.isOwn(comment) || this.#changes?.change?.id === comment.id || !!this.#moderation;
    if (fresh) return commentTemplate(comment, this.#options(comment, l10n));
    let item = this.#items.get(comment);
    if (!item) this.#items.set(comment, (item = commentTemplate(comment, this.#options(comment, l10n))));
    return item;
  }

  #nodes(nodes: ThreadNode[], l10n: Localization): TemplateResult {
    return html`${repeat(
      nodes,
      (node) => node.comment.id,
      (node) => html`<li id="comment-${node.comment.id}" tabindex="-1" class=${node.comment.id === this.#highlighted ? 'highlighted' : ''}>
        ${this.#template(node.comment, l10n)}${node.comment.id === this.replyTo && !this.#closed ? html`<slot name="reply"></slot>` : nothing}${node.replies.length > 0
          ? html`<ol class="children">${this.#nodes(node.replies, l10n)}</ol>`
          : nothing}
      </li>`,
    )}`;
  }

  protected override render() {
    const { comments, more, count, synced, answered, error, loadingMore, loadMoreFailed } = this.#thread;
    const { l10n, thread } = this.#context;
    const m = l10n.messages.thread;
    // The form (slotted by <leave-a-reply>) appears with the first answer, below what it answered:
    // nothing the reader can see moves when the comments arrive. A closed thread says so instead.
    const end = html`${this.#moderation?.threadControls(this.#closed)}${this.#closed
      ? html`<p class="notice closed" part="notice">${m.closed}</p>`
      : html`<slot></slot>`}`;
    const retry = html`<button type="button" class="retry" part="button" @click=${this.#retry}>${m.tryAgain}</button>`;
    // Comments the reader has (or a thread the server said is empty) stay, with the failure below them.
    if (error && !synced && comments.length === 0) return html`<p class="notice" part="notice" role="alert">${m.loadFailed}</p><p>${retry}</p>${end}`;
    if (!answered) return html`<p class="notice loading" part="notice" role="status" tabindex="-1">${m.loading}</p>`;
    if (!synced && comments.length === 0) return html`<p class="notice" part="notice" role="status">${m.waitingForConnection}</p>${end}`;

    const visible = comments.filter((comment) => !this.#held.has(comment.id));
    const tree = this.#tree(visible);
    const pending = visible.filter((comment) => comment.pending && comment.status === 'published').length;
    const total = (count ?? shownComments(tree).filter((comment) => comment.status === 'published' && !comment.pending).length) + pending;
    const held = this.#held.size;
    return html`
      <h2 part="heading" tabindex="-1">${l10n.heading(total, thread?.postTitle ?? '')}</h2>
      ${this.#moderation?.queue()}
      ${tree.length > 0 ? html`<ol class="comment-list" @click=${this.#onClick}>${this.#nodes(tree, l10n)}</ol>` : nothing}
      ${more
        ? html`<p class="more">
            <button type="button" part="button" @click=${this.#loadMore} aria-disabled=${loadingMore ? 'true' : 'false'}>${loadingMore ? m.loadingMore : m.loadMore}</button>
            <span class="error" role="alert">${loadMoreFailed ? m.loadMoreFailed : nothing}</span>
          </p>`
        : nothing}
      ${error ? html`<p class="live-failed"><span class="notice" part="notice" role="alert">${m.liveFailed}</span> ${retry}</p>` : nothing}
      <div class="arrivals" aria-live="polite">
        ${held > 0 ? html`<button type="button" class="new-comments" part="button" @click=${this.#showNew}>${l10n.newComments(held)}</button>` : nothing}
      </div>
      ${this.replyTo && !this.#closed ? nothing : end}
    `;
  }
}

/** `#comment-<id>` in the page's address, or null. */
function permalinkTarget(): string | null {
  const match = /^#comment-([\w-]{1,128})$/.exec(location.hash);
  return match?.[1] ?? null;
}

declare global {
  interface HTMLElementTagNameMap {
    'lar-comment-thread': LarCommentThread;
  }
}
