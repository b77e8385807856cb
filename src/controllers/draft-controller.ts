import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { readStorage, writeStorage } from './storage.js';

/**
 * Keeps what a reader is typing safe from a failed post, a reload, a redirect to a sign-in provider or
 * a closed connection: the comment text, per thread, in localStorage until it is posted. (A guest's
 * name, email and website are GuestDetailsController's.)
 */
export class DraftController implements ReactiveController {
  text = '';

  readonly #host: ReactiveControllerHost;
  #key = '';

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    // Another tab may have changed the saved draft while this element was out of the document.
    if (this.#key) this.text = this.#load();
  }

  /** Switches to the draft saved under `key` (one per site and thread). */
  use(key: string): void {
    if (key === this.#key) return;
    this.#key = key;
    this.text = this.#load();
  }

  set(text: string): void {
    this.text = text;
    const key = this.#storageKey();
    writeStorage(() => (text ? localStorage.setItem(key, text) : localStorage.removeItem(key)));
    this.#host.requestUpdate();
  }

  /** After a successful post. */
  clear(): void {
    this.set('');
  }

  #load(): string {
    return readStorage(() => localStorage.getItem(this.#storageKey())) ?? '';
  }

  #storageKey(): string {
    return `leave-a-reply:draft:${this.#key}`;
  }
}
