import { countLinks, LIMITS } from './comment.js';

/**
 * Moderation as every layer agrees on it: the modes, and whether a new comment is held. A module of
 * its own, apart from comment.ts, so that only the code that posts (and the moderators') carries it.
 */

/**
 * Whether a new comment will be held for moderation (`pending`) rather than published at once, as the
 * rules' mayPublish decides: never a moderator's; in `hold-all` always; in `hold-first-time` until a
 * moderator has approved one of the author's comments (`trusted`); and with more links than allowed.
 */
export function heldOnPosting(text: string, moderation: { mode: ModerationMode; trusted: boolean; moderator: boolean }): boolean {
  if (moderation.moderator) return false;
  return moderation.mode === 'hold-all' || (moderation.mode === 'hold-first-time' && !moderation.trusted) || countLinks(text) > LIMITS.linksMax;
}

/** The site owner's moderation mode, in settings/moderation (no document: `publish-all`). */
export type ModerationMode = 'publish-all' | 'hold-first-time' | 'hold-all';

export const MODERATION_MODES: readonly ModerationMode[] = ['publish-all', 'hold-first-time', 'hold-all'];

