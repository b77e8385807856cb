import { provide } from '@lit/context';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { tellSiteOwnerAbout } from '../../config/site-owner-console.js';
import {
  readConversationSettings,
  readFirebaseSettings,
  readIdentitySettings,
  readThreadSettings,
  type ConfigProblem,
} from '../../config/widget-config.js';
import {
  accountsContext,
  DEFAULT_IDENTITY,
  identityContext,
  localizationContext,
  storeContext,
  threadContext,
  type IdentityInfo,
  type ThreadInfo,
} from '../../context/contexts.js';
import { NearViewportController } from '../../controllers/near-viewport-controller.js';
import type { AccountService, SignInSeam } from '../../data/accounts.js';
import { LazyAccounts } from '../../data/lazy-accounts.js';
import { FirestoreStore } from '../../data/firestore-store.js';
import type { CommentStore } from '../../data/store.js';
import type { CommentPostedEvent, ReplyTargetEvent } from '../../events.js';
import type { PublishedComment } from '../../model/comment.js';
import type { LarCommentThread } from '../comment-thread/comment-thread.js';
import { english, localizationFor, type Localization } from '../../i18n/localization.js';
import { shared } from '../../styles/shared.js';
import { styles } from './leave-a-reply.styles.js';

/**
 * The comment section of one page: "N thoughts on “Title”", the conversation, and "Leave a Reply".
 * Configured with attributes (see the README's table); comments live in the site owner's Firestore.
 * This element turns its attributes into settings, provides the store, the thread and the language to
 * the parts below it (<lar-comment-thread>, <lar-comment-form>), and moves the form under the comment
 * the reader replies to.
 *
 * @fires lar-comment-posted - The reader's comment was stored: `event.thread` (the thread key), `event.commentId`, `event.parentId`.
 * @fires lar-reply-target - The reader pressed Reply (`event.comment`) or Cancel reply (`event.comment` null).
 * @csspart author-link - (on each comment) The link to a commenter's website.
 * @csspart content - (on each comment) A comment's text.
 * @cssprop --lar-text - Text colour. Default: the page's.
 * @cssprop --lar-link - Link colour. Default: LinkText.
 * @cssprop --lar-muted - Dates, hints and notices. Default: the text colour at 72%.
 * @cssprop --lar-border - Borders and separators, the button's included. Default: GrayText.
 * @cssprop --lar-error - Error messages and invalid fields. Default: a red readable on the page's scheme.
 * @cssprop --lar-field-text - Text in the form's fields. Default: FieldText.
 * @cssprop --lar-field-background - The form's fields. Default: Field.
 * @cssprop --lar-button-text - The Post Comment button's text. Default: ButtonText.
 * @cssprop --lar-button-background - The Post Comment button. Default: ButtonFace.
 * @cssprop --lar-focus - The focus ring. Default: Highlight.
 * @cssprop --lar-radius - Corner radius of fields and the button. Default: 0.25em.
 * @cssprop --lar-reserved-height - Space kept for the comments until they arrive. Default: 30em.
 */
export class LeaveAReply extends LitElement {
  static override styles = [shared, styles];

  /** Firebase project ID (required). */
  @property({ attribute: 'project-id' }) projectId: string | null = null;
  /** Firebase Web API key (required; not a secret). */
  @property({ attribute: 'api-key' }) apiKey: string | null = null;
  /** Firebase Auth domain. Default: `<project-id>.firebaseapp.com`. */
  @property({ attribute: 'auth-domain' }) authDomain: string | null = null;
  /** Firebase app ID (optional). */
  @property({ attribute: 'app-id' }) appId: string | null = null;
  /**
   * A reCAPTCHA Enterprise site key: turns on Firebase App Check, so requests carry a token from this
   * site in a real browser (docs/security-model.md). Needs `app-id`.
   */
  @property({ attribute: 'app-check-site-key' }) appCheckSiteKey: string | null = null;
  /** The conversation's key. Default: the path of the page's canonical URL. */
  @property() thread: string | null = null;
  /** The title in "One thought on “…”". Default: the page title. */
  @property({ attribute: 'post-title' }) postTitle: string | null = null;
  /** `host:port` of a Firestore emulator, for development. */
  @property({ attribute: 'firestore-emulator' }) firestoreEmulator: string | null = null;
  /** `host:port` of an Auth emulator, for development. */
  @property({ attribute: 'auth-emulator' }) authEmulator: string | null = null;
  /** `lazy` (default): load the comments when they come near the viewport. `eager`: at once. */
  @property() loading: 'lazy' | 'eager' = 'lazy';
  /**
   * The ways to comment, space-separated, in the order shown: `guest` (default), `google`, `github`,
   * `microsoft`, `apple`, `facebook`, `twitter`, `email-link`. Each provider must be enabled in the
   * Firebase console (docs/setup.md).
   */
  @property() providers: string | null = null;
  /** `false`: a guest's email is optional. Default `true`. */
  @property({ attribute: 'require-email' }) requireEmail: string | null = null;
  /** `off`: no remote pictures (provider photos, Gravatar), initials only. Default `on`. */
  @property() avatars: string | null = null;
  /** `oldest` (default) or `newest`: the order of top-level comments. Replies always run oldest first. */
  @property() order: string | null = null;
  /** Top-level comments per page, 1 to 200. Default 50; Load more comments fetches the next page. */
  @property({ attribute: 'page-size' }) pageSize: string | null = null;
  /** Levels of nesting, as WordPress counts them: 1 (no replies) to 10. Default 5. */
  @property({ attribute: 'max-depth' }) maxDepth: string | null = null;
  /**
   * Minutes an author may edit or delete their comment. Default 15. It must match `editWindow()` in
   * firestore.rules, which is what enforces it.
   */
  @property({ attribute: 'edit-window' }) editWindow: string | null = null;
  /** Present: the thread is shown with "Comments are closed." and no form. */
  @property({ type: Boolean }) closed = false;

