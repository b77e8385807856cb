import type { StoreError } from '../data/store.js';
import type { ConfigProblem } from './widget-config.js';

/**
 * The site owner reads the browser console when the comments do not appear: one line per problem,
 * each starting with "leave-a-reply:", naming what to fix, and never the same error twice.
 */
const told = new WeakSet<object>();

export function tellSiteOwnerAbout(problems: readonly ConfigProblem[]): void {
  for (const problem of problems) console.error(`leave-a-reply: ${problem.message}`);
}

/** A store error, unless it is only the reader's connection, which the site owner cannot fix. */
export function tellSiteOwner(error: StoreError): void {
  if (error.code === 'offline' || told.has(error)) return;
  told.add(error);
  console.error(`leave-a-reply: ${error.message}`);
}
