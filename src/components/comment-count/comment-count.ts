import { tellSiteOwnerAbout, tellSiteOwnerCountFailed } from '../../config/site-owner-console.js';
import { readCountedThread, readFirebaseSettings } from '../../config/widget-config.js';
import { toStoreError } from '../../data/firestore/errors.js';
import { countComments } from '../../data/rest/count.js';
import { localizationFor } from '../../i18n/localization.js';

// The same margin as NearViewportController's and the loader's: a count costs a read, so it waits
// until its post comes within about a screen, as the widget does.
const NEAR_VIEWPORT_MARGIN = '800px 0px';

/**
 * "3 Comments" for one post on an index page: the thread's published comments, replies included, as
 * Firestore's count() aggregation gives them (one request, one read per 1,000 comments). Plain text,
 * usually inside the site owner's link to the post. Until the number arrives, and if it cannot,
 * whatever the site owner wrote inside the element stays ("Comments", say); the console says why.
 * Counts once per thread, when it comes near the viewport, and again when `thread` changes.
 *
 * A vanilla element, not Lit: an index page loads this and the loader, nothing of the widget. What the
 * site owner writes inside is light DOM, not a slot: the number replaces it when it arrives.
 *
 * @tagname leave-a-reply-count
 * @attr thread - Required. The post. Its address, as your templates give it (a path such as `/2026/11/a-review/`,
 *   or a full URL), is normalised as the post's own widget normalises its address
 *   ([docs/setup.md](docs/setup.md#the-thread-key)); any other value is taken as written, for a post whose
 *   `<leave-a-reply>` has a `thread` attribute of its own.
 * @attr project-id - Required. As on `<leave-a-reply>`, with the same checks.
 * @attr api-key - Required. As on `<leave-a-reply>`, with the same checks.
 * @attr app-id - As on `<leave-a-reply>`: needed with `app-check-site-key`.
 * @attr app-check-site-key - As on `<leave-a-reply>`: the count's request carries an App Check token.
 * @attr firestore-emulator - As on `<leave-a-reply>`: `host:port`, for development only.
 * @attr lang - The language of the words and the number. Default: inherited, as on `<leave-a-reply>`.
 */
export class LeaveAReplyCount extends HTMLElement {
  static readonly observedAttributes = ['thread', 'project-id', 'api-key', 'app-id', 'app-check-site-key', 'firestore-emulator'];

  /** One observer for every count on the page, made when the first is connected. */
  static #nearViewport: IntersectionObserver | undefined;

  #near = false;
  #scheduled = false;
  /** What the shown (or coming) count was asked with: the same attributes never cost a second read. */
  #asked = '';
  #inFlight: AbortController | null = null;
  /** The site owner's own content, put back while a new count loads. Null while it is shown. */
  #fallback: Node[] | null = null;

  connectedCallback(): void {
    if (this.#near) {
      this.#schedule();
      return;
    }
    LeaveAReplyCount.#nearViewport ??= new IntersectionObserver(
      (entries, observer) => {
        for (const { target, isIntersecting } of entries) {
          if (!isIntersecting || !(target instanceof LeaveAReplyCount)) continue;
          observer.unobserve(target);
          target.#near = true;
          target.#schedule();
        }
      },
      { rootMargin: NEAR_VIEWPORT_MARGIN },
    );
    LeaveAReplyCount.#nearViewport.observe(this);
  }

  disconnectedCallback(): void {
    LeaveAReplyCount.#nearViewport?.unobserve(this);
    if (this.#inFlight) {
      this.#inFlight.abort();
      this.#inFlight = null;
      this.#asked = '';
    }
  }

  attributeChangedCallback(): void {
    this.#schedule();
  }

  /** Once for every attribute set in one go (an upgrade reports each attribute on its own). */
  #schedule(): void {
    if (!this.#near || this.#scheduled) return;
    this.#scheduled = true;
    queueMicrotask(() => {
      this.#scheduled = false;
      if (this.isConnected) void this.#count();
    });
  }

  async #count(): Promise<void> {
    const settings = readFirebaseSettings(
      {
        projectId: this.getAttribute('project-id'),
        apiKey: this.getAttribute('api-key'),
        authDomain: null,
        appId: this.getAttribute('app-id'),
        appCheckSiteKey: this.getAttribute('app-check-site-key'),
        firestoreEmulator: this.getAttribute('firestore-emulator'),
        authEmulator: null,
      },
      'leave-a-reply-count',
    );
    const thread = readCountedThread(this.getAttribute('thread'), location.href);
    const lang = pageLanguage(this);
    const asked = JSON.stringify([settings, thread, lang]);
    if (asked === this.#asked) return;
    this.#asked = asked;
    this.#inFlight?.abort();
    this.#inFlight = null;
    this.#showFallback();
    if (!settings.ok || !thread.ok) {
      tellSiteOwnerAbout([...(settings.ok ? [] : settings.problems), ...(thread.ok ? [] : thread.problems)]);
      return;
    }

    const request = (this.#inFlight = new AbortController());
    try {
      const [count, l10n] = await Promise.all([countComments(settings.value, thread.value, request.signal), localizationFor(lang)]);
      this.#fallback ??= [...this.childNodes];
      this.textContent = l10n.commentCount(count);
    } catch (error) {
      if (request.signal.aborted) return;
      this.#asked = ''; // the same attributes set again may try again
      tellSiteOwnerCountFailed(thread.value, toStoreError(error));
    } finally {
      if (this.#inFlight === request) this.#inFlight = null;
    }
  }

  #showFallback(): void {
    if (!this.#fallback) return;
    this.replaceChildren(...this.#fallback);
    this.#fallback = null;
  }
}

/** The language the surrounding page is written in, as <leave-a-reply> reads it. */
function pageLanguage(element: Element): string {
  return element.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang || navigator.language;
}

declare global {
  interface HTMLElementTagNameMap {
    'leave-a-reply-count': LeaveAReplyCount;
  }
}
