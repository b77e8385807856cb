/**
 * `npm run load [-- --posters 200 --rounds 2]`: many readers posting at once, through the widget's own
 * write path (src/data/firestore/writes.ts) and firestore.rules as shipped, against the emulators; then
 * the emulator's owner reads check that nothing was lost, doubled or misplaced. The figures are printed,
 * never asserted; the exit code is 1 on any unexpected failure or verification error.
 * docs/performance.md ("Load") keeps the latest run.
 *
 * Each poster is a reader on a page of their own: a Firebase app, a Firestore connection and an
 * anonymous account (the widget's guest) of its own, all signed in at once. In the first round a
 * quarter of them start the conversation (top-level comments); the others read the thread's first page
 * over REST as the widget does, pick a comment (often the deepest, so chains of replies grow) and
 * answer it where replyPlace puts the answer. Each opens the form (openForm), types for a while, then
 * posts (queuePost, sendPost). Every third poster posts again at once, which the rules' rateWindow()
 * must refuse; every second comes back in each later round, once the window has passed.
 */
import { readFileSync } from 'node:fs';
import { loadavg, cpus } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { deleteApp, setLogLevel } from 'firebase/app';
import type { FirebaseSettings } from '../src/data/firebase-settings.js';
import { AuthorMarkers } from '../src/data/firestore/author-markers.js';
import { ReaderAuth } from '../src/data/firestore/auth.js';
import { openConnection, type Connection } from '../src/data/firestore/connection.js';
import { openForm, queuePost, sendPost } from '../src/data/firestore/writes.js';
import type { HostAndPort } from '../src/data/host-and-port.js';
import { countComments } from '../src/data/rest/count.js';
import { readPage } from '../src/data/rest/pages.js';
import { ExactTime, fromRestFields, type RestFields } from '../src/data/rest/values.js';
import { StoreError } from '../src/data/store.js';
import { threadDocumentId } from '../src/data/thread-id.js';
import { gravatarUrl } from '../src/model/avatar.js';
import { DEFAULT_LEVELS, replyPlace, SPAM_LIMITS, TOP_LEVEL, type Comment, type CommentPlace } from '../src/model/comment.js';
import { parseComment } from '../src/model/parse-comment.js';
import { threadTree, type ThreadNode } from '../src/model/thread-tree.js';
import { DEV_PROJECT_ID, ROOT, startEmulators } from './emulators.js';

const { values: flags } = parseArgs({
  options: {
    posters: { type: 'string', default: '200' },
    rounds: { type: 'string', default: '2' },
  },
});
const POSTERS = wholeNumber('posters', flags.posters);
const ROUNDS = wholeNumber('rounds', flags.rounds);

const THREADS = ['/load/first-thread', '/load/second-thread', '/load/third-thread', '/load/fourth-thread'];
/** The widget's defaults: the first page a reader sees, and the nesting replyPlace respects. */
const PAGE_SIZE = 50;
const LEVELS = DEFAULT_LEVELS;
/**
 * Round 1's replies arrive over this long after their thread's first comment, so that replies to
 * replies can follow and chains grow.
 */
const REPLY_SPREAD_MS = 15_000;
/** A reader types for 1 to 5 s: some faster than composeTime(), so that the widget waits out the rest. */
const TYPING_MS: [number, number] = [1_000, 5_000];
/**
 * The SDK keeps retrying a write it cannot deliver, for ever: a post with no answer by then counts as
 * a failure, so that a stuck run ends and says so.
 */
const ANSWER_TIMEOUT_MS = 120_000;
const PROGRESS_EVERY_MS = 5_000;
/** The same conversation shape on every run; the timing still varies with the machine. */
const random = mulberry32(8);

/** What the posters say, after their marker. */
const SENTENCES = [
  'I read this twice and liked it more the second time.',
  'Good point about the ending; I had not seen it that way.',
  'Thanks for writing this up.',
  'I disagree a little: the middle part drags for me.',
  'Same here, and the music carried it.',
  'Does anyone know where it was filmed?',
];

