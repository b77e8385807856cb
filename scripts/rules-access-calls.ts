/**
 * How many document-access calls (exists(), get(), getAfter(), existsAfter()) firestore.rules makes for
 * the heaviest write the widget sends, against Firestore's limits: 10 for each write, and 20 for a
 * whole batch (docs/security-model.md, "Document-access calls").
 *
 * The heaviest write is a guest's reply: one batch of the reply, its private contact and the author's
 * marker, in a thread that has a thread document (its `closed` flag is read), on a site in the
 * 'hold-first-time' mode (settings/moderation is read), by a trusted author who has posted before
 * (the author's marker, which holds the standing, is read). The Firestore emulator enforces both limits, so this measures instead of counting by
 * hand: each trial loads a copy of the rules with N more exists() calls (of documents nobody reads
 * otherwise) appended to one write's `allow`, into a project of its own, and sends the batch. The
 * largest N the batch survives leaves 10 - N calls as the rules' own for that write; with every write
 * padded, the largest total leaves 20 - N for the batch. The figures are what Firestore counts, which
 * can be fewer than the calls in the rules' text: the emulator counts a document read both before and
 * after the batch (exists() or get(), then getAfter()) once, though exists() and get() of one document twice.
 *
 * Run it with `npm run rules:access-calls` (the emulators start and stop around it).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { initializeTestEnvironment } from '@firebase/rules-unit-testing';
import { doc, serverTimestamp, setDoc, setLogLevel, Timestamp, writeBatch, type Firestore } from 'firebase/firestore';
import { commentDocument, commentPostedMarker, contactDocument } from '../src/data/documents.js';
import { parseHostAndPort, type HostAndPort } from '../src/data/host-and-port.js';
import { threadDocumentId } from '../src/data/thread-id.js';
import type { CommentDraft } from '../src/model/comment.js';
import { DEV_PROJECT_ID, ROOT } from './emulators.js';

/** Firestore's limits (https://firebase.google.com/docs/firestore/manage-data/transactions, "Security rules limits"). */
const PER_WRITE = 10;
const PER_BATCH = 20;

const found = parseHostAndPort(process.env['LAR_FIRESTORE_EMULATOR'] ?? '');
if (!found) {
  console.error('LAR_FIRESTORE_EMULATOR ("127.0.0.1:PORT") is not set. Run it with the emulators:\n  npx tsx scripts/with-emulators.ts -- npx tsx scripts/rules-access-calls.ts');
  process.exit(2);
}
const FIRESTORE: HostAndPort = found;
const PROJECT = `${process.env['LAR_PROJECT_ID'] || DEV_PROJECT_ID}-access-calls`;
const RULES = readFileSync(join(ROOT, 'firestore.rules'), 'utf8');

// A refused trial is the point; the SDK's warnings about it are noise.
setLogLevel('silent');

