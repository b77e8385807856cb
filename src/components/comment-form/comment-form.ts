import { html, LitElement, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { tellSiteOwner } from '../../config/site-owner-console.js';
import { WidgetContext } from '../../context/widget-context.js';
import { DraftController } from '../../controllers/draft-controller.js';
import { rememberOwnComment } from '../../controllers/own-comments-controller.js';
import { pendingSignIn } from '../../data/sign-in-memory.js';
import { StoreError, type PostAs, type StoreErrorCode } from '../../data/store.js';
import { CommentPostedEvent, ReplyTargetEvent } from '../../events.js';
import { gravatarUrl } from '../../model/avatar.js';
import { checkDraft, replyPlace, TOP_LEVEL, type DraftProblems, type PublishedComment } from '../../model/comment.js';
import { controls } from '../../styles/controls.js';
import { shared } from '../../styles/shared.js';
import type { LarIdentityPicker } from '../identity-picker/identity-picker.js';
import { styles } from './comment-form.styles.js';
import { fieldProblemText } from './field-problem.js';

/** After this long without an answer, the reader is told the comment is waiting for a connection. */
const SLOW_POST_MS = 8000;

type Phase = 'editing' | 'posting' | 'slow' | 'posted' | 'failed' | 'needs-identity';

/**
 * "Leave a Reply": the comment box, then the identity picker (<lar-identity-picker>: who the reader
 * comments as), then Post Comment. Under a comment (`replyTo`) it is "Leave a Reply to Name", with
 * Cancel reply. Checks the draft before sending it, keeps it (one per reply target) through failures,
 * reloads and sign-in redirects, asks before the page is left with unsent text, and says in words
 * what happened. The first focus tells the store and the accounts to load what posting needs.
 *
 * @fires lar-comment-posted - The reader's comment was stored: `event.thread`, `event.commentId`, `event.parentId`.
 * @fires lar-reply-target - Cancel reply was pressed (`event.comment` is null).
 * @csspart heading - "Leave a Reply".
 * @csspart form - The form.
 * @csspart field - Each field: its label, box, hint and error.
 * @csspart input - Each field's box.
 * @csspart button - Post Comment, and the identity picker's buttons.
 * @csspart submit - Post Comment.
 * @csspart notice - What happened to the comment: sending, posted, failed.
 * @csspart avatar - The signed-in reader's picture.
 */
export class LarCommentForm extends LitElement {
  static override styles = [shared, controls, styles];

  /** The comment this form answers; null: a new top-level comment. */
  @property({ attribute: false }) replyTo: PublishedComment | null = null;

  /** The comment box's problem; the picker shows the details' and clears each as it is fixed. */
  @state() private textProblem: DraftProblems['text'] = undefined;
  /** Set at each submit only: a new object tells the picker to show these problems afresh. */
  @state() private detailProblems: Omit<DraftProblems, 'text'> = {};
  @state() private phase: Phase = 'editing';
  @state() private failure: StoreErrorCode | null = null;

  @query('lar-identity-picker') private picker!: LarIdentityPicker | null;
  @query('textarea') private textarea!: HTMLTextAreaElement | null;
  @query('input[name="homepage"]') private honeypot!: HTMLInputElement | null;

  readonly #context = new WidgetContext(this);
  readonly #draft = new DraftController(this);
  #prepared = false;
  /** The draft key in use: the thread and reply target. */
  #target: string | null = null;

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('beforeunload', this.#onBeforeUnload);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('beforeunload', this.#onBeforeUnload);
  }

  protected override willUpdate(): void {
    // One draft per thread and reply target: switching targets never loses a text. Does nothing while they stay the same.
    const target = this.replyTo ? `:reply:${this.replyTo.id}` : '';
    const key = `${this.#context.thread?.draftKey ?? ''}${target}`;
    if (key === this.#target) return;
    this.#target = key;
    this.#draft.use(key);
    // A comment this form posted on an earlier page and the server does not have yet: still on its way.
    const { store, thread } = this.#context;
    const resumed = store && thread ? store.resumePost(thread.threadKey, this.replyTo?.id ?? null) : null;
    if (resumed && thread) void this.#follow(resumed, thread.threadKey, this.replyTo?.id ?? null, null);
  }

  protected override updated(changed: Map<PropertyKey, unknown>): void {
    // Reply pressed: the reader is here to write.
    if (changed.has('replyTo') && this.replyTo) this.textarea?.focus();
  }

  /** Unsent text: the browser asks before leaving (the text is saved too, but the reader may not know). */
  readonly #onBeforeUnload = (event: BeforeUnloadEvent): void => {
    const sending = this.phase === 'posting' || this.phase === 'slow';
    // Leaving for a sign-in provider's page is the widget's own doing; the text is waiting for the return.
    if ((this.#draft.text.trim() || sending) && !pendingSignIn()) event.preventDefault();
  };

  #onFocusIn(): void {
    const { store, accounts } = this.#context;
    // The first time, and again after each comment: the next one starts the rules' composing time afresh.
    if (!store || (this.#prepared && this.phase !== 'posted')) return;
    store.prepareToPost();
    if (this.#prepared) return;
    this.#prepared = true;
    accounts?.prepare();
  }

  #onInput(event: Event): void {
    this.#draft.set((event.target as HTMLTextAreaElement).value);
    // Once the text has been flagged, the flag goes as soon as the reader fixes it.
    if (this.textProblem) {
      this.textProblem = checkDraft({ text: this.#draft.text, name: '', email: '', website: '' }, { as: 'account', requireEmail: false }).text;
    }
    if (this.phase === 'posted') this.#context.store?.prepareToPost();
    if (this.phase === 'posted' || this.phase === 'failed' || this.phase === 'needs-identity') this.phase = 'editing';
  }

  async #onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const { store, thread, identity } = this.#context;
    if (this.phase === 'posting' || this.phase === 'slow' || !store || !thread) return;
    const poster = this.picker?.poster ?? null;
    if (!poster) {
      this.phase = 'needs-identity';
      await this.picker?.focusProblem(null);
      return;
    }
    const draft = { ...poster.details, text: this.#draft.text };
    const { text: textProblem, ...detailProblems } = checkDraft(draft, { as: poster.check, requireEmail: identity.requireEmail });
    this.textProblem = textProblem;
    this.detailProblems = detailProblems;
    if (textProblem) {
      this.textarea?.focus();
      return;
    }
    const firstDetail = Object.keys(detailProblems)[0] as 'name' | 'email' | 'website' | undefined;
    if (firstDetail) {
      await this.picker?.focusProblem(firstDetail);
      return;
    }

    const place = this.replyTo ? replyPlace(this.replyTo, thread.levels) : TOP_LEVEL;
    if (!place) return;
    const as: PostAs =
      poster.check === 'guest'
        ? { kind: 'guest', avatar: identity.avatars ? await gravatarUrl(draft.email).catch(() => null) : null }
        : { kind: 'account' };
    await this.#follow(store.postComment(thread.threadKey, draft, as, place, this.honeypot?.value ?? ''), thread.threadKey, place.parentId, poster.check);
  }

  /**
   * Shows a post on its way until the server accepts or refuses it; only then is the draft cleared.
   * Offline it waits, saved in this browser (the store's outbox), and the reader is told so.
   */
  async #follow(posting: Promise<string>, threadKey: string, parentId: string | null, check: string | null): Promise<void> {
    this.phase = navigator.onLine ? 'posting' : 'slow';
    this.failure = null;
    const slow = setTimeout(() => (this.phase = 'slow'), SLOW_POST_MS);
    const goneOffline = () => (this.phase = 'slow');
    window.addEventListener('offline', goneOffline);
    try {
      const id = await posting;
      rememberOwnComment(id);
      this.#draft.clear();
      if (check === 'guest') this.picker?.guestPosted();
      this.phase = 'posted';
      this.dispatchEvent(new CommentPostedEvent(threadKey, id, parentId));
    } catch (error) {
      const failure = error instanceof StoreError ? error : new StoreError('unknown', String(error), { cause: error });
      tellSiteOwner(failure);
      this.failure = failure.code;
      this.phase = 'failed';
    } finally {
      clearTimeout(slow);
      window.removeEventListener('offline', goneOffline);
    }
  }

  #cancelReply(): void {
    this.dispatchEvent(new ReplyTargetEvent(null));
  }

  #onSignedIn(): void {
    // Signed in: back to what the reader came to do.
    this.textarea?.focus();
  }

  #status(): string {
    const m = this.#context.l10n.messages.form;
    if (this.phase === 'posting') return m.submitting;
    if (this.phase === 'slow') return m.stillSending;
    if (this.phase === 'posted') return m.posted;
    return '';
  }

  #alert(): string {
    const m = this.#context.l10n.messages;
    if (this.phase === 'failed' && this.failure) return m.form.postFailed(this.failure);
    if (this.phase === 'needs-identity') return m.identity.signInFirst;
    return '';
  }

  protected override render() {
    const { l10n } = this.#context;
    const m = l10n.messages.form;
    const busy = this.phase === 'posting' || this.phase === 'slow';
    const problem = this.textProblem;
    const describedBy = problem ? 'text-error' : undefined;
    return html`
      <section aria-labelledby="reply-title">
        <div class="title">
          <h3 id="reply-title" part="heading">${this.replyTo ? m.replyTitle(this.replyTo.author.name) : m.title}</h3>
          ${this.replyTo ? html`<button type="button" class="link" part="action" @click=${this.#cancelReply}>${m.cancelReply}</button>` : nothing}
        </div>
        <form part="form" novalidate @submit=${this.#onSubmit} @focusin=${this.#onFocusIn}>
          <p class="hint">${m.requiredNote}</p>
          <p class="field" part="field">
            <label for="text">${m.commentLabel} <span class="required" aria-hidden="true">*</span></label>
            <textarea id="text" part="input" name="comment" rows="8" required
              aria-invalid=${problem ? 'true' : 'false'} aria-describedby=${ifDefined(describedBy)}
              .value=${live(this.#draft.text)} @input=${this.#onInput}></textarea>
            ${problem
              ? html`<span class="error" id="text-error">${fieldProblemText(l10n, 'text', problem)}</span>`
              : nothing}
          </p>
          <lar-identity-picker exportparts="avatar, field, input, button, action" .problems=${this.detailProblems} @lar-signed-in=${this.#onSignedIn}></lar-identity-picker>
          <p class="honeypot" aria-hidden="true">
            <label>${m.honeypotLabel} <input name="homepage" type="text" tabindex="-1" autocomplete="off"></label>
          </p>
          <p class="alert" part="notice" role="alert">${this.#alert()}</p>
          <p class="submit">
            <button type="submit" part="button submit" aria-disabled=${busy ? 'true' : 'false'}>${busy ? m.submitting : m.submit}</button>
          </p>
          <p class="status" part="notice" role="status">${this.#status()}</p>
        </form>
      </section>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lar-comment-form': LarCommentForm;
  }
}