/** The rules' windows as shipped, read from firestore.rules rather than copied here. */
const RULES_PATH = join(ROOT, 'firestore.rules');
const RULES = readFileSync(RULES_PATH, 'utf8');
const RATE_WINDOW_MS = rulesSeconds('rateWindow') * 1000;
const COMPOSE_TIME_MS = rulesSeconds('composeTime') * 1000;

interface Poster {
  index: number;
  thread: string;
  settings: FirebaseSettings;
  connection: Connection | null;
  auth: ReaderAuth | null;
  uid: string;
  name: string;
  email: string;
  avatar: string | null;
  /** Round 1: a top-level comment rather than a reply. */
  startsThread: boolean;
  triesTooEarly: boolean;
  returns: boolean;
  /** When the server last accepted one of this poster's comments (its answer arrived), and which. */
  lastAccepted: { at: number; id: string } | null;
}

type Kind = 'first' | 'too-early' | 'return';

interface Attempt {
  poster: Poster;
  round: number;
  kind: Kind;
  id: string;
  marker: string;
  text: string;
  place: CommentPlace;
  outcome: 'accepted' | 'refused' | 'failed' | 'sending';
  expected: boolean;
  composeWaitMs: number;
  sentAt: number;
  answeredAt: number;
  error: string | null;
}

const attempts: Attempt[] = [];
const failures: string[] = [];
const signInMs: number[] = [];
const openFormMs: number[] = [];
const readMs: number[] = [];
let signedIn = 0;
/** Each thread's first accepted comment: readers come to answer a conversation that has begun. */
const begun = new Map(THREADS.map((thread) => [thread, deferred()]));

const emulators = await startEmulators({ projectId: DEV_PROJECT_ID, rules: RULES_PATH });
const posters: Poster[] = [];
/** Until the run has ended and been checked. */
let exitCode = 1;
try {
  const firestore = emulators.firestore;
  if (!firestore) throw new Error(`The load needs the Firestore emulator, which could not start. ${emulators.firestoreMissing}`);
  // Every failure is counted and printed below; the SDK's own log line for each expected refusal is noise.
  setLogLevel('silent');

  console.log(
    `Load: ${POSTERS} posters at once, ${ROUNDS} round${ROUNDS === 1 ? '' : 's'}, ${THREADS.length} threads, against the emulators ` +
      `with firestore.rules as shipped (rateWindow ${RATE_WINDOW_MS / 1000} s, composeTime ${COMPOSE_TIME_MS / 1000} s; ` +
      `the widget waits ${SPAM_LIMITS.composeMs / 1000} s). Machine: ${cpus().length} CPUs, load average ${loadAverage()}.`,
  );
  for (let index = 0; index < POSTERS; index++) posters.push(await newPoster(index, firestore, emulators.auth));

  const started = Date.now();
  const progress = setInterval(() => console.log(progressLine(started)), PROGRESS_EVERY_MS);
  await Promise.all(posters.map((poster) => runPoster(poster)));
  clearInterval(progress);
  const ended = Math.max(...attempts.map((attempt) => attempt.answeredAt), started);
  console.log(progressLine(started));
  const loadAtEnd = loadAverage();

  // The SDKs let go of their connections before the owner reads, which need none of them.
  await closePosters();
  const problems = await verify(firestore);
  printFigures(started, ended, loadAtEnd);
  console.log('\nVerification (the emulator\'s owner reads, past the rules)');
  for (const line of problems.passed) console.log(`  ok    ${line}`);
  for (const line of problems.failed) console.log(`  FAIL  ${line}`);
  if (failures.length > 0) {
    console.log(`\nUnexpected failures (${failures.length}), by kind:`);
    const kinds = new Map<string, number>();
    for (const line of failures) {
      const kind = line.replace(/^poster \d+(, round \d+ \([a-z-]+\))?, /, '');
      kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
    }
    for (const [kind, n] of kinds) console.log(`  ${String(n).padStart(5)} × ${kind}`);
    console.log('The first of them:');
    for (const line of failures.slice(0, 20)) console.log(`  ${line}`);
    if (failures.length > 20) console.log(`  … and ${failures.length - 20} more`);
  }
  const ok = failures.length === 0 && problems.failed.length === 0;
  console.log(`\n${ok ? 'OK: nothing lost, nothing doubled, every reply in its place.' : 'FAILED'}`);
  exitCode = ok ? 0 : 1;
} catch (error) {
  console.error(error);
} finally {
  await closePosters();
  await emulators.stop();
}
process.exit(exitCode);

