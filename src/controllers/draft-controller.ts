import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { CommentDraft, DraftField } from '../model/comment.js';

const EMPTY: CommentDraft = { text: '', name: '', email: '', website: '' };

/**
 * Keeps what a reader is typing safe from a failed post, a reload or a closed connection.
 * The comment text is kept per thread in localStorage until it is posted. Name, email and website
 * are kept in sessionStorage: for this tab only, because remembering a guest's details for the next
 * visit needs their consent (a checkbox that comes with the identity picker).
 */
export class DraftController implements ReactiveController {
  draft: CommentDraft = EMPTY;

  readonly #host: ReactiveControllerHost;
  #key = '';

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    // Another tab may have changed the saved draft while this element was out of the document.
    if (this.#key) this.draft = this.#load();
  }

  /** Switches to the draft saved under `key` (one per site and thread). */
  use(key: string): void {
    if (key === this.#key) return;
    this.#key = key;
    this.draft = this.#load();
  }

  set(field: DraftField, value: string): void {
    this.draft = { ...this.draft, [field]: value };
    this.#save();
    this.#host.requestUpdate();
  }

  /** After a successful post: the text is gone, the guest's details stay for the next comment. */
  clearText(): void {
    this.set('text', '');
  }

  #load(): CommentDraft {
    const text = read(() => localStorage.getItem(this.#textKey()));
    const guest = read(() => JSON.parse(sessionStorage.getItem(GUEST_KEY) ?? 'null') as unknown);
    const details = typeof guest === 'object' && guest !== null ? (guest as Record<string, unknown>) : {};
    const field = (name: DraftField) => (typeof details[name] === 'string' ? (details[name] as string) : '');
    return {
      text: typeof text === 'string' ? text : '',
      name: field('name'),
      email: field('email'),
      website: field('website'),
    };
  }

  #save(): void {
    const { text, name, email, website } = this.draft;
    write(() => (text ? localStorage.setItem(this.#textKey(), text) : localStorage.removeItem(this.#textKey())));
    write(() => sessionStorage.setItem(GUEST_KEY, JSON.stringify({ name, email, website })));
  }

  #textKey(): string {
    return `leave-a-reply:draft:${this.#key}`;
  }
}

const GUEST_KEY = 'leave-a-reply:guest';

// Storage can be missing or full (private windows, quotas, sandboxed frames): the draft then lives
// only in the form, which is all we can do.
function read<T>(get: () => T): T | null {
  try {
    return get();
  } catch {
    return null;
  }
}

function write(set: () => void): void {
  try {
    set();
  } catch {
    // See read().
  }
}
