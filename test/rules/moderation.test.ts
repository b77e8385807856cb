/**
 * Moderation: the site owner's mode (settings/moderation), held comments that only their author and
 * moderators read, moderators' changes with their log entry, trusted and blocked authors (in the
 * author's marker, authors/{uid}), and the thread's closed and pinned flags as moderators set them. Moderators are accounts whose token carries the custom claim
 * `moderator: true`; a guest's never counts. Each refused request comes after its legitimate twin.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assertFails, assertSucceeds } from '@firebase/rules-unit-testing';
import {
  collection,
  deleteDoc,
  doc,
  getDoc,
  getDocs,
  query,
  serverTimestamp,
  setDoc,
  Timestamp,
  updateDoc,
  where,
  writeBatch,
  type Firestore,
} from 'firebase/firestore';
import { deletedCommentDocument } from '../../src/data/documents.js';
import {
  ALICE,
  BOB,
  commentFields,
  commentRef,
  contactRef,
  DRAFT,
  legitAllowedAttackDenied,
  MALLORY,
  minutesAgo,
  newId,
  post,
  seedComment,
  storedComment,
  THREAD,
  threadRef,
  useRulesEnv,
  withField,
  type Data,
} from './rules-env.js';

const env = useRulesEnv('moderation');

const MODERATOR = 'moderator-uid';
const OTHER_MODERATOR = 'other-moderator-uid';
const moderator = (uid = MODERATOR) => env.account(uid, 'google.com', { name: 'Mo', moderator: true });
/** An account without the claim, or with a claim that is not exactly `true`. */
const plainAccount = (claim?: unknown) => env.account(MALLORY, 'google.com', { name: 'Mallory', ...(claim === undefined ? {} : { moderator: claim }) });

const LINKS = 'See https://a.example, https://b.example and https://c.example';

function setMode(mode: string | null): Promise<void> {
  return env.seed((db) => (mode === null ? deleteDoc(doc(db, 'settings', 'moderation')) : setDoc(doc(db, 'settings', 'moderation'), { mode })));
}

/** What moderators decided about an author, in the author's marker (the spam markers are post()'s). */
function setStanding(uid: string, standing: Data): Promise<void> {
  return env.seed((db) => setDoc(doc(db, 'authors', uid), standing, { merge: true }));
}

/** A guest's post with its status (and text) as given. */
function postAs(db: Firestore, uid: string, status: string, text = DRAFT.text): Promise<void> {
  return post(db, uid, { comment: withField(commentFields(uid, { ...DRAFT, text }), 'status', status) });
}

interface LogFields {
  action: string;
  threadId?: string | null;
  commentId?: string | null;
  subject?: string | null;
  by?: string;
  at?: unknown;
}

/** A log entry as the widget writes it, in the batch `write` fills; returns its ID. */
function logEntry(db: Firestore, batch: ReturnType<typeof writeBatch>, by: string, fields: LogFields): string {
  const id = newId();
  batch.set(doc(db, 'moderationLog', id), {
    by: fields.by ?? by,
    action: fields.action,
    threadId: fields.threadId === undefined ? THREAD : fields.threadId,
    commentId: fields.commentId ?? null,
    subject: fields.subject ?? null,
    at: fields.at ?? serverTimestamp(),
  });
  return id;
}

interface ModerateOptions {
  /** The log entry's fields, changed (an attack); the widget's when left out. */
  log?: Partial<LogFields> | null;
  /** Changes the comment's new fields (an attack). */
  change?: (fields: Data) => Data;
  by?: string;
  /** The database to send from; the moderator's when left out. */
  db?: Firestore;
}

/** The log's action for each new status; 'delete' for anything else (a deletion written as a status change). */
const ACTION_OF: Record<string, string> = { published: 'approve', pending: 'unapprove', spam: 'spam' };

/** A moderator's status change, with its log entry, as the widget writes it. */
async function moderate(id: string, status: string, options: ModerateOptions = {}): Promise<void> {
  const by = options.by ?? MODERATOR;
  const db = options.db ?? moderator(by);
  const batch = writeBatch(db);
  const logId = options.log === null ? newId() : logEntry(db, batch, by, { action: ACTION_OF[status] ?? 'delete', commentId: id, ...options.log });
  const fields: Data = { status, updatedAt: serverTimestamp(), moderation: logId };
  batch.update(commentRef(db, id), options.change ? options.change(fields) : fields);
  await batch.commit();
}