async function newPoster(index: number, firestore: HostAndPort, auth: HostAndPort): Promise<Poster> {
  const email = `poster-${index}@example.com`;
  // Their place among the posters of their thread: every thread gets the same mix.
  const slot = Math.floor(index / THREADS.length);
  return {
    index,
    thread: THREADS[index % THREADS.length] as string,
    settings: settingsOf(`poster-${index}`, firestore, auth),
    connection: null,
    auth: null,
    uid: '',
    name: `Poster ${index}`,
    email,
    // Half of them with their Gravatar, which the rules hash the contact's email to check.
    avatar: slot % 4 < 2 ? await gravatarUrl(email) : null,
    startsThread: slot % 4 === 0,
    triesTooEarly: index % 3 === 0,
    returns: slot % 2 === 0,
    lastAccepted: null,
  };
}

/**
 * firebaseApp() names an app by its settings, and Auth remembers one reader per app: settings of
 * their own (authDomain is used only by popups and redirects) give each poster its own app and guest.
 */
function settingsOf(who: string, firestore: HostAndPort, auth: HostAndPort): FirebaseSettings {
  return { projectId: DEV_PROJECT_ID, apiKey: 'demo-api-key', authDomain: `${who}.load.localhost`, firestoreEmulator: firestore, authEmulator: auth };
}

async function runPoster(poster: Poster): Promise<void> {
  try {
    const signingIn = Date.now();
    poster.connection = await openConnection(poster.settings);
    poster.auth = new ReaderAuth(poster.connection.app, poster.settings);
    poster.uid = (await withTimeout(poster.auth.guestUser(), 'signing in')).uid;
    signInMs.push(Date.now() - signingIn);
    signedIn++;
  } catch (error) {
    failures.push(`poster ${poster.index}, signing in: ${describe(error)}`);
    return;
  }
  await post(poster, 1, 'first');
  if (poster.triesTooEarly && poster.lastAccepted) await post(poster, 1, 'too-early');
  for (let round = 2; round <= ROUNDS && poster.returns; round++) {
    const last = poster.lastAccepted;
    // The answer came after the server's request.time, so a window counted from it has surely passed.
    if (last) await sleep(last.at + RATE_WINDOW_MS - Date.now());
    await post(poster, round, 'return');
  }
}

