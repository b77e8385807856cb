import { localizationFor, type Localization } from '../../src/i18n/localization.js';
import { moderation as englishModeration } from '../../src/i18n/en-moderation.js';
import { moderationMessages } from '../../src/i18n/moderation.js';
import type { Counted, ModerationMessages } from '../../src/i18n/messages.js';

/** The twelve languages the widget ships, as pages write them. */
export const SHIPPED = ['en', 'es', 'fr', 'de', 'it', 'pt-BR', 'nl', 'pl', 'ru', 'ja', 'zh-CN', 'ar'] as const;
export type Shipped = (typeof SHIPPED)[number];

/** A locale's Localization, through the same lazy path as the widget's. */
export async function loaded(tag: string): Promise<Localization> {
  return localizationFor(tag);
}

/**
 * A locale's moderation sentences, through the moderators' lazy path: English at once, else English
 * first and the language's own once its module is here (the host is asked to render again).
 */
export async function moderationOf(l10n: Localization): Promise<ModerationMessages> {
  const first = moderationMessages(l10n, { requestUpdate() {} });
  if (first !== englishModeration || l10n.key === 'en') return first;
  await new Promise<void>((arrived) => moderationMessages(l10n, { requestUpdate: arrived }));
  return moderationMessages(l10n, { requestUpdate() {} });
}

/** A number as the moderation chunk's counted sentences take it (comment-thread/moderation.ts). */
export function countedIn(l10n: Localization, value: number): Counted {
  return { value, formatted: l10n.formatNumber(value), plural: new Intl.PluralRules(l10n.locale).select(value) };
}
