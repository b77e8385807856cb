import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { tellSiteOwner } from '../../config/site-owner-console.js';
import { WidgetContext } from '../../context/widget-context.js';
import { GuestDetailsController, type GuestDetails } from '../../controllers/guest-details-controller.js';
import { toAccountError } from '../../data/account-errors.js';
import { AccountError, type AccountService, type SignInOutcome } from '../../data/accounts.js';
import type { Unsubscribe } from '../../data/store.js';
import { SignedInEvent, SignedOutEvent } from '../../events.js';
import { checkDraft, type CommentDraft, type DraftCheck, type DraftProblems } from '../../model/comment.js';
import { PROVIDER_NAME, type Account, type AccountProvider } from '../../model/identity.js';
import { controls } from '../../styles/controls.js';
import { shared } from '../../styles/shared.js';
import { avatarTemplate } from '../avatar/avatar.js';
import { fieldProblemText } from '../comment-form/field-problem.js';
import { styles as avatarStyles } from '../avatar/avatar.styles.js';
import { providerIcon } from './provider-icons.js';
import { styles } from './identity-picker.styles.js';

type Phase = 'choosing' | 'connecting' | 'account-exists' | 'email-link' | 'link-sent';
type GuestField = keyof GuestDetails;

/** Who the reader posts as, for <lar-comment-form>: the check their details need, and the details. */
export interface Poster {
  check: DraftCheck['as'];
  details: GuestDetails;
}

/**
 * "Fill in your details below or click an icon to log in:": the provider icons and the guest's
 * fields; while signing in, "Connecting to Google…" with Cancel; once signed in, the reader's avatar
 * and "You are commenting using your Google account. ( Log Out / Change )". Part of
 * <lar-comment-form>, which asks it who the reader posts as (`poster`) and shows the problems of the
 * details here (`problems`). Reads the accounts and the settings from <leave-a-reply>.
 *
 * @fires lar-signed-in - The reader signed in with a provider. `event.provider` says which.
 * @fires lar-signed-out - The reader pressed Log Out.
 * @csspart field - Each field: its label, box, hint and error.
 * @csspart input - Each field's box.
 * @csspart button - Try again, Send link, Cancel and the other buttons that are not links or provider icons.
 * @csspart avatar - The signed-in reader's picture.
 */
export class LarIdentityPicker extends LitElement {
  static override styles = [shared, controls, avatarStyles, styles];

  /** The guest's fields in error, set by the form when it checks the draft. */
  @property({ attribute: false }) problems: DraftProblems = {};

  /** The problems shown: the form's, each cleared as soon as the reader fixes its field. */
  @state() private shown: DraftProblems = {};
  @state() private account: Account | null = null;
  @state() private phase: Phase = 'choosing';
  @state() private provider: AccountProvider | null = null;
  @state() private failure: AccountError | null = null;
  /** Change was pressed: the picker shows again, though someone is signed in or confirmed. */
  @state() private changing = false;
  @state() private linkEmail = '';
  @state() private accountName = '';

  readonly #context = new WidgetContext(this);
  readonly #guest = new GuestDetailsController(this);
  #watched: AccountService | null = null;
  #stopWatching: Unsubscribe | null = null;
  #cancel: AbortController | null = null;