/** One comment as a reader writes it: choose where, open the form, type, post. */
async function post(poster: Poster, round: number, kind: Kind): Promise<void> {
  const connection = poster.connection as Connection;
  const auth = poster.auth as ReaderAuth;
  const marker = `[load p${poster.index} r${round}${kind === 'too-early' ? ' early' : ''}]`;
  const attempt: Attempt = {
    poster, round, kind, id: '', marker, text: '', place: TOP_LEVEL, outcome: 'sending',
    expected: false, composeWaitMs: 0, sentAt: 0, answeredAt: 0, error: null,
  };
  let stage = 'reading the thread';
  try {
    attempt.place = kind === 'first' && poster.startsThread ? TOP_LEVEL : await chooseReplyPlace(poster, kind === 'first' ? REPLY_SPREAD_MS : 2_000);
    stage = 'opening the form';
    const opening = Date.now();
    await withTimeout(openForm(connection, auth), 'opening the form');
    openFormMs.push(Date.now() - opening);
    await sleep(between(...TYPING_MS));
    attempt.text = `${marker} ${SENTENCES[Math.floor(random() * SENTENCES.length)]}`;
    const draft = { text: attempt.text, name: poster.name, email: poster.email, website: poster.index % 5 === 0 ? `poster-${poster.index}.example.com` : '' };
    stage = 'posting';
    const queued = await queuePost(connection, auth, poster.thread, draft, { kind: 'guest', avatar: poster.avatar }, attempt.place, '');
    attempt.id = queued.id;
    // sendPost waits out composeTime() itself; waiting here first keeps that wait out of its latency.
    const composing = Date.now();
    await AuthorMarkers.for(connection).readyToPost(poster.uid);
    attempt.composeWaitMs = Date.now() - composing;
    attempts.push(attempt);
    attempt.sentAt = Date.now();
    await withTimeout(sendPost(connection, auth, queued), 'posting');
    attempt.answeredAt = Date.now();
    attempt.outcome = 'accepted';
    if (kind === 'too-early') {
      const since = poster.lastAccepted ? ((attempt.sentAt - poster.lastAccepted.at) / 1000).toFixed(1) : '?';
      failures.push(`poster ${poster.index}, round ${round} (${kind}), posting: the rules accepted a second comment sent ${since} s after the first (rateWindow ${RATE_WINDOW_MS / 1000} s)`);
    }
    poster.lastAccepted = { at: attempt.answeredAt, id: attempt.id };
    begun.get(poster.thread)?.resolve();
  } catch (error) {
    attempt.answeredAt = Date.now();
    attempt.error = describe(error);
    if (!attempts.includes(attempt)) attempts.push(attempt);
    attempt.expected = kind === 'too-early' && error instanceof StoreError && error.code === 'too-soon';
    // Refused: the rules' answer to a post that was sent; anything else (a read, a sign-in, no answer) failed.
    attempt.outcome = attempt.expected || (error instanceof StoreError && attempt.sentAt > 0) ? 'refused' : 'failed';
    if (!attempt.expected) failures.push(`poster ${poster.index}, round ${round} (${kind}), ${stage}: ${attempt.error}`);
  }
}

/**
 * Where a reply goes: once the thread has begun, after reading for a while, the thread's first page
 * read as the widget reads it (REST), then a comment on it, the deepest half the time, answered where
 * replyPlace puts the answer. (Readers do not poll an empty thread: the widget's live listener would
 * tell them, and polling would load the emulator as no reader does.) Top level when nothing is there.
 */
async function chooseReplyPlace(poster: Poster, readingUpTo: number): Promise<CommentPlace> {
  await Promise.race([begun.get(poster.thread)?.promise, sleep(ANSWER_TIMEOUT_MS)]);
  await sleep(between(0, readingUpTo));
  const reading = Date.now();
  const page = await readPage(poster.settings, poster.thread, { order: 'oldest', pageSize: PAGE_SIZE }, null);
  readMs.push(Date.now() - reading);
  const shown = page.comments.filter((comment) => comment.status === 'published');
  if (shown.length === 0) return TOP_LEVEL;
  const deepest = shown.reduce((a, b) => (b.depth > a.depth || (b.depth === a.depth && b.createdStamp > a.createdStamp) ? b : a));
  const parent = random() < 0.5 ? deepest : (shown[Math.floor(random() * shown.length)] as Comment);
  return replyPlace(parent, LEVELS) ?? TOP_LEVEL;
}

interface Verdict {
  passed: string[];
  failed: string[];
}

