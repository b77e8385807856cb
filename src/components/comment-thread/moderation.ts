import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { WidgetContext } from '../../context/widget-context.js';
import { StoreError, type CommentStore, type ModerationAction, type StoreErrorCode } from '../../data/store.js';
import type { Localization } from '../../i18n/localization.js';
import type { ModerationKind, ModerationMessages } from '../../i18n/messages.js';
import { moderationMessages } from '../../i18n/moderation.js';
import type { ThreadController } from '../../controllers/thread-controller.js';
import type { Comment, HeldComment, WrittenComment } from '../../model/comment.js';
import { prepareBodies } from '../../security/comment-html.js';
import { commentTemplate } from '../comment/comment.js';
import { focusUnlessMovedOn } from './focus.js';

/** The actions asked about first: they destroy or hide what an author wrote, or silence the author. */
type Confirmed = 'delete' | 'spam' | 'block';
const CONFIRMED: readonly ModerationKind[] = ['delete', 'spam', 'block'];

/** The one action under way: being confirmed, being sent, or failed. */
interface Acting {
  kind: ModerationKind;
  /** The comment's ID, or '' for the thread's Close and Reopen. */
  id: string;
  confirming: boolean;
  busy: boolean;
  failure: StoreErrorCode | null;
}

/**
 * What a moderator sees in the thread: the **Pending (N)** queue above it (spam apart, collapsed),
 * each comment's buttons (Approve, Unapprove, Spam, Delete, Pin to top / Unpin, Block author), Close
 * and Reopen comments above the form, and the question before Delete, Spam and Block author, as the
 * author's own Delete asks (comment-changes.ts). Buttons carry `data-moderate` and `data-id`; the
 * thread passes clicks on its comments to `click`. A chunk of its own, with its sentences in the
 * widget's language (i18n/moderation.ts), loaded only for a moderator's account: readers never
 * download it. The rules decide what a moderator may do; this only offers it.
 */
export class Moderation implements ReactiveController {
  acting: Acting | null = null;
  /** Where focus should go after the host's next render: the question's button, or back to the comment's buttons. */
  focusAfter: { id: string; selector: string } | null = null;
  #queueOpen = false;
  #spamOpen = false;
  /** Authors blocked from this page: their comments offer Unblock author instead. */
  readonly #blocked = new Set<string>();
  readonly #host: ReactiveControllerHost;
  /** The store and the thread, as the host reads them from <leave-a-reply>. */
  readonly #context: WidgetContext;
  /** The host's thread: its comments and its queue. */
  readonly #thread: ThreadController;

  constructor(host: ReactiveControllerHost & HTMLElement, thread: ThreadController) {
    this.#host = host;
    this.#thread = thread;
    this.#context = new WidgetContext(host);
    host.addController(this);
  }

  hostConnected(): void {}

  /** The sentences in the widget's language; English while they load, then the host renders again. */
  get #m(): ModerationMessages {
    return moderationMessages(this.#context.l10n, this.#host);
  }