  /**
   * Where comments are read and written. Default: the site owner's Firestore, from the attributes
   * above. Set it to another CommentStore to keep comments elsewhere (or, in tests, in memory).
   */
  @property({ attribute: false }) store: CommentStore | null = null;

  /**
   * Who readers are signed in as. Default: the site owner's Firebase Auth. With a custom `store` and
   * no accounts, readers comment as guests only.
   */
  @property({ attribute: false }) accounts: AccountService | null = null;

  /**
   * Stands in for the providers' sign-in popup and redirect, for tests and for demos on the Firebase
   * emulators, which accept the unsigned ID tokens it returns (see SignInSeam). Leave it unset on a
   * real site: real Firebase refuses such tokens.
   */
  @property({ attribute: false }) signInSeam: SignInSeam | null = null;

  // Provided, not reactive: the consumers re-render when these change; this element need not.
  // Protected rather than private: only the context reads the last two.
  @provide({ context: localizationContext }) protected l10n: Localization = english;
  @provide({ context: storeContext }) protected providedStore: CommentStore | null = null;
  @provide({ context: threadContext }) protected providedThread: ThreadInfo | null = null;
  @provide({ context: accountsContext }) protected providedAccounts: AccountService | null = null;
  @provide({ context: identityContext }) protected providedIdentity: IdentityInfo = DEFAULT_IDENTITY;

  /** The comment the form answers; null: the form is at the end, for a new top-level comment. */
  @state() private replyTo: PublishedComment | null = null;
  @query('lar-comment-thread') private threadElement!: LarCommentThread | null;

  readonly #near = new NearViewportController(this, () => this.loading === 'eager');
  #problems: ConfigProblem[] = [];

  override connectedCallback(): void {
    super.connectedCallback();
    const lang = pageLanguage(this);
    const l10n = localizationFor(lang);
    if (!(l10n instanceof Promise)) {
      this.l10n = l10n;
      return;
    }
    // Messages of their own to load: English until they are here.
    void l10n.then((loaded) => {
      if (pageLanguage(this) !== lang) return;
      this.l10n = loaded;
      this.requestUpdate();
    });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('loading') && this.loading === 'eager') this.#near.loadNow();
    // Any attribute or the store: check everything again, so each problem is reported once per change.
    if (changed.size > 0 && !(changed.size === 1 && changed.has('loading'))) this.#configure();
  }

  #configure(): void {
    const settings = readFirebaseSettings(this);
    const store = this.store
      ? { ok: true as const, value: this.store }
      : settings.ok
        ? { ok: true as const, value: FirestoreStore.for(settings.value) }
        : settings;
    const thread = readThreadSettings(this, pageFacts());
    const identity = readIdentitySettings(this);
    const conversation = readConversationSettings(this);
    this.#problems = [...(store.ok ? [] : store.problems), ...(thread.ok ? [] : thread.problems)];
    tellSiteOwnerAbout([...this.#problems, ...identity.problems, ...conversation.problems]);
    this.providedStore = store.ok && thread.ok ? store.value : null;
    this.providedAccounts = this.accounts ?? (!this.store && settings.ok ? LazyAccounts.for(settings.value) : null);
    const providers = this.providedAccounts ? identity.value.providers : (['guest'] as const);
    this.providedIdentity = { ...identity.value, providers: [...providers], seam: this.signInSeam };
    this.providedThread = thread.ok
      ? { ...thread.value, ...conversation.value, draftKey: `${this.projectId?.trim() ?? ''}:${thread.value.threadKey}` }
      : null;
    if (this.closed) this.replyTo = null;
  }

  #onReplyTarget(event: ReplyTargetEvent): void {
    const previous = this.replyTo;
    this.replyTo = event.comment;
    // Cancel reply: focus goes back to the Reply button that opened the form.
    if (!event.comment && previous) void this.updateComplete.then(() => this.threadElement?.focusReply(previous.id));
  }

  #onPosted(event: CommentPostedEvent): void {
    if (!this.replyTo) return;
    // A reply: the form goes back to the end, and the reader sees their reply where it landed.
    this.replyTo = null;
    this.threadElement?.showComment(event.commentId);
  }

  protected override render() {
    // The language's own direction (Arabic: right to left on any page), unless the page gave the element
    // one (`this.dir` is '' when absent or invalid, as then the element has none of its own).
    const dir = this.dir ? nothing : this.l10n.dir;
    // The language the words are in: English on a page in a language the widget does not speak, so
    // that screen readers pronounce them as English.
    const lang = this.l10n.locale;
    if (this.#problems.length > 0) return html`<p class="notice" lang=${lang} dir=${dir}>${this.l10n.messages.widget.unavailable}</p>`;
    if (!this.#near.near) return html`<div class="reserved"></div>`;
    return html`
      <section lang=${lang} dir=${dir}>
        <lar-comment-thread exportparts="author-link, content" .replyTo=${this.replyTo?.id ?? null}
          @lar-reply-target=${this.#onReplyTarget} @lar-comment-posted=${this.#onPosted}
          >${this.closed
            ? nothing
            : html`<lar-comment-form slot=${this.replyTo ? 'reply' : ''} .replyTo=${this.replyTo}></lar-comment-form>`}</lar-comment-thread
        >
      </section>
    `;
  }
}

/** The language the surrounding page is written in: the nearest `lang`, else the browser's. */
function pageLanguage(element: Element): string {
  return element.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang || navigator.language;
}

function pageFacts() {
  return {
    url: location.href,
    canonicalUrl: document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ?? null,
    title: document.title,
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'leave-a-reply': LeaveAReply;
  }
}
