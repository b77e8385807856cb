import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { AccountService } from '../data/accounts.js';
import type { Unsubscribe } from '../data/store.js';
import type { Comment } from '../model/comment.js';
import type { Account } from '../model/identity.js';
import { readStorage, writeStorage } from './storage.js';

const KEY = 'leave-a-reply:own-comments';
/** Longer than any edit window (edit-window allows up to a day). */
const KEPT_MS = 24 * 60 * 60 * 1000;

/**
 * Which comments are the reader's own, for their Edit and Delete buttons, without loading Auth to
 * ask: the comments this browser posted (kept in localStorage for a day), and those of the account
 * the reader is signed in to. The rules decide in the end; this only decides what to offer.
 */
export class OwnCommentsController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  /** The signed-in account, as far as the accounts know (a remembered one until Auth confirms it). */
  account: Account | null = null;
  /** Whether Auth has said who is signed in yet. */
  #accountKnown = false;
  #accounts: AccountService | null = null;
  #stop: Unsubscribe | null = null;
  /** Read once per render: a thread asks for every comment. */
  #remembered: Record<string, number> = {};

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  hostUpdate(): void {
    this.#remembered = remembered();
  }

  hostDisconnected(): void {
    this.#stop?.();
    this.#stop = null;
    this.#accounts = null;
  }

  /** Follows the signed-in account of `accounts`; called from the host's `willUpdate`. */
  follow(accounts: AccountService | null): void {
    if (accounts === this.#accounts) return;
    this.#stop?.();
    this.#accounts = accounts;
    this.#stop = accounts?.watch((account) => {
      this.account = account;
      this.#accountKnown = true;
      this.#host.requestUpdate();
    }) ?? null;
  }

  isOwn(comment: Comment): boolean {
    // Held ones too: the reader's own held comment shows at once, never behind "1 new comment".
    if (comment.status === 'deleted') return false;
    // Signed in to an account: its comments, and no one else's, not even a guest comment this browser
    // posted before switching to an account of another uid.
    if (this.account) return comment.author.uid === this.account.uid;
    // A guest, or nobody yet: the comments this browser posted; an account's only until Auth has
    // said that no account is signed in.
    return comment.id in this.#remembered && (comment.author.provider === 'guest' || !this.#accountKnown);
  }
}

/** After the reader's comment is stored: it is theirs to edit on this browser. */
export function rememberOwnComment(id: string): void {
  const now = Date.now();
  const kept = Object.fromEntries(Object.entries(remembered()).filter(([, at]) => now - at < KEPT_MS));
  kept[id] = now;
  writeStorage(() => localStorage.setItem(KEY, JSON.stringify(kept)));
}

function remembered(): Record<string, number> {
  const stored = readStorage(() => JSON.parse(localStorage.getItem(KEY) ?? '{}') as unknown);
  return typeof stored === 'object' && stored !== null ? (stored as Record<string, number>) : {};
}