/** A moderator's deletion: what an author's deletion leaves, the log entry, and the contact gone. */
async function moderatorDelete(id: string, options: { keepContact?: boolean; change?: (fields: Data) => Data; db?: Firestore } = {}): Promise<void> {
  const stored = (await storedComment(env, id))!;
  const db = options.db ?? moderator();
  const batch = writeBatch(db);
  const logId = logEntry(db, batch, MODERATOR, { action: 'delete', commentId: id });
  const place = { parentId: stored['parentId'] as string | null, depth: stored['depth'] as number, rootCreatedAt: stored['rootCreatedAt'], createdAt: stored['createdAt'] };
  const fields: Data = { ...deletedCommentDocument(place, serverTimestamp()), moderation: logId };
  batch.set(commentRef(db, id), options.change ? options.change(fields) : fields);
  if (!options.keepContact) batch.delete(contactRef(db, id));
  await batch.commit();
}

/** A moderator's write to threads/{THREAD}, an author's marker (their standing) or settings/moderation, with its log entry. */
async function moderatorWrite(
  db: Firestore,
  by: string,
  target: 'thread' | 'standing' | 'settings',
  fields: Data,
  log: LogFields,
  subject = ALICE,
): Promise<void> {
  const batch = writeBatch(db);
  const logId = logEntry(db, batch, by, log);
  const ref = target === 'thread' ? threadRef(db) : target === 'standing' ? doc(db, 'authors', subject) : doc(db, 'settings', 'moderation');
  batch.set(ref, { ...fields, moderation: logId }, { merge: true });
  await batch.commit();
}

describe('moderation modes: what a new comment may be', () => {
  it('publish-all (no settings document): a comment is published, and an author may hold their own', async () => {
    await assertSucceeds(postAs(env.guest(ALICE), ALICE, 'published'));
    await assertSucceeds(postAs(env.guest(BOB), BOB, 'pending'));
  });

  it('publish-all, written out: the same', async () => {
    await setMode('publish-all');
    await assertSucceeds(postAs(env.guest(ALICE), ALICE, 'published'));
  });

  it('hold-all: a published comment is refused, a held one accepted', async () => {
    await setMode('hold-all');
    await legitAllowedAttackDenied(
      () => postAs(env.guest(ALICE), ALICE, 'pending'),
      () => postAs(env.guest(BOB), BOB, 'published'),
    );
  });

  it('hold-all: even a trusted author is held', async () => {
    await setMode('hold-all');
    await setStanding(ALICE, { trusted: true });
    await legitAllowedAttackDenied(
      () => postAs(env.guest(BOB), BOB, 'pending'),
      () => postAs(env.guest(ALICE), ALICE, 'published'),
    );
  });

  it('hold-all: a moderator is never held', async () => {
    await setMode('hold-all');
    const db = moderator();
    const comment = withField(commentFields(MODERATOR), 'author', { uid: MODERATOR, name: 'Mo', website: null, provider: 'google', avatar: null });
    await assertSucceeds(post(db, MODERATOR, { comment, contact: null }));
  });

  it('hold-first-time: a first-time author is held, a trusted one published', async () => {
    await setMode('hold-first-time');
    await setStanding(ALICE, { trusted: true });
    await legitAllowedAttackDenied(
      () => postAs(env.guest(ALICE), ALICE, 'published'),
      () => postAs(env.guest(BOB), BOB, 'published'),
    );
    await assertSucceeds(postAs(env.guest(BOB), BOB, 'pending'));
  });

  it('hold-first-time: trusted must be exactly true', async () => {
    await setMode('hold-first-time');
    await setStanding(ALICE, { trusted: true });
    await setStanding(BOB, { trusted: 'yes' });
    await legitAllowedAttackDenied(
      () => postAs(env.guest(ALICE), ALICE, 'published'),
      () => postAs(env.guest(BOB), BOB, 'published'),
    );
  });

  it('an unknown mode publishes nothing at once', async () => {
    await setMode('publish-all');
    await assertSucceeds(postAs(env.guest(ALICE), ALICE, 'published'));
    await setMode('everything-goes');
    await assertFails(postAs(env.guest(BOB), BOB, 'published'));
  });

  it('more links than allowed: held, not refused, in every mode', async () => {
    await legitAllowedAttackDenied(
      () => postAs(env.guest(ALICE), ALICE, 'pending', LINKS),
      () => postAs(env.guest(BOB), BOB, 'published', LINKS),
    );
  });

  it('a comment may not be created as spam or deleted', async () => {
    await assertSucceeds(postAs(env.guest(ALICE), ALICE, 'pending'));
    await assertFails(postAs(env.guest(BOB), BOB, 'spam'));
  });
});

