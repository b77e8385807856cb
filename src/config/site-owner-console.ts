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
