import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { StoreError, type CommentStore, type StoreErrorCode } from '../../data/store.js';
import type { Localization } from '../../i18n/localization.js';
import { checkDraft, countLinks, LIMITS, type PublishedComment } from '../../model/comment.js';

/** The one change under way: an edit box open, or a deletion being confirmed. */
export type Change =
  | { kind: 'edit'; id: string; text: string; busy: boolean; failure: StoreErrorCode | 'too-late' | 'invalid' | null }
  | { kind: 'delete'; id: string; busy: boolean; failure: StoreErrorCode | 'too-late' | null };

/**
 * The author's Edit and Delete: which comment is being changed, the text being edited, the edit box
 * and the question before deleting, and the calls to the store. One change at a time: opening another
 * closes the first. The thread renders `template(id)` in the comment and moves focus (`focusAfter`).
 * A chunk of its own, loaded when an author first presses Edit or Delete: readers never need it.
 */
export class CommentChanges implements ReactiveController {
  change: Change | null = null;
  /** Where focus should go after the host's next render: a comment's edit box, confirm button or itself. */
  focusAfter: { id: string; target: 'edit' | 'confirm' | 'comment' | 'actions' } | null = null;

  /** The edit box or the question, for the comment being changed; undefined for any other. */
  template(id: string, l10n: Localization): { editing?: TemplateResult; confirming?: TemplateResult } {
    const change = this.change;
    if (change?.id !== id) return {};
    return change.kind === 'edit' ? { editing: this.#editBox(change, l10n) } : { confirming: this.#confirmDelete(change, l10n) };
  }

  #editBox(change: Extract<Change, { kind: 'edit' }>, l10n: Localization): TemplateResult {
    const m = l10n.messages.comment;
    const problem = change.failure && this.#failureText(change, l10n);
    return html`<div class="edit">
      <label for="edit-${change.id}">${m.editLabel}</label>
      <textarea id="edit-${change.id}" part="input" rows="5" aria-invalid=${change.failure === 'invalid' ? 'true' : 'false'}
        aria-describedby="edit-problem-${change.id}" .value=${live(change.text)}
        @input=${(event: Event) => this.type((event.target as HTMLTextAreaElement).value)}></textarea>
      <p class="error" part="notice" id="edit-problem-${change.id}" role="alert">${problem || nothing}</p>
      <p class="actions">
        <button type="button" part="button" data-action="commit-change" data-id=${change.id} aria-disabled=${change.busy ? 'true' : 'false'}>${change.busy ? m.saving : m.save}</button>
        <button type="button" class="link" part="action" data-action="cancel-change" data-id=${change.id}>${m.cancel}</button>
      </p>
    </div>`;
  }

  #confirmDelete(change: Extract<Change, { kind: 'delete' }>, l10n: Localization): TemplateResult {
    const m = l10n.messages.comment;
    return html`<div class="confirm" role="group" aria-labelledby="confirm-${change.id}">
      <p id="confirm-${change.id}">${m.confirmDelete}</p>
      <p class="error" part="notice" role="alert">${change.failure ? this.#failureText(change, l10n) : nothing}</p>
      <p class="actions">
        <button type="button" part="button" data-action="commit-change" data-id=${change.id} aria-disabled=${change.busy ? 'true' : 'false'}>${change.busy ? m.deleting : m.delete}</button>
        <button type="button" class="link" part="action" data-action="cancel-change" data-id=${change.id}>${m.cancel}</button>
      </p>
    </div>`;
  }

  #failureText(change: Change, l10n: Localization): string {
    if (change.failure !== 'invalid') return change.failure ? l10n.messages.comment.changeFailed(change.failure) : '';
    // The form's sentences; not its field-problem module, which would become a chunk of its own.
    const m = l10n.messages.form;
    switch (change.kind === 'edit' ? textProblem(change.text) : undefined) {
      case 'required':
        return m.required.text;
      case 'too-long':
        return m.tooLong(l10n.formatNumber(LIMITS.textMax));
      case 'too-many-links':
        return m.tooManyLinks(l10n.formatNumber(LIMITS.linksMax));
      default:
        return '';
    }
  }

  readonly #host: ReactiveControllerHost;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {}

  edit(comment: PublishedComment): void {
    this.#set({ kind: 'edit', id: comment.id, text: comment.text, busy: false, failure: null }, { id: comment.id, target: 'edit' });
  }

  type(text: string): void {
    if (this.change?.kind === 'edit') this.#set({ ...this.change, text, failure: null });
  }

  askToDelete(comment: PublishedComment): void {
    this.#set({ kind: 'delete', id: comment.id, busy: false, failure: null }, { id: comment.id, target: 'confirm' });
  }

  cancel(): void {
    const id = this.change?.id;
    this.#set(null, id ? { id, target: 'actions' } : null);
  }

  /**
   * Saves the edit or confirms the deletion of `comment`, unless its window (`until`) has passed: the
   * rules would refuse it anyway, and the reader learns why at once.
   */
  async commit(store: CommentStore, threadKey: string, comment: PublishedComment, until: number): Promise<void> {
    const change = this.change;
    if (!change || change.busy || change.id !== comment.id) return;
    if (Date.now() >= until) return this.#set({ ...change, failure: 'too-late' });
    if (change.kind === 'edit' && textProblem(change.text)) {
      return this.#set({ ...change, failure: 'invalid' });
    }
    this.#set({ ...change, busy: true, failure: null });
    try {
      if (change.kind === 'edit') await store.editComment(threadKey, comment, change.text);
      else await store.deleteComment(threadKey, comment);
      if (this.change?.id === comment.id) this.#set(null, { id: comment.id, target: 'comment' });
    } catch (error) {
      const code = error instanceof StoreError ? error.code : 'unknown';
      if (this.change?.id === comment.id) this.#set({ ...change, busy: false, failure: code === 'rejected' && Date.now() >= until ? 'too-late' : code });
    }
  }

  #set(change: Change | null, focus: CommentChanges['focusAfter'] = null): void {
    this.change = change;
    if (focus) this.focusAfter = focus;
    this.#host.requestUpdate();
  }
}

/**
 * What is wrong with an edited text: a new comment's checks, and the links limit, which the rules apply
 * to edits (a new comment with too many links is held instead: an edit cannot be, the comment is out).
 */
const textProblem = (text: string) =>
  checkDraft({ text, name: '', email: '', website: '' }, { as: 'account', requireEmail: false }).text ??
  (countLinks(text.trim()) > LIMITS.linksMax ? ('too-many-links' as const) : undefined);
