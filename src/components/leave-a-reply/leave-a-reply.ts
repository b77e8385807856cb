import { provide } from '@lit/context';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import {
  readFirebaseSettings,
  readThreadSettings,
  type ConfigProblem,
  type ThreadSettings,
} from '../../config/widget-config.js';
import { ThreadController } from '../../controllers/thread-controller.js';
import type { CommentDraft } from '../../data/comment.js';
import { FirestoreStore } from '../../data/firestore-store.js';
import { StoreError, type CommentStore } from '../../data/store.js';
import { CommentPostedEvent } from '../../events.js';
import { Localization, localizationContext } from '../../i18n/localization.js';
import { shared } from '../../styles/shared.js';
import { styles } from './leave-a-reply.styles.js';

const FIREBASE_ATTRIBUTES = ['projectId', 'apiKey', 'authDomain', 'appId', 'firestoreEmulator', 'authEmulator'] as const;
const THREAD_ATTRIBUTES = ['thread', 'postTitle'] as const;

/**
 * The comment section of one page: "N thoughts on “Title”", the comments, and "Leave a Reply".
 * Configured with attributes (see the README's table); comments live in the site owner's Firestore.
 *
 * @fires lar-comment-posted - The reader's comment was stored. `event.thread` is the thread key.
 * @csspart author-link - (on each comment) The link to a commenter's website.
 * @csspart content - (on each comment) A comment's text.
 * @cssprop --lar-text - Text colour. Default: the page's.
 * @cssprop --lar-link - Link colour. Default: LinkText.
 * @cssprop --lar-muted - Dates, hints and notices. Default: the text colour at 72%.
 * @cssprop --lar-border - Borders and separators. Default: GrayText.
 * @cssprop --lar-error - Error messages and invalid fields. Default: a red readable on the page's scheme.
 * @cssprop --lar-field-text - Text in the form's fields. Default: FieldText.
 * @cssprop --lar-field-background - The form's fields. Default: Field.
 * @cssprop --lar-button-text - The Post Comment button's text. Default: ButtonText.
 * @cssprop --lar-button-background - The Post Comment button. Default: ButtonFace.
 * @cssprop --lar-focus - The focus ring. Default: Highlight.
 * @cssprop --lar-radius - Corner radius of fields and the button. Default: 0.25em.
 */
export class LeaveAReply extends LitElement {
  static override styles = [shared, styles];

  @provide({ context: localizationContext })
  private l10n = new Localization('en');

  /** Firebase project ID (required). */
  @property({ attribute: 'project-id' }) projectId: string | null = null;
  /** Firebase Web API key (required; not a secret). */
  @property({ attribute: 'api-key' }) apiKey: string | null = null;
  /** Firebase Auth domain. Default: `<project-id>.firebaseapp.com`. */
  @property({ attribute: 'auth-domain' }) authDomain: string | null = null;
  /** Firebase app ID (optional). */
  @property({ attribute: 'app-id' }) appId: string | null = null;
  /** The conversation's key. Default: the path of the page's canonical URL. */
  @property() thread: string | null = null;
  /** The title in "One thought on “…”". Default: the page title. */
  @property({ attribute: 'post-title' }) postTitle: string | null = null;
  /** `host:port` of a Firestore emulator, for development. */
  @property({ attribute: 'firestore-emulator' }) firestoreEmulator: string | null = null;
  /** `host:port` of an Auth emulator, for development. */
  @property({ attribute: 'auth-emulator' }) authEmulator: string | null = null;

  /**
   * Where comments are read and written. Default: the site owner's Firestore, from the attributes
   * above. Set it to another CommentStore to keep comments elsewhere (or, in tests, in memory).
   */
  @property({ attribute: false }) store: CommentStore | null = null;

  readonly #thread = new ThreadController(this);
  #firestore: { key: string; store: FirestoreStore } | null = null;
  #settings: ThreadSettings | null = null;
  #problems: ConfigProblem[] = [];
  /** Store errors already written to the console, so a re-render does not repeat them. */
  readonly #reported = new WeakSet<Error>();

  override connectedCallback(): void {
    super.connectedCallback();
    this.l10n = new Localization(pageLanguage(this));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const configChanged = [...FIREBASE_ATTRIBUTES, ...THREAD_ATTRIBUTES, 'store'].some((name) =>
      changed.has(name as keyof LeaveAReply),
    );
    if (!configChanged) return;

    const store = this.store ? { ok: true as const, value: this.store } : this.#firestoreStore();
    const thread = readThreadSettings(this, pageFacts());
    this.#problems = [...(store.ok ? [] : store.problems), ...(thread.ok ? [] : thread.problems)];
    this.#settings = thread.ok ? thread.value : null;
    for (const problem of this.#problems) console.error(`leave-a-reply: ${problem.message}`);
    if (store.ok && thread.ok) this.#thread.follow(store.value, thread.value.threadKey);
    else this.#thread.unfollow();
  }

  protected override updated(): void {
    const error = this.#thread.error;
    if (error && error.code !== 'offline') this.#tellSiteOwner(error);
  }

  #firestoreStore() {
    const settings = readFirebaseSettings(this);
    if (!settings.ok) return settings;
    const key = JSON.stringify(settings.value);
    if (this.#firestore?.key !== key) this.#firestore = { key, store: new FirestoreStore(settings.value) };
    return { ok: true as const, value: this.#firestore.store };
  }

  // A stable function, so posting does not re-render the form whenever the comments change.
  #submit = async (draft: CommentDraft): Promise<void> => {
    const thread = this.#settings?.threadKey ?? '';
    try {
      await this.#thread.post(draft);
    } catch (error) {
      if (error instanceof StoreError && error.code !== 'offline') this.#tellSiteOwner(error);
      throw error;
    }
    this.dispatchEvent(new CommentPostedEvent(thread));
  };

  #tellSiteOwner(error: StoreError): void {
    if (this.#reported.has(error)) return;
    this.#reported.add(error);
    console.error(`leave-a-reply: ${error.message}`);
  }

  #comments(postTitle: string) {
    const { comments, synced, answered, error } = this.#thread;
    const m = this.l10n.messages;
    if (error && comments.length === 0) return html`<p class="notice" role="alert">${m.loadFailed}</p>`;
    if (!synced && comments.length === 0) {
      return html`<p class="notice" role="status">${answered ? m.waitingForConnection : m.loading}</p>`;
    }
    return html`
      <h2>${this.l10n.heading(comments.length, postTitle)}</h2>
      ${comments.length > 0
        ? html`<ol class="comment-list">
            ${repeat(comments, (c) => c.id, (c) => html`<li><lar-comment .comment=${c} exportparts="author-link, content"></lar-comment></li>`)}
          </ol>`
        : nothing}
    `;
  }

  protected override render() {
    const settings = this.#settings;
    if (this.#problems.length > 0 || !settings) {
      return html`<p class="notice">${this.l10n.messages.unavailable}</p>`;
    }
    const { threadKey, postTitle } = settings;
    return html`
      <section>
        ${this.#comments(postTitle)}
        <lar-comment-form
          .submitComment=${this.#submit}
          .draftKey=${`${this.projectId ?? ''}:${threadKey}`}
        ></lar-comment-form>
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
