import { ContextConsumer } from '@lit/context';
import type { ReactiveControllerHost } from 'lit';
import type { AccountService } from '../data/accounts.js';
import type { CommentStore } from '../data/store.js';
import { english, type Localization } from '../i18n/localization.js';
import {
  accountsContext,
  DEFAULT_IDENTITY,
  identityContext,
  localizationContext,
  storeContext,
  threadContext,
  type IdentityInfo,
  type ThreadInfo,
} from './contexts.js';

/**
 * What a part of the widget reads from the <leave-a-reply> around it: the store, the accounts, the
 * thread, the identity settings and the language. The host re-renders whenever one of them changes.
 */
export class WidgetContext {
  readonly #store: ContextConsumer<typeof storeContext, ReactiveControllerHost & HTMLElement>;
  readonly #thread: ContextConsumer<typeof threadContext, ReactiveControllerHost & HTMLElement>;
  readonly #l10n: ContextConsumer<typeof localizationContext, ReactiveControllerHost & HTMLElement>;
  readonly #accounts: ContextConsumer<typeof accountsContext, ReactiveControllerHost & HTMLElement>;
  readonly #identity: ContextConsumer<typeof identityContext, ReactiveControllerHost & HTMLElement>;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#store = new ContextConsumer(host, { context: storeContext, subscribe: true });
    this.#thread = new ContextConsumer(host, { context: threadContext, subscribe: true });
    this.#l10n = new ContextConsumer(host, { context: localizationContext, subscribe: true });
    this.#accounts = new ContextConsumer(host, { context: accountsContext, subscribe: true });
    this.#identity = new ContextConsumer(host, { context: identityContext, subscribe: true });
  }

  get accounts(): AccountService | null {
    return this.#accounts.value ?? null;
  }

  get identity(): IdentityInfo {
    return this.#identity.value ?? DEFAULT_IDENTITY;
  }

  /** Null while the widget's settings are unusable. */
  get store(): CommentStore | null {
    return this.#store.value ?? null;
  }

  get thread(): ThreadInfo | null {
    return this.#thread.value ?? null;
  }

  get l10n(): Localization {
    return this.#l10n.value ?? english;
  }
}