  /** Who the reader would post as now, or null while no identity is usable (signing in, or logged out where guests may not comment). */
  get poster(): Poster | null {
    if (this.phase === 'connecting') return null;
    if (this.account && !this.changing) {
      return this.account.name
        ? { check: 'account', details: { ...this.#guest.details, name: this.account.name } }
        : { check: 'named-account', details: { ...this.#guest.details, name: this.accountName } };
    }
    return this.#offers('guest') ? { check: 'guest', details: this.#guest.details } : null;
  }

  /** Moves focus to a field in error, or to the first way to log in. */
  async focusProblem(field: GuestField | null): Promise<void> {
    await this.updateComplete;
    const target = field
      ? this.renderRoot.querySelector<HTMLElement>(`#${field}`)
      : this.renderRoot.querySelector<HTMLElement>('.providers button');
    target?.focus();
  }

  /** After a guest's comment was posted: "You are commenting as Name." from now on. */
  guestPosted(): void {
    if (!this.account || this.changing) {
      this.#guest.confirm(true);
      this.changing = false;
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stopWatching?.();
    this.#stopWatching = null;
    this.#watched = null;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const { accounts } = this.#context;
    if (accounts !== this.#watched) this.#watch(accounts);
    if (changed.has('problems')) this.shown = this.problems;
  }

  #watch(accounts: AccountService | null): void {
    this.#stopWatching?.();
    this.#watched = accounts;
    this.#stopWatching = accounts?.watch((account) => {
      if (account?.uid !== this.account?.uid) this.changing = false;
      this.account = account;
    }) ?? null;
    if (accounts) {
      const resuming = accounts.resume().then((resumed) => {
        if (resumed) this.provider = resumed.provider;
        return resumed?.outcome ?? null;
      });
      void this.#settle(resuming, 'google');
    }
  }

  #offers(provider: 'guest' | AccountProvider): boolean {
    return this.#context.identity.providers.includes(provider);
  }

  async #signIn(provider: AccountProvider): Promise<void> {
    const { accounts, identity } = this.#context;
    if (!accounts) return;
    this.failure = null;
    this.provider = provider;
    if (provider === 'email-link') {
      this.phase = 'email-link';
      this.linkEmail ||= this.#guest.details.email;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLInputElement>('#link-email')?.focus();
      return;
    }
    this.phase = 'connecting';
    const cancel = (this.#cancel = new AbortController());
    await this.#settle(accounts.signIn(provider, { signal: cancel.signal, seam: identity.seam }), provider);
  }

  /** What a sign-in came to, shown: signed in, a choice to make, or an error in words. */
  async #settle(signingIn: Promise<SignInOutcome | null>, provider: AccountProvider): Promise<void> {
    let outcome: SignInOutcome | null;
    try {
      outcome = await signingIn;
    } catch (error) {
      const failure = error instanceof AccountError ? error : toAccountError(error, provider);
      tellSiteOwner(failure);
      this.failure = failure;
      this.provider = failure.provider;
      this.phase = 'choosing';
      await this.updateComplete;
      (this.renderRoot.querySelector<HTMLElement>('.failure button') ?? this.renderRoot.querySelector<HTMLElement>('.providers button'))?.focus();
      return;
    }
    if (outcome === null || outcome === 'redirecting') return;
    this.#cancel = null;
    if (outcome === 'account-exists') {
      this.phase = 'account-exists';
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('.account-exists button')?.focus();
      return;
    }
    this.phase = 'choosing';
    if (outcome === 'signed-in') {
      this.changing = false;
      // The form moves focus to the reply box.
      this.dispatchEvent(new SignedInEvent(this.provider ?? provider));
    } else {
      await this.#backToChoosing();
    }
  }

  #cancelSignIn(): void {
    this.#cancel?.abort();
  }