/** The three writes of the batch, each found by the `allow` that decides it. */
const WRITES = [
  { key: 'reply', label: 'the reply (comment document)', allow: /(allow create: if [^;]*validNewComment\([^;]*);/ },
  { key: 'contact', label: 'its private contact', allow: /(allow create: if [^;]*validNewContact\([^;]*);/ },
  { key: 'marker', label: "the author's marker", allow: /(allow update: if [^;]*postedComment\(\)[^;]*);/ },
] as const;
type WriteKey = (typeof WRITES)[number]['key'];
type Padding = Record<WriteKey, number>;

/** firestore.rules with `padding[write]` more exists() calls at the end of each write's allow. */
function paddedRules(padding: Padding): string {
  let rules = RULES;
  for (const write of WRITES) {
    if ((rules.match(new RegExp(write.allow.source, 'g')) ?? []).length !== 1) {
      throw new Error(`firestore.rules no longer has exactly one allow matching ${write.allow}: update WRITES in scripts/rules-access-calls.ts.`);
    }
    const calls = Array.from({ length: padding[write.key] }, (_, i) => ` && !exists(/databases/$(database)/documents/padding/${write.key}-${i})`);
    // The condition in parentheses: the calls must bind to all of it, not to its last `||` branch.
    rules = rules.replace(write.allow, (_match, allow: string) => {
      const [head, condition] = allow.split(/(?<=: if )/);
      return `${head}(${condition})${calls.join('')};`;
    });
  }
  return rules;
}

const ALICE = 'alice-uid';
const BOB = 'bob-uid';
const THREAD = threadDocumentId('/2026/11/a-review/');
const DRAFT: CommentDraft = { text: 'Thank you, this helped.', name: 'Alice', email: 'alice@example.com', website: 'example.com' };
const ago = (ms: number) => Timestamp.fromMillis(Date.now() - ms);

let trials = 0;

/** Sends the heaviest write under rules padded by `padding`; null when it passes, else why not. */
async function trial(padding: Padding): Promise<string | null> {
  const env = await initializeTestEnvironment({
    projectId: `${PROJECT}-${++trials}`,
    firestore: { ...FIRESTORE, rules: paddedRules(padding) },
  });
  try {
    const parentCreatedAt = ago(120_000);
    await env.withSecurityRulesDisabled(async (context) => {
      const db = context.firestore() as unknown as Firestore;
      await setDoc(doc(db, 'threads', THREAD), { closed: false });
      await setDoc(doc(db, 'threads', THREAD, 'comments', 'parent'), commentDocument(BOB, { ...DRAFT, name: 'Bob' }, parentCreatedAt));
      // The mode and a trusted author: every branch of mayPublish and blocked reads a document.
      await setDoc(doc(db, 'settings', 'moderation'), { mode: 'hold-first-time' });
      // Posted 40 s ago and opened the form 35 s ago: every branch of withinSpamLimits runs.
      await setDoc(doc(db, 'authors', ALICE), { formOpenedAt: ago(35_000), ...commentPostedMarker(THREAD, 'earlier', ago(40_000)), trusted: true });
    });
    const db = env.authenticatedContext(ALICE, { firebase: { sign_in_provider: 'anonymous' } }).firestore() as unknown as Firestore;
    const reply = doc(db, 'threads', THREAD, 'comments', 'reply');
    const batch = writeBatch(db);
    batch.set(reply, commentDocument(ALICE, DRAFT, serverTimestamp(), null, { parentId: 'parent', depth: 1, rootCreatedAt: parentCreatedAt }));
    batch.set(doc(reply, 'private', 'contact'), contactDocument(ALICE, DRAFT));
    batch.set(doc(db, 'authors', ALICE), commentPostedMarker(THREAD, 'reply', serverTimestamp()), { merge: true });
    return await batch.commit().then(
      () => null,
      (error: unknown) => String((error as Error).message),
    );
  } finally {
    await env.cleanup();
  }
}

const none: Padding = { reply: 0, contact: 0, marker: 0 };

/** A refusal for the padding itself, not for anything else the rules check. */
const overTheLimit = (refusal: string) => /Service call error/.test(refusal) && /padding/.test(refusal);

/** The largest padding `pad(n)` that still passes, counting up from `from`; and the refusal after it. */
async function largestPassing(pad: (n: number) => Padding, from: number, upTo: number): Promise<{ n: number; refusal: string | null }> {
  for (let n = from; n <= upTo; n++) {
    const refusal = await trial(pad(n));
    if (refusal !== null) return { n: n - 1, refusal };
  }
  return { n: upTo, refusal: null };
}

const baseline = await trial(none);
if (baseline !== null) {
  console.error(`The heaviest write is refused by the rules as they are, so there is nothing to measure:\n${baseline}`);
  process.exit(1);
}

console.log("Document-access calls of the heaviest write: a guest's reply (the reply, its private contact and the");
console.log("author's marker, one batch) in a thread with a thread document, on a site that holds first-time");
console.log('commenters, by a trusted author who has posted before.');
console.log(`Measured on the Firestore emulator (scripts/rules-access-calls.ts): exists() calls appended to a write's allow until it is refused.\n`);

let ok = true;
const own = { ...none };
const headroom = { ...none };
for (const write of WRITES) {
  const { n, refusal } = await largestPassing((extra) => ({ ...none, [write.key]: extra }), 1, PER_WRITE + 1);
  if (refusal === null) {
    console.log(`  ${write.label}: still passes with ${n} calls added: the emulator does not enforce the limit of ${PER_WRITE}.`);
    ok = false;
    continue;
  }
  if (!overTheLimit(refusal)) {
    console.log(`  ${write.label}: refused with ${n + 1} calls added, but not for the limit:\n    ${refusal.split('\n')[0]}`);
    ok = false;
  }
  own[write.key] = PER_WRITE - n;
  headroom[write.key] = n;
  console.log(`  ${write.label.padEnd(30)} ${String(own[write.key]).padStart(2)} of ${PER_WRITE}   (refused with ${n + 1} more)`);
}

// The whole batch: fill the writes one after the other, each up to its own limit, until the batch is refused.
const fill = (total: number): Padding => {
  const padding = { ...none };
  let left = total;
  for (const write of WRITES) {
    padding[write.key] = Math.min(left, headroom[write.key]);
    left -= padding[write.key];
  }
  return padding;
};
const room = WRITES.reduce((sum, write) => sum + headroom[write.key], 0);
const batch = await largestPassing(fill, Math.max(0, PER_BATCH - 2 * PER_WRITE), room);
if (batch.refusal === null) {
  console.log(`  the whole batch: passes with every write at its own limit (${room} calls added): the limit of ${PER_BATCH} does not bind.`);
} else {
  if (!overTheLimit(batch.refusal)) {
    console.log(`  the whole batch: refused with ${batch.n + 1} calls added, but not for the limit:\n    ${batch.refusal.split('\n')[0]}`);
    ok = false;
  }
  console.log(`  ${'the whole batch'.padEnd(30)} ${String(PER_BATCH - batch.n).padStart(2)} of ${PER_BATCH}   (refused with ${batch.n + 1} more)`);
}
console.log(`\n${trials} trials, one project each (${PROJECT}-N).`);
process.exit(ok ? 0 : 1);
