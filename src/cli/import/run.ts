import { existsSync, readFileSync, statSync } from 'node:fs';
import type { Firestore } from 'firebase-admin/firestore';
import { ensureReachable, type Connection } from '../connection.js';
import { CliError } from '../errors.js';
import { progress } from '../progress.js';
import { readDisqus } from './disqus.js';
import { planImport, type PlannedComment } from './plan.js';
import { InvalidExport, type SourceComment } from './source.js';
import { threadMap } from './thread-map.js';
import { readWordPress } from './wordpress.js';

export type ExportFormat = 'wordpress' | 'disqus';

export interface ImportOptions {
  keepPingbacks?: boolean;
  map?: string[];
  mapFile?: string;
  dryRun?: boolean;
}

/** What an import did, for the report and for the benchmark. */
export interface ImportSummary {
  total: Counts;
  threads: Map<string, Counts>;
  /** Milliseconds: reading, checking and planning; then the reads and writes in Firestore. */
  readMs: number;
  writeMs: number;
}

interface Counts {
  created: number;
  published: number;
  pending: number;
  spam: number;
  existing: number;
  trash: number;
  deleted: number;
  pingbacks: number;
  movedUp: number;
  capped: number;
}

/** Firestore's most writes in one commit. A comment and its contact go in the same one. */
const BATCH_WRITES = 500;
/** Commits in flight at once: enough to keep the connection busy, few enough to be polite. */
const PARALLEL = 4;

/**
 * Reads and checks the whole export, and decides every document, before the first write: a broken
 * file stops with its line numbers and leaves the project untouched. Then writes only what is not
 * there yet (a comment already in Firestore stays as it is: a moderator may have changed it since),
 * so running the same import again creates nothing.
 */
export async function runImport(
  format: ExportFormat,
  file: string,
  options: ImportOptions,
  connection: Connection,
  say: (line: string) => void,
): Promise<ImportSummary> {
  const started = performance.now();
  if (!existsSync(file) || !statSync(file).isFile()) throw new CliError(`${file}: no such file. Give the path of the ${format === 'wordpress' ? 'WordPress (WXR)' : 'Disqus'} export.`);
  const map = threadMap(options.map ?? [], options.mapFile);

  let sources: SourceComment[];
  let plan: Awaited<ReturnType<typeof planImport>>;
  try {
    // Parsed once, as one string: a 50 MB export is a few hundred MB of memory (docs/cli.md).
    const text = readFileSync(file, 'utf8');
    sources = format === 'wordpress' ? readWordPress(text, { keepPingbacks: !!options.keepPingbacks, map }) : readDisqus(text, { map });
    plan = await planImport(sources, format);
  } catch (error) {
    if (!(error instanceof InvalidExport)) throw error;
    const shown = error.problems.slice(0, 20).map(({ line, message }) => `${file}:${line}: ${message}`);
    const more = error.problems.length > shown.length ? `\n…and ${error.problems.length - shown.length} more.` : '';
    throw new CliError(`${shown.join('\n')}${more}\nNothing was imported: fix the export (or export it again) and rerun.`);
  }
  for (const key of map.unused()) say(`Warning: --map ${key} matched no thread in ${file}.`);
  const readMs = performance.now() - started;

  await ensureReachable(connection, 'firestore');
  const writeStarted = performance.now();
  const existing = await existingComments(connection.firestore, plan.comments);
  const fresh = plan.comments.filter((comment) => !existing.has(path(comment)));

  const threads = new Map<string, Counts>();
  const total = counts();
  const count = (key: string, bump: (counts: Counts) => void) => {
    const thread = threads.get(key) ?? counts();
    threads.set(key, thread);
    bump(thread);
    bump(total);
  };
  for (const comment of plan.comments) {
    count(comment.threadKey, (c) => {
      if (existing.has(path(comment))) {
        c.existing++;
        return;
      }
      c.created++;
      c[comment.status]++;
      if (comment.moved === 'up') c.movedUp++;
      if (comment.moved === 'capped') c.capped++;
    });
  }
  for (const source of plan.skipped) count(source.threadKey, (c) => c[source.skip === 'pingback' ? 'pingbacks' : source.skip ?? 'deleted']++);

  if (options.dryRun) {
    for (const comment of fresh) say(describeWrite(comment));
  } else {
    await write(connection.firestore, fresh);
  }
  const writeMs = performance.now() - writeStarted;

  for (const [key, thread] of threads) say(`${key}: ${describe(thread)}`);
  say(`Total (${threads.size} thread${threads.size === 1 ? '' : 's'}): ${describe(total)}`);
  if (options.dryRun) say(`Dry run: nothing was written to ${connection.describe}.`);
  else if (total.created === 0) say(`Nothing new: every comment of ${file} is already in ${connection.describe}.`);
  else say(`Imported ${total.created} comment${total.created === 1 ? '' : 's'} into ${connection.describe}.`);
  return { total, threads, readMs, writeMs };
}