describe('blocked authors', () => {
  it('a blocked author can post nothing, held or not', async () => {
    await setStanding(BOB, { blocked: false });
    await setStanding(MALLORY, { blocked: true });
    await legitAllowedAttackDenied(
      () => postAs(env.guest(BOB), BOB, 'published'),
      () => postAs(env.guest(MALLORY), MALLORY, 'pending'),
    );
    await assertFails(postAs(env.guest(MALLORY), MALLORY, 'published'));
  });

  it('a blocked author can no longer edit or delete their comment', async () => {
    const ok = newId();
    const blocked = newId();
    await seedComment(env, { id: ok, uid: ALICE });
    await seedComment(env, { id: blocked, uid: MALLORY });
    await setStanding(MALLORY, { blocked: true });
    const edit = (db: Firestore, id: string) => updateDoc(commentRef(db, id), { text: 'Edited', editedAt: serverTimestamp(), updatedAt: serverTimestamp() });
    await legitAllowedAttackDenied(() => edit(env.guest(ALICE), ok), () => edit(env.guest(MALLORY), blocked));
  });

  it('nobody unblocks or trusts themselves', async () => {
    await setStanding(MALLORY, { blocked: true });
    const db = env.guest(MALLORY);
    await assertSucceeds(moderatorWrite(moderator(), MODERATOR, 'standing', { blocked: false }, { action: 'unblock', subject: BOB }, BOB));
    await assertFails(setDoc(doc(db, 'authors', MALLORY), { blocked: false }));
    await assertFails(moderatorWrite(db, MALLORY, 'standing', { trusted: true }, { action: 'approve', subject: MALLORY }, MALLORY));
  });
});

describe('who reads held and spam comments', () => {
  async function seedHeld(status: string): Promise<string> {
    const id = newId();
    await seedComment(env, { id, uid: ALICE, status });
    return id;
  }

  for (const status of ['pending', 'spam']) {
    it(`a ${status} comment: its author and moderators read it; another reader, a visitor and a plain account do not`, async () => {
      const id = await seedHeld(status);
      await assertSucceeds(getDoc(commentRef(env.guest(ALICE), id)));
      await assertSucceeds(getDoc(commentRef(moderator(), id)));
      await legitAllowedAttackDenied(() => getDoc(commentRef(env.guest(ALICE), id)), () => getDoc(commentRef(env.guest(BOB), id)));
      await assertFails(getDoc(commentRef(env.visitor(), id)));
      await assertFails(getDoc(commentRef(plainAccount(), id)));
    });
  }

  for (const claim of [false, 'true', 1, null]) {
    it(`a moderator claim of ${JSON.stringify(claim)} is no claim`, async () => {
      const id = await seedHeld('pending');
      await legitAllowedAttackDenied(() => getDoc(commentRef(moderator(), id)), () => getDoc(commentRef(plainAccount(claim), id)));
    });
  }

  it("a guest's token with the claim is no moderator", async () => {
    const id = await seedHeld('pending');
    const guestModerator = env.account(MALLORY, 'anonymous', { moderator: true });
    await legitAllowedAttackDenied(() => getDoc(commentRef(moderator(), id)), () => getDoc(commentRef(guestModerator, id)));
  });

  it("queries: readers ask for published and deleted; the author for their own held ones; moderators for all held ones", async () => {
    await seedHeld('pending');
    await seedComment(env, { id: newId(), uid: BOB });
    const comments = (db: Firestore) => collection(db, 'threads', THREAD, 'comments');
    const readers = (db: Firestore) => query(comments(db), where('status', 'in', ['published', 'deleted']));
    const ownHeld = (db: Firestore, uid: string) => query(comments(db), where('author.uid', '==', uid), where('status', '==', 'pending'));
    const allHeld = (db: Firestore) => query(comments(db), where('status', '==', 'pending'));

    assert.equal((await assertSucceeds(getDocs(readers(env.guest(BOB))))).size, 1);
    assert.equal((await assertSucceeds(getDocs(ownHeld(env.guest(ALICE), ALICE)))).size, 1);
    assert.equal((await assertSucceeds(getDocs(allHeld(moderator())))).size, 1);
    await assertFails(getDocs(ownHeld(env.guest(BOB), ALICE)));
    await assertFails(getDocs(allHeld(env.guest(BOB))));
    await assertFails(getDocs(allHeld(plainAccount())));
  });
});