  /** Before each render: the queue's markup needs the sanitizer, which the thread's comments may not have loaded. */
  hostUpdate(): void {
    prepareBodies(this.#thread.held.map((comment) => comment.text))?.then(() => this.#host.requestUpdate(), () => {});
  }

  /** Pending (N), a disclosure over the thread's held comments, each as the thread shows a comment, with its buttons. */
  queue(): TemplateResult {
    const { held } = this.#thread;
    const { l10n, identity } = this.#context;
    const shown = { avatars: identity.avatars, now: Date.now() };
    const pending = held.filter((comment) => comment.status === 'pending');
    const spam = held.filter((comment) => comment.status === 'spam');
    const item = (comment: HeldComment) =>
      commentTemplate(comment, { l10n, ...shown, reply: false, change: false, moderating: this.menu(comment, false) });
    const list = (comments: HeldComment[]) =>
      html`<ol class="queue-list">${comments.map((comment) => html`<li id="comment-${comment.id}" tabindex="-1">${item(comment)}</li>`)}</ol>`;
    const count = this.#m.queue(counted(l10n, pending.length));
    // The buttons' layout comes with them: the thread's styles, which every reader loads, do not carry it.
    return html`<style>
        .moderate { display: flex; flex-wrap: wrap; gap: 0.25em 1em; margin-block: 0.25em 0; font-size: 0.875em; }
      </style><section class="queue" aria-label=${count} @click=${this.click}>
      <button type="button" class="link" part="action" aria-expanded=${String(this.#queueOpen)} aria-controls="queue"
        @click=${() => this.#toggle('queue')}>${count}</button>
      <div id="queue" ?hidden=${!this.#queueOpen}>
        ${list(pending)}
        ${spam.length > 0
          ? html`<button type="button" class="link" part="action" aria-expanded=${String(this.#spamOpen)} aria-controls="spam"
                @click=${() => this.#toggle('spam')}>${this.#m.spam(counted(l10n, spam.length))}</button>
              <div id="spam" ?hidden=${!this.#spamOpen}>${list(spam)}</div>`
          : nothing}
      </div>
    </section>`;
  }

  /** A click in the thread: a moderator's button (true), or something else for the thread (false). */
  readonly click = (event: Event): boolean => {
    const button = (event.target as Element).closest<HTMLElement>('button[data-moderate]');
    const { store, thread } = this.#context;
    if (!button || !store || !thread) return false;
    const id = button.dataset['id'] ?? '';
    const comment = id ? [...this.#thread.comments, ...this.#thread.held].find((known) => known.id === id) : undefined;
    if (id && (!comment || comment.status === 'deleted')) return true;
    void this.press(store, thread.threadKey, button.dataset['moderate'] ?? '', comment && comment.status !== 'deleted' ? comment : null);
    return true;
  };

  /** After the host rendered: focus to the question, or back to the comment's buttons after it. */
  moveFocus(root: ParentNode): void {
    const focus = this.focusAfter;
    if (!focus) return;
    this.focusAfter = null;
    const within = root.querySelector<HTMLElement>(focus.id ? `#comment-${CSS.escape(focus.id)}` : '.thread-controls');
    const target = within?.querySelector<HTMLElement>(focus.selector) ?? null;
    if (target) focusUnlessMovedOn(within, target);
  }

  /** A comment's buttons, as its status allows, or the question before one of them; none while it is being sent or once deleted. */
  menu(comment: Comment, pinned: boolean): TemplateResult | undefined {
    if (comment.status === 'deleted' || comment.pending) return undefined;
    const acting = this.acting?.id === comment.id ? this.acting : null;
    const name = comment.author.name;
    if (acting?.confirming) return this.#question(acting, name);
    const blocked = this.#blocked.has(comment.author.uid);
    const kinds: ModerationKind[] =
      comment.status === 'published'
        ? ['unapprove', 'spam', 'delete', pinned ? 'unpin' : 'pin']
        : comment.status === 'pending'
          ? ['approve', 'spam', 'delete']
          : ['approve', 'delete'];
    // Pinned: top-level comments only, the first thing a reader sees.
    const shown = kinds.filter((kind) => kind !== 'pin' || comment.parentId === null);
    shown.push(blocked ? 'unblock' : 'block');
    return html`<p class="moderate">${shown.map((kind) => this.#button(kind, comment.id, this.#m.label(kind, name), acting))}${this.#failure(acting)}</p>`;
  }

  /** Close comments or Reopen comments, above the form; none where the page's `closed` attribute closes it. */
  threadControls(closed: boolean): TemplateResult | undefined {
    if (this.#context.thread?.closed) return undefined;
    const acting = this.acting?.id === '' ? this.acting : null;
    const kind = closed ? 'reopen' : 'close';
    return html`<p class="moderate thread-controls" @click=${this.click}>${this.#button(kind, '', this.#m.action[kind], acting)}${this.#failure(acting)}</p>`;
  }

  /**
   * A moderator's button was pressed (`data-moderate`, `data-id`): acts at once, or asks first for
   * Delete, Spam and Block author; `confirm` and `cancel` answer the question.
   */
  async press(store: CommentStore, threadKey: string, pressed: string, comment: WrittenComment | null): Promise<void> {
    const id = comment?.id ?? '';
    if (pressed === 'cancel') return this.#set(null, { id, selector: '[data-moderate]' });
    const confirmed = pressed === 'confirm';
    const kind = confirmed ? this.acting?.kind : (pressed as ModerationKind);
    // The same action pressed again while it is sent: once is enough. Another (Reopen, shown as soon
    // as Close shows locally) goes after it.
    if (!kind || (this.acting?.busy && this.acting.id === id && this.acting.kind === kind)) return;
    if (!confirmed && CONFIRMED.includes(kind)) {
      return this.#set({ kind, id, confirming: true, busy: false, failure: null }, { id, selector: '[data-moderate="confirm"]' });
    }
    const action: ModerationAction | null = kind === 'close' || kind === 'reopen' ? { kind } : comment ? { kind, comment } : null;
    if (!action) return;
    const acting: Acting = { kind, id, confirming: confirmed, busy: true, failure: null };
    this.#set(acting);
    try {
      await store.moderate(threadKey, action);
      if (kind === 'block') this.#blocked.add(comment?.author.uid ?? '');
      if (kind === 'unblock') this.#blocked.delete(comment?.author.uid ?? '');
      if (this.acting === acting) this.#set(null, { id, selector: '[data-moderate]' });
      else this.#host.requestUpdate();
    } catch (error) {
      const failure = error instanceof StoreError ? error.code : 'unknown';
      if (this.acting === acting) this.#set({ ...acting, confirming: false, busy: false, failure });
    }
  }

  #question(acting: Acting, name: string): TemplateResult {
    const question = `moderate-${acting.id}`;
    return html`<div class="confirm" role="group" aria-labelledby=${question}>
      <p id=${question}>${this.#m.confirm(acting.kind as Confirmed, name)}</p>
      <p class="error" part="notice" role="alert">${acting.failure ? this.#m.failed(acting.failure) : nothing}</p>
      <p class="actions">
        <button type="button" part="button" data-moderate="confirm" data-id=${acting.id} aria-disabled=${acting.busy ? 'true' : 'false'}
          >${acting.busy ? this.#m.working : this.#m.action[acting.kind]}</button>
        <button type="button" class="link" part="action" data-moderate="cancel" data-id=${acting.id}>${this.#m.cancel}</button>
      </p>
    </div>`;
  }

  #button(kind: ModerationKind, id: string, label: string, acting: Acting | null): TemplateResult {
    const busy = acting?.busy === true && acting.kind === kind;
    return html`<button type="button" class="link" part="action" data-moderate=${kind} data-id=${id} aria-label=${label}
      aria-disabled=${busy ? 'true' : 'false'}>${busy ? this.#m.working : this.#m.action[kind]}</button>`;
  }

  #failure(acting: Acting | null) {
    return html`<span class="error" part="notice" role="alert">${acting?.failure ? this.#m.failed(acting.failure) : nothing}</span>`;
  }

  #toggle(which: 'queue' | 'spam'): void {
    if (which === 'queue') this.#queueOpen = !this.#queueOpen;
    else this.#spamOpen = !this.#spamOpen;
    this.#host.requestUpdate();
  }

  #set(acting: Acting | null, focus: Moderation['focusAfter'] = null): void {
    this.acting = acting;
    if (focus) this.focusAfter = focus;
    this.#host.requestUpdate();
  }
}

/** A number as counted sentences take it (Localization's own are the reader's sentences'). */
function counted(l10n: Localization, value: number) {
  return { value, formatted: l10n.formatNumber(value), plural: new Intl.PluralRules(l10n.locale).select(value) };
}
