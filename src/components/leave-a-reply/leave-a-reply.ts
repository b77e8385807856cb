import { provide } from '@lit/context';
import { html, LitElement, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { tellSiteOwnerAbout } from '../../config/site-owner-console.js';
import { readFirebaseSettings, readThreadSettings, type ConfigProblem } from '../../config/widget-config.js';
import { localizationContext, storeContext, threadContext, type ThreadInfo } from '../../context/contexts.js';
import { NearViewportController } from '../../controllers/near-viewport-controller.js';
import { FirestoreStore } from '../../data/firestore-store.js';
import type { CommentStore } from '../../data/store.js';
import { english, localizationFor, type Localization } from '../../i18n/localization.js';
import { shared } from '../../styles/shared.js';
import { styles } from './leave-a-reply.styles.js';

/**
 * The comment section of one page: "N thoughts on “Title”", the comments, and "Leave a Reply".
 * Configured with attributes (see the README's table); comments live in the site owner's Firestore.
 * This element only turns its attributes into settings and provides the store, the thread and the
 * language to the parts below it (<lar-comment-thread>, <lar-comment-form>).
 *
 * @fires lar-comment-posted - The reader's comment was stored. `event.thread` is the thread key.
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
   * Where comments are read and written. Default: the site owner's Firestore, from the attributes
   * above. Set it to another CommentStore to keep comments elsewhere (or, in tests, in memory).
   */
  @property({ attribute: false }) store: CommentStore | null = null;

  // Provided, not reactive: the consumers re-render when these change; this element need not.
  // Protected rather than private: only the context reads the last two.
  @provide({ context: localizationContext }) protected l10n: Localization = english;
  @provide({ context: storeContext }) protected providedStore: CommentStore | null = null;
  @provide({ context: threadContext }) protected providedThread: ThreadInfo | null = null;

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
    const store = this.store ? { ok: true as const, value: this.store } : this.#firestoreStore();
    const thread = readThreadSettings(this, pageFacts());
    this.#problems = [...(store.ok ? [] : store.problems), ...(thread.ok ? [] : thread.problems)];
    tellSiteOwnerAbout(this.#problems);
    this.providedStore = store.ok && thread.ok ? store.value : null;
    this.providedThread = thread.ok
      ? { ...thread.value, draftKey: `${this.projectId?.trim() ?? ''}:${thread.value.threadKey}` }
      : null;
  }

  #firestoreStore() {
    const settings = readFirebaseSettings(this);
    return settings.ok ? { ok: true as const, value: FirestoreStore.for(settings.value) } : settings;
  }

  protected override render() {
    if (this.#problems.length > 0) return html`<p class="notice">${this.l10n.messages.widget.unavailable}</p>`;
    if (!this.#near.near) return html`<div class="reserved"></div>`;
    return html`
      <section>
        <lar-comment-thread exportparts="author-link, content"><lar-comment-form></lar-comment-form></lar-comment-thread>
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