describe("a moderator's changes to a comment", () => {
  const transitions: Array<[string, string]> = [
    ['pending', 'published'],
    ['spam', 'published'],
    ['published', 'pending'],
    ['published', 'spam'],
    ['pending', 'spam'],
  ];
  for (const [from, to] of transitions) {
    it(`${from} → ${to} (${ACTION_OF[to]}), with its log entry; not by a plain account`, async () => {
      const id = newId();
      await seedComment(env, { id, uid: ALICE, status: from, ageMinutes: 60 * 24 * 30 });
      await assertFails(moderate(id, to, { db: plainAccount(), by: MALLORY }));
      await assertSucceeds(moderate(id, to));
      const stored = await storedComment(env, id);
      assert.equal(stored?.['status'], to);
    });
  }

  it('refuses a change the action does not name, and a change from a status it does not start from', async () => {
    const id = newId();
    await seedComment(env, { id, uid: ALICE, status: 'published' });
    await assertFails(moderate(id, 'published'));
    await assertFails(moderate(id, 'deleted'));
    await assertSucceeds(moderate(id, 'pending'));
  });

  const badLogs: Array<[string, Partial<LogFields> | null]> = [
    ['without a log entry', null],
    ['with an entry by another moderator', { by: OTHER_MODERATOR }],
    ['with an entry for another action', { action: 'spam' }],
    ['with an entry for another comment', { commentId: 'another-comment' }],
    ['with an entry for another thread', { threadId: 'another-thread' }],
    ['with an entry dated earlier', { at: minutesAgo(5) }],
  ];
  for (const [label, log] of badLogs) {
    it(`refuses an approval ${label}`, async () => {
      const id = newId();
      await seedComment(env, { id, uid: ALICE, status: 'pending' });
      await assertFails(moderate(id, 'published', { log }));
      await assertSucceeds(moderate(id, 'published'));
    });
  }

  const tampering: Array<[string, (fields: Data) => Data]> = [
    ['changes the text', (fields) => withField(fields, 'text', 'Moderated words')],
    ['changes the author', (fields) => withField(fields, 'author.name', 'Someone else')],
    ['keeps an old time', (fields) => withField(fields, 'updatedAt', minutesAgo(1))],
    ['adds a field', (fields) => withField(fields, 'featured', true)],
  ];
  for (const [label, change] of tampering) {
    it(`refuses an approval that ${label}`, async () => {
      const id = newId();
      await seedComment(env, { id, uid: ALICE, status: 'pending' });
      await assertFails(moderate(id, 'published', { change }));
      await assertSucceeds(moderate(id, 'published'));
    });
  }

  it('approving trusts the author in the same batch; the author cannot trust themselves', async () => {
    const id = newId();
    await seedComment(env, { id, uid: ALICE, status: 'pending' });
    const db = moderator();
    const batch = writeBatch(db);
    const logId = logEntry(db, batch, MODERATOR, { action: 'approve', commentId: id, subject: ALICE });
    batch.update(commentRef(db, id), { status: 'published', updatedAt: serverTimestamp(), moderation: logId });
    batch.set(doc(db, 'authors', ALICE), { trusted: true, moderation: logId }, { merge: true });
    await assertSucceeds(batch.commit());
    await setMode('hold-first-time');
    await assertSucceeds(postAs(env.guest(ALICE), ALICE, 'published'));
    await assertFails(setDoc(doc(env.guest(BOB), 'authors', BOB), { trusted: true }));
  });

  it('a standing that names a log entry about someone else is refused', async () => {
    await legitAllowedAttackDenied(
      () => moderatorWrite(moderator(), MODERATOR, 'standing', { blocked: true }, { action: 'block', subject: BOB }, BOB),
      () => moderatorWrite(moderator(), MODERATOR, 'standing', { blocked: true }, { action: 'block', subject: BOB }, ALICE),
    );
  });

  it('a standing that moves a spam marker, or a blocked flag that is not a boolean, is refused', async () => {
    await assertSucceeds(moderatorWrite(moderator(), MODERATOR, 'standing', { blocked: true }, { action: 'block', subject: ALICE }));
    await assertFails(moderatorWrite(moderator(), MODERATOR, 'standing', { blocked: 'yes' }, { action: 'block', subject: ALICE }));
    await assertFails(moderatorWrite(moderator(), MODERATOR, 'standing', { blocked: true, lastCommentAt: serverTimestamp() }, { action: 'block', subject: ALICE }));
  });

  it('deletes at any age: what the author leaves, the contact gone; not keeping the text or the contact', async () => {
    const kept = newId();
    const text = newId();
    const ok = newId();
    for (const id of [kept, text, ok]) await seedComment(env, { id, uid: ALICE, ageMinutes: 60 * 24 * 365 });
    await assertFails(moderatorDelete(kept, { keepContact: true }));
    await assertFails(moderatorDelete(text, { change: (fields) => withField(fields, 'text', 'kept') }));
    await assertFails(moderatorDelete(ok, { db: plainAccount() }));
    await assertSucceeds(moderatorDelete(ok));
    const stored = await storedComment(env, ok);
    assert.equal(stored?.['status'], 'deleted');
    assert.equal(stored?.['author'], null);
    assert.equal(await env.peek(async (db) => (await getDoc(contactRef(db, ok))).exists()), false);
  });

  it('a plain account cannot delete a contact; a moderator can', async () => {
    const id = newId();
    await seedComment(env, { id, uid: ALICE });
    await legitAllowedAttackDenied(() => deleteDoc(contactRef(moderator(), id)), () => deleteDoc(contactRef(plainAccount(), newId())));
  });
});

