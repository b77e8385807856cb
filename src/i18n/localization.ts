import { createContext } from '@lit/context';
import { en } from './en.js';
import type { Messages } from './messages.js';

/** The locales whose messages are bundled. Others arrive with roadmap item 5, loaded on demand. */
const bundled: Record<string, Messages> = { en };

/** Sentences, plurals, numbers and dates for one locale, shared with every part of the widget. */
export class Localization {
  readonly locale: string;
  readonly messages: Messages;
  readonly #plural: Intl.PluralRules;
  readonly #number: Intl.NumberFormat;
  readonly #date: Intl.DateTimeFormat;

  /** `requested` is a BCP 47 tag; languages without messages fall back to English, dates included. */
  constructor(requested: string) {
    const [language = 'en'] = safeLocale(requested).toLowerCase().split('-');
    this.locale = bundled[language] ? safeLocale(requested) : 'en';
    this.messages = bundled[language] ?? en;
    this.#plural = new Intl.PluralRules(this.locale);
    this.#number = new Intl.NumberFormat(this.locale);
    this.#date = new Intl.DateTimeFormat(this.locale, { dateStyle: 'long', timeStyle: 'short' });
  }

  heading(count: number, title: string): string {
    const formatted = this.#number.format(count);
    return this.messages.heading({ value: count, formatted, plural: this.#plural.select(count) }, title);
  }

  formatNumber(value: number): string {
    return this.#number.format(value);
  }

  formatDate(date: Date): string {
    return this.#date.format(date);
  }
}

/** A tag Intl accepts, or "en": `lang` attributes are written by hand and may be anything. */
function safeLocale(tag: string): string {
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? 'en';
  } catch {
    return 'en';
  }
}

export const localizationContext = createContext<Localization>(Symbol('leave-a-reply-localization'));