function counts(): Counts {
  return { created: 0, published: 0, pending: 0, spam: 0, existing: 0, trash: 0, deleted: 0, pingbacks: 0, movedUp: 0, capped: 0 };
}

function describe(c: Counts): string {
  const parts = [`${c.created} new (${c.published} published, ${c.pending} pending, ${c.spam} spam)`, `${c.existing} already there`];
  const skipped = [
    c.trash && `${c.trash} trashed`,
    c.deleted && `${c.deleted} deleted`,
    c.pingbacks && `${c.pingbacks} pingback${c.pingbacks === 1 ? '' : 's'}/trackback${c.pingbacks === 1 ? '' : 's'}`,
  ].filter(Boolean);
  if (skipped.length > 0) parts.push(`skipped ${skipped.join(', ')}`);
  if (c.movedUp) parts.push(`${c.movedUp} moved up (parent skipped or not published)`);
  if (c.capped) parts.push(`${c.capped} attached at the tenth level`);
  return parts.join('; ');
}

function describeWrite(comment: PlannedComment): string {
  const { parentId, depth, author } = comment.comment;
  const where = parentId ? `reply to ${parentId}, depth ${depth}` : 'top level';
  return `would write threads/${comment.threadId}/comments/${comment.id} (${comment.status}, ${where}) by ${author.name}, ${comment.source.createdAt.toISOString()}`;
}

const path = (comment: PlannedComment) => `threads/${comment.threadId}/comments/${comment.id}`;

async function existingComments(firestore: Firestore, comments: PlannedComment[]): Promise<Set<string>> {
  const found = new Set<string>();
  const bar = progress('Checked', comments.length);
  await inParallel(chunks(comments, BATCH_WRITES), async (chunk) => {
    const snapshots = await firestore.getAll(...chunk.map((comment) => firestore.doc(path(comment))), { fieldMask: [] });
    for (const snapshot of snapshots) if (snapshot.exists) found.add(snapshot.ref.path);
    bar.increment(chunk.length);
  });
  bar.stop();
  return found;
}

/**
 * Batches of 500 writes, each all or nothing, a comment with its contact. `create`, not `set`: if
 * someone wrote the same comment since the check, the batch fails rather than overwrite it.
 */
async function write(firestore: Firestore, comments: PlannedComment[]) {
  const bar = progress('Imported', comments.length);
  await inParallel(chunks(comments, BATCH_WRITES / 2), async (chunk) => {
    const batch = firestore.batch();
    for (const comment of chunk) {
      const document = firestore.doc(path(comment));
      batch.create(document, comment.comment);
      batch.create(document.collection('private').doc('contact'), comment.contact);
    }
    await batch.commit();
    bar.increment(chunk.length);
  });
  bar.stop();
}

function chunks<T>(items: T[], size: number): T[][] {
  const result: T[][] = [];
  for (let i = 0; i < items.length; i += size) result.push(items.slice(i, i + size));
  return result;
}

async function inParallel<T>(items: T[], work: (item: T) => Promise<void>) {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++]);
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL, items.length) }, worker));
}