describe('the thread: closed and pinned', () => {
  it('a moderator closes and reopens a thread; a plain account cannot', async () => {
    await assertFails(moderatorWrite(plainAccount(), MALLORY, 'thread', { closed: true }, { action: 'close' }));
    await assertSucceeds(moderatorWrite(moderator(), MODERATOR, 'thread', { closed: true }, { action: 'close' }));
    await assertFails(postAs(env.guest(ALICE), ALICE, 'published'));
    await assertSucceeds(moderatorWrite(moderator(), MODERATOR, 'thread', { closed: false }, { action: 'reopen' }));
    await assertSucceeds(postAs(env.guest(ALICE), ALICE, 'published'));
  });

  it('pins and unpins a comment', async () => {
    await assertSucceeds(moderatorWrite(moderator(), MODERATOR, 'thread', { pinned: 'some-comment' }, { action: 'pin' }));
    await assertSucceeds(moderatorWrite(moderator(), MODERATOR, 'thread', { pinned: null }, { action: 'unpin' }));
  });

  const badThreads: Array<[string, Data, LogFields]> = [
    ['closing logged as a reopening', { closed: true }, { action: 'reopen' }],
    ['pinning logged as closing', { pinned: 'c' }, { action: 'close' }],
    ['closing and pinning at once', { closed: true, pinned: 'c' }, { action: 'close' }],
    ['a closed flag that is not a boolean', { closed: 'yes' }, { action: 'close' }],
    ['a pinned comment that is not an ID', { pinned: 42 }, { action: 'pin' }],
    ['another field', { closed: true, title: 'Hi' }, { action: 'close' }],
    ['a log entry for another thread', { closed: true }, { action: 'close', threadId: 'another-thread' }],
  ];
  for (const [label, fields, log] of badThreads) {
    it(`refuses ${label}`, async () => {
      await assertFails(moderatorWrite(moderator(), MODERATOR, 'thread', fields, log));
      await assertSucceeds(moderatorWrite(moderator(), MODERATOR, 'thread', { closed: true }, { action: 'close' }));
    });
  }

  it('refuses a thread change without a log entry', async () => {
    await assertSucceeds(moderatorWrite(moderator(), MODERATOR, 'thread', { closed: true }, { action: 'close' }));
    await assertFails(setDoc(threadRef(moderator()), { closed: false }, { merge: true }));
  });
});