/** Every check of the stored result, from the emulator's owner reads and the widget's own count. */
async function verify(firestore: HostAndPort): Promise<Verdict> {
  const verdict: Verdict = { passed: [], failed: [] };
  const fail = (line: string) => verdict.failed.push(line);
  const accepted = attempts.filter((attempt) => attempt.outcome === 'accepted');
  const notStored = attempts.filter((attempt) => attempt.outcome !== 'accepted');
  const counts: string[] = [];
  let replies = 0;
  let unknown = 0;
  let shownInTree = 0;
  let contacts = 0;
  const depths = new Map<number, number>();
  const stored = new Map<string, Array<{ id: string; data: Record<string, unknown> }>>();

  for (const thread of THREADS) {
    const threadId = threadDocumentId(thread);
    const documents = await listAsOwner(firestore, ['threads', threadId, 'comments']);
    stored.set(thread, documents);
    const byId = new Map(documents.map((document) => [document.id, document.data]));
    const mine = accepted.filter((attempt) => attempt.poster.thread === thread);

    for (const attempt of mine) {
      const data = byId.get(attempt.id);
      const label = `${thread} ${attempt.id} ${attempt.marker}`;
      if (!data) {
        fail(`${label}: accepted, but not stored`);
        continue;
      }
      const author = data['author'] as Record<string, unknown> | null;
      if (data['status'] !== 'published' || data['text'] !== attempt.text || author?.['uid'] !== attempt.poster.uid) fail(`${label}: stored with other text, author or status`);
      const rootStamp = data['rootCreatedAt'] instanceof ExactTime ? data['rootCreatedAt'].stamp : data['rootCreatedAt'];
      if (data['parentId'] !== attempt.place.parentId || data['depth'] !== attempt.place.depth || rootStamp !== attempt.place.rootCreatedAt) {
        fail(`${label}: stored elsewhere than it was posted`);
      }
    }
    for (const attempt of [...mine, ...notStored.filter((attempt) => attempt.poster.thread === thread)]) {
      const copies = documents.filter((document) => typeof document.data['text'] === 'string' && document.data['text'].startsWith(`${attempt.marker} `)).length;
      const wanted = attempt.outcome === 'accepted' ? 1 : 0;
      if (copies !== wanted) fail(`${thread} ${attempt.marker} (${attempt.outcome}${attempt.expected ? ', as expected' : ''}): stored ${copies} times, not ${wanted}`);
      if (attempt.outcome !== 'accepted' && attempt.id && byId.has(attempt.id)) fail(`${thread} ${attempt.id}: ${attempt.outcome}, yet stored`);
    }
    const ids = new Set(mine.map((attempt) => attempt.id));
    for (const document of documents) {
      if (!ids.has(document.id)) {
        unknown++;
        fail(`${thread} ${document.id}: stored, but no poster had it accepted`);
      }
    }

    // Threading, from what is stored alone.
    for (const { id, data } of documents) {
      const depth = data['depth'] as number;
      depths.set(depth, (depths.get(depth) ?? 0) + 1);
      const parentId = data['parentId'];
      if (parentId === null) {
        if (depth !== 0 || data['rootCreatedAt'] !== null) fail(`${thread} ${id}: top level, but at depth ${depth} or with a root time`);
        continue;
      }
      replies++;
      const parent = byId.get(String(parentId));
      if (!parent || parent['status'] !== 'published') {
        fail(`${thread} ${id}: its parent ${String(parentId)} is not a published comment of this thread`);
        continue;
      }
      if (depth !== (parent['depth'] as number) + 1 || depth > LEVELS - 1) fail(`${thread} ${id}: depth ${depth} under a parent at depth ${String(parent['depth'])}`);
      const root = rootOf(data, byId);
      const rootCreated = root?.['createdAt'];
      const rootCreatedAt = data['rootCreatedAt'];
      if (!(rootCreated instanceof ExactTime) || !(rootCreatedAt instanceof ExactTime) || rootCreatedAt.stamp !== rootCreated.stamp) {
        fail(`${thread} ${id}: rootCreatedAt ${rootCreatedAt instanceof ExactTime ? rootCreatedAt.stamp : String(rootCreatedAt)} is not its root's createdAt ${rootCreated instanceof ExactTime ? rootCreated.stamp : '(no root)'}`);
      }
    }

    // The widget's own tree of the whole thread shows every comment once.
    const comments = documents.map(({ id, data }) => parseComment(id, data)).filter((comment): comment is Comment => comment !== null);
    const tree = threadTree(comments, { order: 'oldest', more: null, levels: LEVELS });
    const inTree = countNodes(tree);
    shownInTree += inTree;
    if (comments.length !== documents.length || inTree !== documents.length) fail(`${thread}: ${documents.length} stored, ${comments.length} parsed, ${inTree} in the widget's tree`);

    // The count readers see, the widget's own aggregation query over REST.
    const published = documents.filter((document) => document.data['status'] === 'published').length;
    const count = await countComments(settingsOf('reader', firestore, emulators.auth), thread);
    counts.push(`${count}`);
    if (count !== published || count !== mine.length) fail(`${thread}: the count says ${count}, ${published} are published, ${mine.length} were accepted`);

    // A guest's comment never exists without its private contact (same batch).
    await inBatches(documents, 16, async ({ id, data }) => {
      const contact = await getAsOwner(firestore, ['threads', threadId, 'comments', id, 'private', 'contact']);
      const author = data['author'] as Record<string, unknown> | null;
      if (contact && contact['uid'] === author?.['uid']) contacts++;
      else fail(`${thread} ${id}: no private contact of its author`);
    });
  }

  // The rate limit follows authors/{uid}: it must name each poster's last accepted comment, whatever was refused since.
  const markers = new Map((await listAsOwner(firestore, ['authors'])).map((document) => [document.id, document.data]));
  let markersRight = 0;
  for (const poster of posters.filter((poster) => poster.uid)) {
    const marker = markers.get(poster.uid);
    const wanted = poster.lastAccepted ? `${threadDocumentId(poster.thread)}/${poster.lastAccepted.id}` : null;
    if ((marker?.['lastComment'] ?? null) === wanted) markersRight++;
    else fail(`authors/${poster.uid} (poster ${poster.index}): lastComment ${String(marker?.['lastComment'])}, not ${wanted}`);
  }

  const total = [...stored.values()].reduce((sum, documents) => sum + documents.length, 0);
  const refusedAsExpected = notStored.filter((attempt) => attempt.expected).length;
  const tooEarly = attempts.filter((attempt) => attempt.kind === 'too-early').length;
  const depthList = [...depths].sort(([a], [b]) => a - b).map(([depth, n]) => `${depth}: ${n}`).join(', ');
  const { passed } = verdict;
  passed.push(`${total} comments stored in ${THREADS.length} threads; ${accepted.length} accepted, each found once by ID and once by its text marker`);
  passed.push(`${unknown} stored that no poster had accepted; ${notStored.length} refused or failed, none of them stored`);
  passed.push(`${replies} replies, each under a published parent of its own thread, at its depth + 1, with its root's createdAt exactly (depths ${depthList})`);
  passed.push(`the widget's tree (threadTree, ${LEVELS} levels) shows ${shownInTree} of ${total}`);
  passed.push(`the count (countComments) per thread: ${counts.join(', ')}, each equal to its published comments and to the comments accepted`);
  passed.push(`${contacts} of ${total} comments have their author's private contact`);
  passed.push(`${markersRight} of ${signedIn} authors' markers name their last accepted comment`);
  passed.push(`${refusedAsExpected} of ${tooEarly} second comments sent within rateWindow refused as too soon`);
  if (verdict.failed.length > 0) verdict.passed.length = 0;
  return verdict;
}

