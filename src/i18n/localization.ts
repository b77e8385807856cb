import { en } from './en.js';
import type { Messages } from './messages.js';

/**
 * The languages the widget speaks, by `messagesKey`. English is bundled; every other locale is a
 * module of its own, a chunk the bundler emits apart, loaded only on a page written in it.
 *
 * Why this module and not Lit's @lit/localize: that library keeps one locale for the whole page
 * (`configureLocalization` is called once), where two widgets on one page may speak two languages
 * (each reads its own `lang`); and its `msg()` strings take no plural rules, which every count here
 * needs (Polish, Russian and Arabic have three to six forms). Typed message objects with
 * `Intl.PluralRules`, checked by the compiler (`Messages`) and by test/i18n/completeness.test.ts,
 * do both in less code than the library's runtime.
 */
const LOCALES: Record<string, Messages | (() => Promise<Messages>)> = {
  en,
  ar: () => import('./ar.js').then((m) => m.ar),
  de: () => import('./de.js').then((m) => m.de),
  es: () => import('./es.js').then((m) => m.es),
  fr: () => import('./fr.js').then((m) => m.fr),
  it: () => import('./it.js').then((m) => m.it),
  ja: () => import('./ja.js').then((m) => m.ja),
  nl: () => import('./nl.js').then((m) => m.nl),
  pl: () => import('./pl.js').then((m) => m.pl),
  // Brazilian Portuguese for every `pt`: a Portuguese reader reads it more easily than English.
  pt: () => import('./pt-br.js').then((m) => m.ptBR),
  ru: () => import('./ru.js').then((m) => m.ru),
  // Simplified Chinese only: zh-TW, zh-HK and zh-Hant pages get English (see messagesKey).
  'zh-Hans': () => import('./zh-cn.js').then((m) => m.zhCN),
};

/** The languages written right to left, of those the widget speaks. */
const RIGHT_TO_LEFT = new Set(['ar']);

/**
 * Which messages a locale takes: its language, except Chinese, whose two scripts are two written
 * languages. A reader of Traditional Chinese is better served by English than by Simplified sentences
 * beside Traditional dates ("5 分鐘前"), so zh-TW falls back to English until it has its own module.
 */
export function messagesKey(locale: string): string {
  const { language, script } = new Intl.Locale(locale).maximize();
  return language === 'zh' ? `zh-${script ?? 'Hans'}` : language;
}

/** Sentences, plurals, numbers and dates for one locale, shared with every part of the widget. */
export class Localization {
  readonly #plural: Intl.PluralRules;
  readonly #number: Intl.NumberFormat;
  readonly #date: Intl.DateTimeFormat;
  readonly #relative: Intl.RelativeTimeFormat;
  /** Which messages these are (messagesKey): the moderation sentences load by it. */
  readonly key: string;
  /** The direction the messages are written in, for the widget's root. */
  readonly dir: 'ltr' | 'rtl';

  constructor(
    readonly locale: string,
    readonly messages: Messages,
  ) {
    this.key = messagesKey(locale);
    this.dir = RIGHT_TO_LEFT.has(this.key) ? 'rtl' : 'ltr';
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
  const messages = LOCALES[messagesKey(locale)];
  if (!messages) return english;
  const known = made.get(locale);
  if (known) return known;
  const make = (loaded: Messages) => {
    const l10n = made.get(locale) ?? new Localization(locale, loaded);
    made.set(locale, l10n);
    return l10n;
  };
  // A chunk that cannot load (offline, a deploy that removed it): English, and another try next time.
  return typeof messages === 'function' ? messages().then(make, () => english) : make(messages);
}

/** A tag Intl accepts, or "en": `lang` attributes are written by hand and may be anything. */
function safeLocale(tag: string): string {
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? 'en';
  } catch {
    return 'en';
  }
}
