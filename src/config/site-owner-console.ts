import type { ConfigProblem } from './widget-config.js';

/**
 * The site owner reads the browser console when the comments do not appear: one line per problem,
 * each starting with "leave-a-reply:", naming what to fix, and never the same error twice.
 */
const told = new WeakSet<object>();

export function tellSiteOwnerAbout(problems: readonly ConfigProblem[]): void {
  for (const problem of problems) console.error(`leave-a-reply: ${problem.message}`);
}

/** Errors that are the reader's own situation (their connection, their choice), not the site owner's to fix. */
const READERS_OWN = new Set(['offline', 'popup-closed', 'refused', 'invalid-link']);

/** A StoreError or an AccountError, unless it is one of the reader's own. */
export function tellSiteOwner(error: Error & { code: string }): void {
  if (READERS_OWN.has(error.code) || told.has(error)) return;
  told.add(error);
  console.error(`leave-a-reply: ${error.message}`);
}

/**
 * A <leave-a-reply-count> whose number did not come: it keeps the site owner's own text, so only the
 * console says why. A reader's lost connection is no one's to fix, but the count has no other way to
 * tell it, so it gets a warning rather than an error.
 */
export function tellSiteOwnerCountFailed(threadKey: string, error: Error & { code: string }): void {
  const say = error.code === 'offline' ? console.warn : console.error;
  say(`leave-a-reply: The comment count of thread "${threadKey}" could not be loaded. ${error.message}`);
}
