import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { readStorage, writeStorage } from './storage.js';

export interface GuestDetails {
  name: string;
  email: string;
  website: string;
}

type Saved = GuestDetails & { confirmed: boolean };

const KEY = 'leave-a-reply:guest';

/**
 * A guest's name, email and website. Without consent they are kept for this tab only (sessionStorage),
 * enough to survive a reload or a sign-in redirect. With the reader's consent ("Save my name, email,
 * and website in this browser…") they are kept for the next visit too (localStorage), and unticking
 * the box forgets them there at once.
 */
export class GuestDetailsController implements ReactiveController {
  details: GuestDetails = { name: '', email: '', website: '' };
  /** The reader ticked "Save my name, email, and website…". */
  consent = false;
  /** The guest has posted with these details: the picker says "You are commenting as Name." */
  confirmed = false;

  readonly #host: ReactiveControllerHost;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  /** Read on every connection: another tab may have saved or forgotten details meanwhile. */
  hostConnected(): void {
    const kept = load(() => localStorage);
    const saved = kept ?? load(() => sessionStorage);
    this.consent = kept !== null;
    this.details = { name: saved?.name ?? '', email: saved?.email ?? '', website: saved?.website ?? '' };
    this.confirmed = saved?.confirmed ?? false;
  }

  set(field: keyof GuestDetails, value: string): void {
    this.details = { ...this.details, [field]: value };
    this.confirmed = false;
    this.#save();
  }

  setConsent(consent: boolean): void {
    this.consent = consent;
    if (!consent) writeStorage(() => localStorage.removeItem(KEY));
    this.#save();
  }

  /** After a guest's comment was posted; Change undoes it. */
  confirm(confirmed: boolean): void {
    this.confirmed = confirmed;
    this.#save();
  }

  #save(): void {
    const saved = JSON.stringify({ ...this.details, confirmed: this.confirmed } satisfies Saved);
    writeStorage(() => sessionStorage.setItem(KEY, saved));
    if (this.consent) writeStorage(() => localStorage.setItem(KEY, saved));
    this.#host.requestUpdate();
  }
}

function load(storage: () => Storage): Saved | null {
  const value = readStorage(() => JSON.parse(storage().getItem(KEY) ?? 'null') as unknown);
  if (typeof value !== 'object' || value === null) return null;
  const record = value as Record<string, unknown>;
  const text = (name: string) => (typeof record[name] === 'string' ? (record[name] as string) : '');
  return { name: text('name'), email: text('email'), website: text('website'), confirmed: record['confirmed'] === true };
}