function printFigures(started: number, ended: number, loadAtEnd: string): void {
  const accepted = attempts.filter((attempt) => attempt.outcome === 'accepted');
  const refused = attempts.filter((attempt) => attempt.outcome === 'refused');
  const expected = refused.filter((attempt) => attempt.expected);
  const failed = attempts.filter((attempt) => attempt.outcome !== 'accepted' && attempt.outcome !== 'refused');
  const wall = (ended - started) / 1000;
  const firstRound = accepted.filter((attempt) => attempt.kind === 'first');
  const burst = firstRound.length ? (Math.max(...firstRound.map((a) => a.answeredAt)) - Math.min(...firstRound.map((a) => a.sentAt))) / 1000 : 0;
  const topLevel = accepted.filter((attempt) => attempt.place.parentId === null).length;
  const waited = accepted.filter((attempt) => attempt.composeWaitMs > 0).map((attempt) => attempt.composeWaitMs);
  const row = (label: string, text: string) => console.log(`  ${label.padEnd(22)} ${text}`);

  console.log('\nFigures');
  row('posters', `${POSTERS}, each its own Firebase app and anonymous account; ${signedIn} signed in (sign-in ${percentiles(signInMs)})`);
  row('comments attempted', `${attempts.length}: ${accepted.length} accepted, ${refused.length} refused (${expected.length} expected: a second comment within rateWindow; ` +
    `${refused.length - expected.length} unexpected), ${failed.length} failed`);
  row('accepted', `${topLevel} top-level, ${accepted.length - topLevel} replies; ${accepted.filter((a) => a.kind === 'first').length} in round 1, ` +
    `${accepted.filter((a) => a.kind === 'return').length} in later rounds`);
  row('wall time', `${wall.toFixed(1)} s, from the first sign-in to the last answer` +
    (ROUNDS > 1 ? ` (each later round waits out the ${RATE_WINDOW_MS / 1000} s rate window)` : ''));
  row('throughput', `${(accepted.length / wall).toFixed(1)} comments/s over the wall time; round 1, ${firstRound.length} comments in ${burst.toFixed(1)} s: ` +
    `${(firstRound.length / Math.max(burst, 0.001)).toFixed(1)} comments/s; busiest second: ${busiestSecond(accepted)} accepted`);
  row('sendPost latency', `${percentiles(accepted.map((a) => a.answeredAt - a.sentAt))} (accepted, from the send to the server's answer; composing wait excluded)`);
  if (refused.length) row('refusal latency', `${percentiles(refused.map((a) => a.answeredAt - a.sentAt))} (refused, with sendPost's reads that explain it)`);
  row('openForm latency', `${percentiles(openFormMs)} (the form-opened marker, a write under the rules)`);
  row('first-page read', `${percentiles(readMs)} (readPage over REST before a reply: top-level comments, then their replies)`);
  row('composing wait', `${waited.length} of ${accepted.length} posted sooner than composeTime after opening the form, and waited ${percentiles(waited)}`);
  row('machine', `${cpus().length} CPUs, load average at the end ${loadAtEnd} (the emulators, the load and anything else running)`);
}

