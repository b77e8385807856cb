import { moderation as en } from './en-moderation.js';
import type { Localization } from './localization.js';
import type { ModerationMessages } from './messages.js';

/**
 * The moderators' sentences by Localization.key, beside the readers' LOCALES but imported only by the
 * moderation chunk: readers never download this map, and a moderator downloads one language's module.
 */
const MODERATION: Record<string, () => Promise<ModerationMessages>> = {
  ar: () => import('./ar-moderation.js').then((m) => m.moderation),
  de: () => import('./de-moderation.js').then((m) => m.moderation),
  es: () => import('./es-moderation.js').then((m) => m.moderation),
  fr: () => import('./fr-moderation.js').then((m) => m.moderation),
  it: () => import('./it-moderation.js').then((m) => m.moderation),
  ja: () => import('./ja-moderation.js').then((m) => m.moderation),
  nl: () => import('./nl-moderation.js').then((m) => m.moderation),
  pl: () => import('./pl-moderation.js').then((m) => m.moderation),
  pt: () => import('./pt-br-moderation.js').then((m) => m.moderation),
  ru: () => import('./ru-moderation.js').then((m) => m.moderation),
  'zh-Hans': () => import('./zh-cn-moderation.js').then((m) => m.moderation),
};

const loaded = new Map<string, ModerationMessages>([['en', en]]);
/** The hosts to render again when a language arrives: a Set, as every button asks while it loads. */
const waiting = new Map<string, Set<{ requestUpdate(): void }>>();

/**
 * The moderators' sentences in `l10n`'s language, at once once loaded. Until then English, as the
 * widget itself shows English until its own language is here, and `host` renders again when they
 * arrive. A module that cannot load leaves English, and is asked again at the next render.
 */
export function moderationMessages(l10n: Localization, host: { requestUpdate(): void }): ModerationMessages {
  const known = loaded.get(l10n.key);
  if (known) return known;
  const load = MODERATION[l10n.key];
  if (!load) return en;
  let hosts = waiting.get(l10n.key);
  if (!hosts) {
    const key = l10n.key;
    hosts = new Set();
    waiting.set(key, hosts);
    const done = (messages: ModerationMessages | null) => {
      const asked = waiting.get(key);
      waiting.delete(key);
      if (messages) loaded.set(key, messages);
      if (messages) asked?.forEach((waiter) => waiter.requestUpdate());
    };
    load().then(done, () => done(null));
  }
  hosts.add(host);
  return en;
}
