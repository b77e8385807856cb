import { html, LitElement, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { tellSiteOwner } from '../../config/site-owner-console.js';
import { WidgetContext } from '../../context/widget-context.js';
import { DraftController } from '../../controllers/draft-controller.js';
import { StoreError, type StoreErrorCode } from '../../data/store.js';
import { CommentPostedEvent } from '../../events.js';
import { checkDraft, LIMITS, type DraftField, type DraftProblems, type FieldProblem } from '../../model/comment.js';
import { shared } from '../../styles/shared.js';
import { styles } from './comment-form.styles.js';

/** After this long without an answer, the reader is told the comment is waiting for a connection. */
const SLOW_POST_MS = 8000;

type Phase = 'editing' | 'posting' | 'slow' | 'posted' | 'failed';

const LIMIT_OF: Record<DraftField, number> = {
  text: LIMITS.textMax,
  name: LIMITS.nameMax,
  email: LIMITS.emailMax,
  website: LIMITS.websiteMax,
};

/**
 * "Leave a Reply": the comment box and the guest's details. Checks the draft before sending it, keeps
 * it through failures and reloads, and says in words what happened. Reads the store and the thread
 * from <leave-a-reply>; the first focus tells the store to load what posting needs.
 *
 * @fires lar-comment-posted - The reader's comment was stored. `event.thread` is the thread key.
 */
export class LarCommentForm extends LitElement {
  static override styles = [shared, styles];

  @state() private problems: DraftProblems = {};
  @state() private phase: Phase = 'editing';
  @state() private failure: StoreErrorCode | null = null;

  readonly #context = new WidgetContext(this);
  readonly #draft = new DraftController(this);
  #prepared = false;

  protected override willUpdate(): void {
    // Does nothing while the thread stays the same.
    this.#draft.use(this.#context.thread?.draftKey ?? '');
  }

  #onFocusIn(): void {
    const { store } = this.#context;
    if (this.#prepared || !store) return;
    this.#prepared = true;
    store.prepareToPost();
  }

  #onInput(field: DraftField, event: Event): void {
    this.#draft.set(field, (event.target as HTMLInputElement | HTMLTextAreaElement).value);
    // Once a field has been flagged, the flag goes as soon as the reader fixes it.
    if (this.problems[field]) {
      this.problems = { ...this.problems, [field]: checkDraft(this.#draft.draft)[field] };
    }
    if (this.phase === 'posted' || this.phase === 'failed') this.phase = 'editing';
  }

  async #onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const { store, thread } = this.#context;
    if (this.phase === 'posting' || this.phase === 'slow' || !store || !thread) return;
    const draft = this.#draft.draft;
    this.problems = checkDraft(draft);
    const firstProblem = Object.keys(this.problems)[0] as DraftField | undefined;
    if (firstProblem) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>(`#${firstProblem}`)?.focus();
      return;
    }

    this.phase = 'posting';
    this.failure = null;
    const slow = setTimeout(() => (this.phase = 'slow'), SLOW_POST_MS);
    try {
      await store.postComment(thread.threadKey, draft);
      this.#draft.clearText();
      this.phase = 'posted';
      this.dispatchEvent(new CommentPostedEvent(thread.threadKey));
    } catch (error) {
      const failure = error instanceof StoreError ? error : new StoreError('unknown', String(error), { cause: error });
      tellSiteOwner(failure);
      this.failure = failure.code;
      this.phase = 'failed';
    } finally {
      clearTimeout(slow);
    }
  }

  #problemText(field: DraftField, problem: FieldProblem): string {
    const m = this.#context.l10n.messages.form;
    switch (problem) {
      case 'required':
        return field === 'website' ? m.invalidWebsite : m.required[field];
      case 'too-long':
        return m.tooLong(this.#context.l10n.formatNumber(LIMIT_OF[field]));
      case 'invalid-email':
        return m.invalidEmail;
      case 'invalid-website':
        return m.invalidWebsite;
    }
  }

  #field(field: DraftField, label: string, control: (describedBy: string | undefined) => unknown, hint?: string) {
    const problem = this.problems[field];
    const ids = [hint ? `${field}-hint` : '', problem ? `${field}-error` : ''].filter(Boolean).join(' ');
    return html`
      <p class="field">
        <label for=${field}>${label}${field === 'website' ? nothing : html` <span class="required" aria-hidden="true">*</span>`}</label>
        ${hint ? html`<span class="hint" id="${field}-hint">${hint}</span>` : nothing}
        ${control(ids || undefined)}
        ${problem
          ? html`<span class="error" id="${field}-error">${this.#problemText(field, problem)}</span>`
          : nothing}
      </p>
    `;
  }

  #status(): string {
    const m = this.#context.l10n.messages.form;
    if (this.phase === 'posting') return m.submitting;
    if (this.phase === 'slow') return m.stillSending;
    if (this.phase === 'posted') return m.posted;
    return '';
  }

  protected override render() {
    const m = this.#context.l10n.messages.form;
    const { text, name, email, website } = this.#draft.draft;
    const busy = this.phase === 'posting' || this.phase === 'slow';
    const invalid = (field: DraftField) => (this.problems[field] ? 'true' : 'false');
    return html`
      <section aria-labelledby="reply-title">
        <h3 id="reply-title">${m.title}</h3>
        <form novalidate @submit=${this.#onSubmit} @focusin=${this.#onFocusIn}>
          <p class="hint">${m.requiredNote}</p>
          ${this.#field('text', m.commentLabel, (describedBy) => html`
            <textarea id="text" name="comment" rows="8" required
              aria-invalid=${invalid('text')} aria-describedby=${ifDefined(describedBy)}
              .value=${live(text)} @input=${(e: Event) => this.#onInput('text', e)}></textarea>
          `)}
          ${this.#field('name', m.nameLabel, (describedBy) => html`
            <input id="name" name="author" type="text" autocomplete="name" required
              aria-invalid=${invalid('name')} aria-describedby=${ifDefined(describedBy)}
              .value=${live(name)} @input=${(e: Event) => this.#onInput('name', e)} />
          `)}
          ${this.#field('email', m.emailLabel, (describedBy) => html`
            <input id="email" name="email" type="email" autocomplete="email" required
              aria-invalid=${invalid('email')} aria-describedby=${ifDefined(describedBy)}
              .value=${live(email)} @input=${(e: Event) => this.#onInput('email', e)} />
          `, m.emailHint)}
          ${this.#field('website', m.websiteLabel, (describedBy) => html`
            <input id="website" name="url" type="url" autocomplete="url"
              aria-invalid=${invalid('website')} aria-describedby=${ifDefined(describedBy)}
              .value=${live(website)} @input=${(e: Event) => this.#onInput('website', e)} />
          `)}
          <p class="alert" role="alert">${this.phase === 'failed' && this.failure ? m.postFailed(this.failure) : ''}</p>
          <p class="submit">
            <button type="submit" aria-disabled=${busy ? 'true' : 'false'}>${busy ? m.submitting : m.submit}</button>
          </p>
          <p class="status" role="status">${this.#status()}</p>
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