describe('the mode and the log', () => {
  it('anyone reads the mode; moderators set it, to a known mode, with its log entry', async () => {
    await setMode('hold-all');
    await assertSucceeds(getDoc(doc(env.visitor(), 'settings', 'moderation')));
    await assertSucceeds(moderatorWrite(moderator(), MODERATOR, 'settings', { mode: 'hold-first-time' }, { action: 'mode', threadId: null }));
    await assertFails(moderatorWrite(moderator(), MODERATOR, 'settings', { mode: 'anything' }, { action: 'mode', threadId: null }));
    await assertFails(moderatorWrite(plainAccount(), MALLORY, 'settings', { mode: 'publish-all' }, { action: 'mode', threadId: null }));
    await assertFails(setDoc(doc(moderator(), 'settings', 'moderation'), { mode: 'publish-all' }));
  });

  it('standings: the author and moderators read the marker that holds one, nobody else', async () => {
    await setStanding(ALICE, { trusted: true });
    await assertSucceeds(getDoc(doc(moderator(), 'authors', ALICE)));
    await legitAllowedAttackDenied(() => getDoc(doc(env.guest(ALICE), 'authors', ALICE)), () => getDoc(doc(env.guest(BOB), 'authors', ALICE)));
  });

  it('moderators read and list the log; nobody else does, and nobody changes or removes an entry', async () => {
    const id = newId();
    await seedComment(env, { id, uid: ALICE, status: 'pending' });
    await moderate(id, 'published');
    const log = (db: Firestore) => getDocs(collection(db, 'moderationLog'));
    const entries = await assertSucceeds(log(moderator()));
    assert.equal(entries.size, 1);
    const entry = entries.docs[0]!;
    assert.deepEqual({ ...entry.data(), at: null }, { by: MODERATOR, action: 'approve', threadId: THREAD, commentId: id, subject: null, at: null });
    await assertFails(log(plainAccount()));
    await assertFails(log(env.guest(ALICE)));
    await assertFails(updateDoc(doc(moderator(), 'moderationLog', entry.id), { action: 'spam' }));
    await assertFails(deleteDoc(doc(moderator(), 'moderationLog', entry.id)));
  });

  const badEntries: Array<[string, Partial<LogFields> & { extra?: Data }]> = [
    ['by another moderator', { by: OTHER_MODERATOR }],
    ['dated by the client', { at: Timestamp.now() }],
    ['with an unknown action', { action: 'shadow-ban' }],
    ['with a field more', { extra: { note: 'x' } }],
  ];
  for (const [label, fields] of badEntries) {
    it(`refuses a log entry ${label}`, async () => {
      const db = moderator();
      const write = (changes: Partial<LogFields> & { extra?: Data }) =>
        setDoc(doc(db, 'moderationLog', newId()), {
          by: changes.by ?? MODERATOR,
          action: changes.action ?? 'close',
          threadId: THREAD,
          commentId: null,
          subject: null,
          at: changes.at ?? serverTimestamp(),
          ...changes.extra,
        });
      await legitAllowedAttackDenied(() => write({}), () => write(fields));
    });
  }

  it('a plain account writes no log entry', async () => {
    const entry = { by: MALLORY, action: 'close', threadId: THREAD, commentId: null, subject: null, at: serverTimestamp() };
    await legitAllowedAttackDenied(
      () => setDoc(doc(moderator(), 'moderationLog', newId()), { ...entry, by: MODERATOR }),
      () => setDoc(doc(plainAccount(), 'moderationLog', newId()), entry),
    );
  });
});