  /** "Stay a guest", or Cancel on the email-link form: the picker again, focus on the provider's icon. */
  async #backToChoosing(): Promise<void> {
    this.phase = 'choosing';
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`.providers button[data-provider="${this.provider}"]`)?.focus();
  }

  async #useExisting(): Promise<void> {
    const { accounts } = this.#context;
    if (!accounts || !this.provider) return;
    const provider = this.provider;
    this.phase = 'connecting';
    await this.#settle(accounts.useExistingAccount().then(() => 'signed-in' as const), provider);
  }

  async #sendLink(event: Event): Promise<void> {
    event.preventDefault();
    const { accounts } = this.#context;
    const email = this.linkEmail.trim();
    if (!accounts || !email) {
      this.renderRoot.querySelector<HTMLInputElement>('#link-email')?.focus();
      return;
    }
    this.failure = null;
    try {
      await accounts.sendEmailLink(email, location.href.split('#')[0] ?? location.href);
      this.phase = 'link-sent';
    } catch (error) {
      this.failure = error instanceof AccountError ? error : toAccountError(error, 'email-link');
      tellSiteOwner(this.failure);
    }
  }

  async #logOut(): Promise<void> {
    const { accounts } = this.#context;
    this.changing = false;
    await accounts?.signOut();
    this.dispatchEvent(new SignedOutEvent());
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.providers button, #email')?.focus();
  }

  async #change(): Promise<void> {
    this.changing = true;
    this.#guest.confirm(false);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.providers button, #email')?.focus();
  }

  #recheck(field: GuestField, draft: CommentDraft, as: DraftCheck['as'] = 'guest'): void {
    if (!this.shown[field]) return;
    const problem = checkDraft(draft, { as, requireEmail: this.#context.identity.requireEmail })[field];
    this.shown = { ...this.shown, [field]: problem };
  }

  #field(field: GuestField, label: string, required: boolean, value: string, onInput: (value: string) => void, hint?: string) {
    const problem = this.shown[field];
    const ids = [hint ? `${field}-hint` : '', problem ? `${field}-error` : ''].filter(Boolean).join(' ');
    const type = field === 'email' ? 'email' : field === 'website' ? 'url' : 'text';
    const autocomplete = field === 'website' ? 'url' : field;
    return html`
      <p class="field" part="field">
        <label for=${field}>${label}${required ? html` <span class="required" aria-hidden="true">*</span>` : nothing}</label>
        ${hint ? html`<span class="hint" id="${field}-hint">${hint}</span>` : nothing}
        <input id=${field} part="input" name=${field === 'name' ? 'author' : field === 'website' ? 'url' : 'email'} type=${type}
          autocomplete=${autocomplete} ?required=${required}
          aria-invalid=${problem ? 'true' : 'false'} aria-describedby=${ifDefined(ids || undefined)}
          .value=${live(value)} @input=${(e: Event) => onInput((e.target as HTMLInputElement).value)} />
        ${problem ? html`<span class="error" id="${field}-error">${fieldProblemText(this.#context.l10n, field, problem)}</span>` : nothing}
      </p>
    `;
  }

  #guestFields() {
    const m = this.#context.l10n.messages;
    const { requireEmail } = this.#context.identity;
    const { name, email, website } = this.#guest.details;
    const set = (field: GuestField) => (value: string) => {
      this.#guest.set(field, value);
      this.#recheck(field, { ...this.#guest.details, text: '-' });
    };
    return html`
      ${this.#field('email', m.form.emailLabel, requireEmail, email, set('email'), m.form.emailHint)}
      ${this.#field('name', m.form.nameLabel, true, name, set('name'))}
      ${this.#field('website', m.form.websiteLabel, false, website, set('website'))}
      <p class="consent">
        <input id="save-details" type="checkbox" .checked=${live(this.#guest.consent)}
          @change=${(e: Event) => this.#guest.setConsent((e.target as HTMLInputElement).checked)} />
        <label for="save-details">${m.identity.saveDetails}</label>
      </p>
    `;
  }

  #providerButtons() {
    const m = this.#context.l10n.messages.identity;
    const providers = this.#context.identity.providers.filter((p): p is AccountProvider => p !== 'guest');
    if (providers.length === 0 || !this.#context.accounts) return nothing;
    return html`<p class="providers">
      ${providers.map(
        (provider) => html`<button type="button" class="provider" data-provider=${provider}
          aria-label=${m.logInWith(PROVIDER_NAME[provider])} title=${m.logInWith(PROVIDER_NAME[provider])}
          @click=${() => this.#signIn(provider)}>${providerIcon(provider)}</button>`,
      )}
    </p>`;
  }

  #failure() {
    const failure = this.failure;
    const m = this.#context.l10n.messages.identity;
    const text = failure ? m.failed(failure.code, PROVIDER_NAME[failure.provider], this.#offers('guest')) : '';
    const canRetry = failure && failure.code !== 'not-enabled' && failure.code !== 'storage-blocked' && failure.code !== 'invalid-link';
    return html`<div class="failure" role="alert">
      ${failure
        ? html`<p>${text}</p>${canRetry
            ? html`<button type="button" part="button" @click=${() => this.#signIn(failure.provider)}>${m.retry}</button>`
            : nothing}`
        : nothing}
    </div>`;
  }

  #signedIn(account: Account) {
    const m = this.#context.l10n.messages;
    const { avatars } = this.#context.identity;
    const name = account.name ?? this.accountName;
    return html`
      <div class="who">
        ${avatarTemplate(name || PROVIDER_NAME[account.provider], account.avatar, avatars)}
        <p>
          ${account.name ? html`<b class="name">${account.name}</b><br />` : nothing}
          ${m.identity.commentingUsing(PROVIDER_NAME[account.provider])}
          <span class="actions">(<button type="button" class="link" part="action" @click=${this.#logOut}>${m.identity.logOut}</button>
            / <button type="button" class="link" part="action" @click=${this.#change}>${m.identity.change}</button>)</span>
        </p>
      </div>
      ${account.name
        ? nothing
        : this.#field('name', m.form.nameLabel, true, this.accountName, (name) => this.#onAccountName(name), m.identity.accountNameHint)}
    `;
  }

  #onAccountName(name: string): void {
    this.accountName = name;
    this.#recheck('name', { text: '-', name, email: '', website: '' }, 'named-account');
  }

  #confirmedGuest() {
    const m = this.#context.l10n.messages;
    const { name } = this.#guest.details;
    return html`<div class="who">
      ${avatarTemplate(name, null, false)}
      <p>
        ${m.identity.commentingAs(name.trim())}
        <span class="actions">(<button type="button" class="link" part="action" @click=${this.#change}>${m.identity.change}</button>)</span>
      </p>
    </div>`;
  }

  #emailLink() {
    const m = this.#context.l10n.messages.identity;
    if (this.phase === 'link-sent') return html`<p class="status" role="status">${m.linkSent(this.linkEmail.trim())}</p>`;
    return html`<div class="email-link">
      <p class="field" part="field">
        <label for="link-email">${m.emailLinkLabel}</label>
        <input id="link-email" part="input" type="email" autocomplete="email" .value=${live(this.linkEmail)}
          @input=${(e: Event) => (this.linkEmail = (e.target as HTMLInputElement).value)}
          @keydown=${(e: KeyboardEvent) => e.key === 'Enter' && this.#sendLink(e)} />
      </p>
      <p class="buttons">
        <button type="button" part="button" @click=${this.#sendLink}>${m.sendLink}</button>
        <button type="button" part="button" @click=${this.#backToChoosing}>${m.cancel}</button>
      </p>
    </div>`;
  }

  protected override render() {
    const m = this.#context.l10n.messages.identity;
    const providerName = this.provider ? PROVIDER_NAME[this.provider] : '';
    if (this.phase === 'connecting') {
      return html`<div class="connecting">
        <p role="status">${m.connecting(providerName)}</p>
        <button type="button" part="button" @click=${this.#cancelSignIn}>${m.cancel}</button>
      </div>`;
    }
    if (this.phase === 'account-exists') {
      return html`<div class="account-exists" role="alert">
        <p>${m.accountExists(providerName)}</p>
        <p class="buttons">
          <button type="button" part="button" @click=${this.#useExisting}>${m.useExisting(providerName)}</button>
          <button type="button" part="button" @click=${this.#backToChoosing}>${m.stayGuest}</button>
        </p>
      </div>`;
    }
    if (this.account && !this.changing) return html`${this.#signedIn(this.account)}${this.#failure()}`;
    const guest = this.#offers('guest');
    if (guest && this.#guest.confirmed && !this.changing && this.#guest.details.name.trim()) return this.#confirmedGuest();
    const icons = this.#providerButtons();
    return html`
      ${icons === nothing ? nothing : html`<p class="intro">${guest ? m.intro : m.introAccountsOnly}</p>`}
      ${icons}
      ${this.phase === 'email-link' || this.phase === 'link-sent' ? this.#emailLink() : nothing}
      ${this.#failure()}
      ${guest ? this.#guestFields() : nothing}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lar-identity-picker': LarIdentityPicker;
  }
}