/** One line every few seconds: a bar would need a dependency for a figure this line gives. */
function progressLine(started: number): string {
  const count = (outcome: Attempt['outcome']) => attempts.filter((attempt) => attempt.outcome === outcome).length;
  return `  ${String(Math.round((Date.now() - started) / 1000)).padStart(4)} s  signed in ${signedIn}/${POSTERS}  ` +
    `accepted ${count('accepted')}  refused ${count('refused')}  failed ${count('failed')}  sending ${count('sending')}`;
}

async function closePosters(): Promise<void> {
  const apps = posters.flatMap((poster) => (poster.connection ? [poster.connection.app] : []));
  for (const poster of posters) poster.connection = null;
  await Promise.allSettled(apps.map((app) => deleteApp(app)));
}

/** Every document of a collection, page by page (readAllAsOwner reads one page of 1,000). */
async function listAsOwner(emulator: HostAndPort, path: string[]): Promise<Array<{ id: string; data: Record<string, unknown> }>> {
  const documents: Array<{ id: string; data: Record<string, unknown> }> = [];
  let pageToken = '';
  do {
    const url = `${documentsUrl(emulator, path)}?pageSize=300${pageToken ? `&pageToken=${encodeURIComponent(pageToken)}` : ''}`;
    const response = await fetch(url, { headers: { Authorization: 'Bearer owner' } });
    if (!response.ok) throw new Error(`Listing ${path.join('/')} failed: ${response.status} ${await response.text()}`);
    const body = (await response.json()) as { documents?: Array<{ name: string; fields?: RestFields }>; nextPageToken?: string };
    for (const document of body.documents ?? []) {
      documents.push({ id: document.name.slice(document.name.lastIndexOf('/') + 1), data: fromRestFields(document.fields ?? {}) });
    }
    pageToken = body.nextPageToken ?? '';
  } while (pageToken);
  return documents;
}

