import { ContextConsumer } from '@lit/context';
import type { ReactiveControllerHost } from 'lit';
import type { CommentStore } from '../data/store.js';
import { english, type Localization } from '../i18n/localization.js';
import { localizationContext, storeContext, threadContext, type ThreadInfo } from './contexts.js';

/**
 * What a part of the widget reads from the <leave-a-reply> around it: the store, the thread and the
 * language. The host re-renders whenever one of them changes.
 */
export class WidgetContext {
  readonly #store: ContextConsumer<typeof storeContext, ReactiveControllerHost & HTMLElement>;
  readonly #thread: ContextConsumer<typeof threadContext, ReactiveControllerHost & HTMLElement>;
  readonly #l10n: ContextConsumer<typeof localizationContext, ReactiveControllerHost & HTMLElement>;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#store = new ContextConsumer(host, { context: storeContext, subscribe: true });
    this.#thread = new ContextConsumer(host, { context: threadContext, subscribe: true });
    this.#l10n = new ContextConsumer(host, { context: localizationContext, subscribe: true });
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
