import { en } from './en.js';
import type { Messages } from './messages.js';

/**
 * The languages the widget speaks. English is bundled; every other locale is a module of its own,
 * loaded only on a page written in it: add `xx: () => import('./xx.js').then((m) => m.xx)` here.
 */
const LOCALES: Record<string, Messages | (() => Promise<Messages>)> = { en };

/** Sentences, plurals, numbers and dates for one locale, shared with every part of the widget. */
export class Localization {
  readonly #plural: Intl.PluralRules;
  readonly #number: Intl.NumberFormat;
  readonly #date: Intl.DateTimeFormat;
  readonly #relative: Intl.RelativeTimeFormat;

  constructor(
    readonly locale: string,
    readonly messages: Messages,
  ) {
    this.#plural = new Intl.PluralRules(locale);
    this.#number = new Intl.NumberFormat(locale);
    this.#date = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' });
    this.#relative = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  }

  heading(count: number, title: string): string {
    return this.messages.thread.heading(this.#count(count), title);
  }

  /** "3 Comments", for <leave-a-reply-count>. */
  commentCount(count: number): string {
    return this.messages.count.comments(this.#count(count));
  }

  formatNumber(value: number): string {
    return this.#number.format(value);
  }

  formatDate(date: Date): string {
    return this.#date.format(date);
  }

  /**
   * A comment's date as shown: "5 minutes ago" for the last day (RECENT_MS), else the date and time.
   * The absolute form is always in the <time>'s datetime and title.
   */
  formatWhen(date: Date, now: number): string {
    const ago = now - date.getTime();
    if (ago >= RECENT_MS || ago < -60_000) return this.formatDate(date);
    const seconds = Math.max(0, Math.round(ago / 1000));
    if (seconds < 45) return this.#relative.format(0, 'second');
    if (seconds < 3600) return this.#relative.format(-Math.max(1, Math.round(seconds / 60)), 'minute');
    return this.#relative.format(-Math.round(seconds / 3600), 'hour');
  }

  /** "1 new comment". */
  newComments(count: number): string {
    return this.messages.thread.newComments(this.#count(count));
  }

  /** A number as every counted sentence takes it: the value, written for the locale, and its plural category. */
  #count(value: number) {
    return { value, formatted: this.#number.format(value), plural: this.#plural.select(value) };
  }
}

/** Comments younger than a day show a relative time, kept current (formatWhen). */
export const RECENT_MS = 24 * 60 * 60 * 1000;

/** English, at once: what the widget shows until its own language has loaded. */
export const english = new Localization('en', en);

const made = new Map<string, Localization>([['en', english]]);

/**
 * The localization for `requested` (a BCP 47 tag, as written in a page's `lang`): its own messages if
 * the widget has them, else English, dates and numbers included, so a page never mixes languages.
 * At once when the messages are bundled (English, with each variant's own dates), so the first render
 * is already in the page's language; a promise when they must be loaded. One object per locale.
 */
export function localizationFor(requested: string): Localization | Promise<Localization> {
  const locale = safeLocale(requested);
  const language = locale.toLowerCase().split('-')[0] ?? 'en';
  const messages = LOCALES[language];
  if (!messages) return english;
  const known = made.get(locale);
  if (known) return known;
  const make = (loaded: Messages) => {
    const l10n = made.get(locale) ?? new Localization(locale, loaded);
    made.set(locale, l10n);
    return l10n;
  };
  return typeof messages === 'function' ? messages().then(make) : make(messages);
}

/** A tag Intl accepts, or "en": `lang` attributes are written by hand and may be anything. */
function safeLocale(tag: string): string {
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? 'en';
  } catch {
    return 'en';
  }
}