async function getAsOwner(emulator: HostAndPort, path: string[]): Promise<Record<string, unknown> | null> {
  const response = await fetch(documentsUrl(emulator, path), { headers: { Authorization: 'Bearer owner' } });
  if (response.status === 404) return null;
  if (!response.ok) throw new Error(`Reading ${path.join('/')} failed: ${response.status} ${await response.text()}`);
  return fromRestFields(((await response.json()) as { fields?: RestFields }).fields ?? {});
}

function documentsUrl(emulator: HostAndPort, path: string[]): string {
  // The emulator's way to say "admin" is the Bearer owner header; the thread IDs contain "%", encoded once more.
  return `http://${emulator.host}:${emulator.port}/v1/projects/${DEV_PROJECT_ID}/databases/(default)/documents/${path.map(encodeURIComponent).join('/')}`;
}

/** The top-level comment above a reply, by its parents; null when the chain breaks or loops. */
function rootOf(data: Record<string, unknown>, byId: Map<string, Record<string, unknown>>): Record<string, unknown> | null {
  let current: Record<string, unknown> | undefined = data;
  for (let steps = 0; current && steps <= LEVELS; steps++) {
    if (current['parentId'] === null) return current;
    current = byId.get(String(current['parentId']));
  }
  return null;
}

function countNodes(nodes: ThreadNode[]): number {
  return nodes.reduce((sum, node) => sum + 1 + countNodes(node.replies), 0);
}

/** "p50 … p90 … p99 … max …" (nearest rank), or "none". */
function percentiles(values: number[]): string {
  if (values.length === 0) return 'none';
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] as number;
  return `p50 ${at(50)} ms, p90 ${at(90)} ms, p99 ${at(99)} ms, max ${sorted.at(-1)} ms (n = ${sorted.length})`;
}

function busiestSecond(accepted: Attempt[]): number {
  const times = accepted.map((attempt) => attempt.answeredAt).sort((a, b) => a - b);
  let best = 0;
  for (let first = 0, last = 0; last < times.length; last++) {
    while ((times[last] as number) - (times[first] as number) >= 1000) first++;
    best = Math.max(best, last - first + 1);
  }
  return best;
}

async function inBatches<T>(items: T[], size: number, run: (item: T) => Promise<void>): Promise<void> {
  for (let i = 0; i < items.length; i += size) await Promise.all(items.slice(i, i + size).map(run));
}

function withTimeout<T>(work: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer ${what} within ${ANSWER_TIMEOUT_MS / 1000} s`)), ANSWER_TIMEOUT_MS);
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

function describe(error: unknown): string {
  return error instanceof StoreError ? `${error.code}: ${error.message}` : error instanceof Error ? error.message : String(error);
}

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve = () => {};
  const promise = new Promise<void>((done) => (resolve = done));
  return { promise, resolve };
}

function sleep(ms: number): Promise<void> {
  return new Promise((done) => setTimeout(done, Math.max(0, ms)));
}

function between(min: number, max: number): number {
  return Math.round(min + random() * (max - min));
}

function loadAverage(): string {
  return loadavg().map((value) => value.toFixed(2)).join(', ');
}

function rulesSeconds(name: string): number {
  const match = new RegExp(`function ${name}\\(\\)\\s*\\{\\s*return duration\\.value\\((\\d+), 's'\\)`).exec(RULES);
  if (!match) throw new Error(`firestore.rules: ${name}() is not "duration.value(N, 's')", which scripts/load.ts reads.`);
  return Number(match[1]);
}

function wholeNumber(flag: string, text: string): number {
  const value = Number(text);
  if (!Number.isSafeInteger(value) || value < 1) {
    console.error(`--${flag} wants a whole number of at least 1, not "${text}".`);
    process.exit(2);
  }
  return value;
}

/** A small seeded generator (mulberry32): the same choices on every run. */
function mulberry32(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

