import { provide } from '@lit/context';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { tellSiteOwnerAbout } from '../../config/site-owner-console.js';
import {
  readAppearanceSettings,
  readConversationSettings,
  readFirebaseSettings,
  readIdentitySettings,
  readThreadSettings,
  type ConfigProblem,
  type Theme,
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
 * The parts of the thread and of the form, passed on so that the page can style them from outside
 * <leave-a-reply> (`leave-a-reply::part(button)`): a part is seen only one shadow root up unless exported.
 */
const THREAD_PARTS = 'author-link, content, comment, author, avatar, date, actions, action, heading, input, button, notice';
const FORM_PARTS = 'heading, form, field, input, button, submit, notice, avatar, action';

/**
 * The comment section of one page: "N thoughts on “Title”", the conversation, and "Leave a Reply".
 * Configured with attributes (docs/attributes.md); comments live in the site owner's Firestore.
 * This element turns its attributes into settings, provides the store, the thread and the language to
 * the parts below it (<lar-comment-thread>, <lar-comment-form>), and moves the form under the comment
 * the reader replies to.
 *
 * This comment's tags and the properties' comments below are the source of custom-elements.json and of
 * docs/attributes.md, the README's tables included (`npm run docs:attributes`): edit them, not the
 * generated tables. A property's `@default` is the value an absent attribute stands for; a default worked
 * out from the page is written in the text instead. The events come from the form, the thread and the
 * identity picker inside; all bubble and are composed, so they reach this element and the page
 * (docs/events.md).
 *
 * @tagname leave-a-reply
 * @attr lang - The language of the widget's words, dates, numbers and plural rules, and its direction. Default:
 *   inherited, the nearest `lang` on the element or an ancestor, else `<html lang>`, else the browser's language.
 *   The widget speaks `en`, `es`, `fr`, `de`, `it`, `pt` (Brazilian Portuguese, for every `pt`), `nl`, `pl`, `ru`,
 *   `ja`, `zh` (Simplified; `zh-TW`, `zh-HK` and `zh-Hant` get English) and `ar` (right to left); each but
 *   English loads only on a page written in it, and any other language gets English. The widget reads `lang`
 *   when it is connected to the page.
 *
 * @fires {CommentPostedEvent} lar-comment-posted - The store accepted the reader's comment: `event.thread` (the
 *   thread key), `event.commentId`, `event.parentId` (null at the top level).
 * @fires {ReplyTargetEvent} lar-reply-target - The reader pressed Reply (`event.comment`, the comment answered)
 *   or Cancel reply (`event.comment` null).
 * @fires {SignedInEvent} lar-signed-in - The reader signed in with a provider (`event.provider`).
 * @fires {SignedOutEvent} lar-signed-out - The reader pressed Log Out.
 *
 * @csspart comment - Each comment (its `<article>`).
 * @csspart author - A commenter's name.
 * @csspart author-link - (on each comment) The link to a commenter's website.
 * @csspart avatar - A commenter's picture or initials, and the signed-in reader's.
 * @csspart date - A comment's date.
 * @csspart content - (on each comment) A comment's text.
 * @csspart actions - Reply, Edit and Delete under a comment.
 * @csspart action - Each button that reads as a link: Reply, Edit, Delete, Cancel, and a moderator's Approve, Spam, Pin to top, Close comments and the others.
 * @csspart heading - "N thoughts on “Title”" and "Leave a Reply".
 * @csspart form - The comment form.
 * @csspart field - Each field of the form: its label, box, hint and error.
 * @csspart input - Each field's box (the comment box and the edit box included).
 * @csspart button - Post Comment, Load more comments, Try again, Save, the answers to "Delete…?" and the other buttons that are not links.
 * @csspart submit - Post Comment alone.
 * @csspart notice - What the widget says about itself: loading, failures, closed, sending, posted.
 * @cssprop --lar-text - Text colour. Default: the page's (`theme="light|dark"`: `CanvasText`).
 * @cssprop --lar-muted - Dates, hints and notices. Default: the text colour at 72%.
 * @cssprop --lar-link - Links and the buttons that read as links (Reply, Edit, Delete). Default: the text colour, underlined.
 * @cssprop --lar-border - Borders of fields and buttons, separators, the reply line. Default: the text colour at 55%.
 * @cssprop --lar-background - Behind the widget. Default: transparent (`theme="light|dark"`: `Canvas`).
 * @cssprop --lar-field-text - Text in the form's fields. Default: FieldText.
 * @cssprop --lar-field-background - The form's fields. Default: Field.
 * @cssprop --lar-button-text - The buttons' text. Default: the text colour.
 * @cssprop --lar-button-background - The buttons. Default: transparent (outlined buttons).
 * @cssprop --lar-focus - The focus ring. Default: the text colour.
 * @cssprop --lar-error - Error messages and invalid fields. Default: `light-dark(#b3261e, #ffb4ab)`.
 * @cssprop --lar-highlight - The background of a comment the page links to (`#comment-<id>`). Default: the focus
 *   colour at 10%.
 * @cssprop --lar-spacing - The unit of space between comments, fields and sections, and of the reply indent. Default: 1em.
 * @cssprop --lar-radius - Corner radius of fields and buttons. Default: 0.25em.
 * @cssprop --lar-avatar-size - The avatars, on the comments and in the identity picker. Default: 2.5em.
 * @cssprop --lar-font-family - The widget's font. Default: the page's.
 * @cssprop --lar-font-size - The widget's text size. Default: the page's.
 * @cssprop --lar-reserved-height - Space kept for the comments until they arrive. Default: 30em.
 */
export class LeaveAReply extends LitElement {
  static override styles = [shared, styles];

  /**
   * Required. The Firebase project ID (Project settings → General). 6 to 30 lowercase letters, digits and
   * hyphens. It starts with a letter and does not end with a hyphen.
   */
  @property({ attribute: 'project-id' }) projectId: string | null = null;
  /**
   * Required. The Web API key (`apiKey`, Project settings → General → Your apps). Letters, digits, `_` and
   * `-`. It is not a secret.
   */
  @property({ attribute: 'api-key' }) apiKey: string | null = null;
  /** The Firebase Auth domain (`authDomain`). A host name, with an optional `:port`. Default: `<project-id>.firebaseapp.com`. */
  @property({ attribute: 'auth-domain' }) authDomain: string | null = null;
  /** The Firebase app ID (`appId`). Optional. Letters, digits, `_`, `:`, `.` and `-`. */
  @property({ attribute: 'app-id' }) appId: string | null = null;
  /**
   * A reCAPTCHA Enterprise site key: turns on Firebase App Check, so every request carries a token that
   * says it comes from this site in a real browser. Needs `app-id`. Loads Google's reCAPTCHA script before
   * the first comments; what it stops and costs, and how to enforce it:
   * [docs/security-model.md](docs/security-model.md#app-check).
   */
  @property({ attribute: 'app-check-site-key' }) appCheckSiteKey: string | null = null;
  /**
   * The key of the conversation. Pages with the same key show the same comments. Default: the path and
   * query of the page's `<link rel="canonical">` URL, else the path of the page's own URL, normalised. See
   * [docs/setup.md](docs/setup.md#the-thread-key). Its encoded form may be at most 1,500 characters.
   */
  @property() thread: string | null = null;
  /**
   * The title in the heading: "No thoughts yet on “…”", "One thought on “…”", "2 thoughts on “…”".
   * Default: `document.title`. With an empty title the heading has no "on “…”".
   */
  @property({ attribute: 'post-title' }) postTitle: string | null = null;
  /** `host:port` of a Firestore emulator, such as `127.0.0.1:8080`. For development only. */
  @property({ attribute: 'firestore-emulator' }) firestoreEmulator: string | null = null;
  /** `host:port` of an Auth emulator, such as `127.0.0.1:9099`. For development only. */
  @property({ attribute: 'auth-emulator' }) authEmulator: string | null = null;
  /**
   * `lazy`: load the widget and the comments when the element comes within about a screen of the
   * viewport. `eager`: at once, wherever the element is.
   */
  @property() loading: 'lazy' | 'eager' = 'lazy';
  /**
   * The ways to comment, space-separated, in the order the picker shows them: `guest`, `google`, `github`,
   * `microsoft`, `apple`, `facebook`, `twitter` (X), `email-link` (a sign-in link by email, no password).
   * Example: `providers="guest google github"`. Each provider must be enabled in the Firebase project: see
   * [docs/setup.md](docs/setup.md#sign-in-providers). An unknown value gets a console error that names it
   * and the valid values, and the others still work. With no valid value, guests may comment. Without
   * `guest`, a reader must log in to comment.
   * @default guest
   */
  @property() providers: string | null = null;
  /**
   * `false`: a guest's email address is optional. It is never shown either way.
   * @default true
   */
  @property({ attribute: 'require-email' }) requireEmail: string | null = null;
  /**
   * `off`: no remote pictures, for sites that would rather not send their readers to Gravatar or a
   * provider. Every avatar is then initials on a colour, and a guest's comment stores no Gravatar URL.
   * @default on
   */
  @property() avatars: string | null = null;
  /**
   * `oldest` or `newest`: the order of the top-level comments. Replies always run oldest first under their
   * parent.
   * @default oldest
   */
  @property() order: string | null = null;
  /**
   * Top-level comments per page, a whole number from 1 to 200. Each comes with all its replies; **Load
   * more comments** fetches the next page.
   * @default 50
   */
  @property({ attribute: 'page-size' }) pageSize: string | null = null;
  /**
   * Levels of nesting, as WordPress counts them ("threaded comments N levels deep"): a whole number from 1
   * (no replies) to 10. A reply to a comment at the last level goes beside it, at that level.
   * @default 5
   */
  @property({ attribute: 'max-depth' }) maxDepth: string | null = null;
  /**
   * Minutes during which authors may edit or delete their comment, a whole number from 0 (no Edit or
   * Delete buttons) to 1440. The widget only decides when to offer the buttons: the rules enforce the
   * window, so this must match `editWindow()` in `firestore.rules`
   * ([docs/setup.md](docs/setup.md#changing-the-edit-window)).
   * @default 15
   */
  @property({ attribute: 'edit-window' }) editWindow: string | null = null;
  /**
   * A boolean attribute: present, the thread shows "Comments are closed." instead of the form, and no
   * Reply buttons. It changes only what the widget shows; to make the rules refuse new comments too, close
   * the thread in Firestore ([docs/setup.md](docs/setup.md#closing-a-thread)).
   */
  @property({ type: Boolean }) closed = false;
  /**
   * `auto`: the page's colour scheme (its `color-scheme`, and where it allows both, the reader's
   * `prefers-color-scheme`). `light` or `dark`: that scheme whatever the page's, on the widget's own
   * background (`--lar-background`). See [docs/theming.md](docs/theming.md).
   * @default auto
   */
  @property() theme: string | null = null;

  /**
   * A `CommentStore` object. When set, comments are read and written through it, and the Firebase
   * attributes are neither used nor checked. The component tests use an in-memory store. By default the
   * widget uses `FirestoreStore.for(settings)`, one store per distinct settings on the page.
   */
  @property({ attribute: false }) store: CommentStore | null = null;

  /**
   * An `AccountService` object: who the reader is signed in as, and the ways to sign in and out. By
   * default the widget uses `FirebaseAccounts.for(settings)`, the site owner's Firebase Auth, shared with
   * the store, and loads its code only when the form or the reader's own comments first ask who is signed
   * in. With a custom `store` and no `accounts`, readers comment as guests only, whatever `providers` says.
   */
  @property({ attribute: false }) accounts: AccountService | null = null;

  /**
   * A function that stands in for the providers' popup and redirect, for tests and for demos on the Auth
   * emulator only. It gets the provider and `'popup'` or `'redirect'`, and resolves with an unsigned ID
   * token for the account the reader chose; everything around it is the real sign-in code. Real Firebase
   * refuses unsigned tokens, so leave it unset on a real site. The demo's `demo/fake-account-chooser.js`
   * is one.
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
  /** The checked theme, as a custom state the styles match (`:host(:state(dark))`): no attribute of the page's is changed. */
  readonly #internals = this.attachInternals();

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
    const appearance = readAppearanceSettings(this);
    tellSiteOwnerAbout([...this.#problems, ...identity.problems, ...conversation.problems, ...appearance.problems]);
    this.#showTheme(appearance.value.theme);
    this.providedStore = store.ok && thread.ok ? store.value : null;
    this.providedAccounts = this.accounts ?? (!this.store && settings.ok ? LazyAccounts.for(settings.value) : null);
    const providers = this.providedAccounts ? identity.value.providers : (['guest'] as const);
    this.providedIdentity = { ...identity.value, providers: [...providers], seam: this.signInSeam };
    this.providedThread = thread.ok
      ? { ...thread.value, ...conversation.value, draftKey: `${this.projectId?.trim() ?? ''}:${thread.value.threadKey}` }
      : null;
    if (this.closed) this.replyTo = null;
  }

  #showTheme(theme: Theme): void {
    for (const forced of ['light', 'dark'] as const) {
      if (forced === theme) this.#internals.states.add(forced);
      else this.#internals.states.delete(forced);
    }
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
    if (this.#problems.length > 0) return html`<p class="notice" part="notice" lang=${lang} dir=${dir}>${this.l10n.messages.widget.unavailable}</p>`;
    if (!this.#near.near) return html`<div class="reserved"></div>`;
    return html`
      <section lang=${lang} dir=${dir}>
        <lar-comment-thread exportparts=${THREAD_PARTS} .replyTo=${this.replyTo?.id ?? null}
          @lar-reply-target=${this.#onReplyTarget} @lar-comment-posted=${this.#onPosted}
          >${this.closed
            ? nothing
            : html`<lar-comment-form exportparts=${FORM_PARTS} slot=${this.replyTo ? 'reply' : ''} .replyTo=${this.replyTo}></lar-comment-form>`}</lar-comment-thread
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
