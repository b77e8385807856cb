/**
 * Conversations: replies, the author's deletion, closed threads, and what a reader may list.
 *
 * A reply hangs under a published comment of its own thread, one level deeper than it (depth 9 at
 * most: ten levels), and carries its top-level comment's exact creation time (`rootCreatedAt`);
 * nothing moves it afterwards. Within the edit window its author may correct the text or delete it,
 * and a deletion keeps the place for the replies while the author, the text and a guest's contact
 * go. The site owner closes a thread with `closed: true` on threads/{threadId}, which readers may get
 * and never write. Each refused request comes after its legitimate twin has succeeded; where both
 * target the same comment, the refused one goes first (a denied write changes nothing).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assertFails, assertSucceeds } from '@firebase/rules-unit-testing';
import {
  collection,
  deleteDoc,
  doc,
  getCountFromServer,
  getDoc,
  getDocs,
  orderBy,
  query,
  serverTimestamp,
  setDoc,
  Timestamp,
  updateDoc,
  where,
  type Firestore,
  type Query,
} from 'firebase/firestore';
import { commentEdit } from '../../src/data/documents.js';
import { TOP_LEVEL } from '../../src/model/comment.js';
import {
  ALICE,
  BOB,
  commentFields,
  commentRef,
  contactRef,
  deleteComment,
  DRAFT,
  legitAllowedAttackDenied,
  MALLORY,
  minutesAgo,
  newId,
  OTHER_THREAD,
  placeUnder,
  post,
  postAsAccount,
  seedChain,
  seedComment,
  setThreadClosed,
  storedComment,
  THREAD,
  threadRef,
  useRulesEnv,
  widgetReplyPlace,
  withField,
  withoutField,
  type AccountAuthor,
  type AccountClaims,
  type Data,
  type Place,
} from './rules-env.js';

const rules = useRulesEnv('threads');

/** What Alice's Google account's ID token carries. */
const ALICE_GOOGLE: AccountClaims = {
  name: 'Alice Liddell',
  picture: 'https://lh3.googleusercontent.com/a/alice-photo=s96-c',
  email: 'alice@gmail.com',
  email_verified: true,
};
const ALICE_AT_GOOGLE: AccountAuthor = { uid: ALICE, provider: 'google', name: 'Alice Liddell', avatar: ALICE_GOOGLE.picture! };
const aliceGoogle = () => rules.account(ALICE, 'google.com', ALICE_GOOGLE);

/** `uid`, a guest, posts through the widget at `place` (the top level when left out); returns the ID. */
async function guestPosts(uid: string, place: Place = TOP_LEVEL, thread = THREAD): Promise<string> {
  const id = newId();
  await assertSucceeds(post(rules.guest(uid), uid, { id, thread, place }));
  return id;
}

/** Bob, a guest, posts the widget's batch at `place`. */
const bobPostsAt = (place: Place, thread = THREAD) => post(rules.guest(BOB), BOB, { thread, place });

/** Bob replies to `parentId` through the widget, at the place the widget computes. */
const bobReplies = async (parentId: string, thread = THREAD) => bobPostsAt(await widgetReplyPlace(rules, parentId, thread), thread);

const edit = (db: Firestore, id: string, changes: Data = commentEdit('Corrected text', serverTimestamp())) =>
  updateDoc(commentRef(db, id), changes);

const sameTime = (a: unknown, b: unknown) => a instanceof Timestamp && b instanceof Timestamp && a.isEqual(b);

const comments = (db: Firestore, thread = THREAD) => collection(db, 'threads', thread, 'comments');

/** What a reader lists: published comments, and what deleted ones leave. */
const shown = (db: Firestore) => query(comments(db), where('status', 'in', ['published', 'deleted']));

describe('replying', () => {
  it("lets Bob reply to a top-level comment: one level down, under the comment's exact creation time", async () => {
    const root = await guestPosts(ALICE);
    const id = newId();
    await assertSucceeds(post(rules.guest(BOB), BOB, { id, place: await widgetReplyPlace(rules, root) }));
    const [parent, reply] = [await storedComment(rules, root), await storedComment(rules, id)];
    assert.equal(reply?.['parentId'], root);
    assert.equal(reply?.['depth'], 1);
    assert.ok(sameTime(reply?.['rootCreatedAt'], parent?.['createdAt']), "rootCreatedAt is the root's createdAt");
  });

  it("lets Alice answer the reply at depth 2, under the top-level comment's time, not the reply's", async () => {
    const root = await guestPosts(ALICE);
    const reply = await guestPosts(BOB, await widgetReplyPlace(rules, root));
    const place = await widgetReplyPlace(rules, reply);
    const parent = await storedComment(rules, reply);
    assert.equal(place.depth, 2);
    await legitAllowedAttackDenied(
      () => post(rules.guest(ALICE), ALICE, { place }),
      () => post(rules.guest(ALICE), ALICE, { place: { ...place, rootCreatedAt: parent?.['createdAt'] } }),
    );
  });

  it('lets an account reply, and denies the same reply one level too deep', async () => {
    const root = await guestPosts(BOB);
    const place = await widgetReplyPlace(rules, root);
    await legitAllowedAttackDenied(
      () => postAsAccount(aliceGoogle(), ALICE_AT_GOOGLE, { place }),
      () => postAsAccount(aliceGoogle(), ALICE_AT_GOOGLE, { place: { ...place, depth: 2 } }),
    );
  });

  it('keeps the replies of a deleted comment, and lets readers answer them', async () => {
    const root = await guestPosts(ALICE);
    const reply = await guestPosts(BOB, await widgetReplyPlace(rules, root));
    await assertSucceeds(deleteComment(rules, rules.guest(ALICE), root));
    const kept = await assertSucceeds(getDoc(commentRef(rules.visitor(), reply)));
    assert.equal(kept.data()?.['text'], DRAFT.text.trim());
    const answer = await widgetReplyPlace(rules, reply);
    assert.ok(sameTime(answer.rootCreatedAt, (await storedComment(rules, root))?.['createdAt']));
    await assertSucceeds(post(rules.guest(MALLORY), MALLORY, { place: answer }));
  });
});

describe("a reply's parent", () => {
  it('denies a reply to a comment of another thread, while the same reply in that thread is allowed', async () => {
    const elsewhere = await guestPosts(ALICE, TOP_LEVEL, OTHER_THREAD);
    const place = await widgetReplyPlace(rules, elsewhere, OTHER_THREAD);
    await legitAllowedAttackDenied(
      () => bobPostsAt(place, OTHER_THREAD),
      () => bobPostsAt(place, THREAD),
    );
  });

  it('denies a reply to a comment that does not exist', async () => {
    const root = await guestPosts(ALICE);
    const place = await widgetReplyPlace(rules, root);
    await legitAllowedAttackDenied(
      () => bobPostsAt(place),
      () => bobPostsAt({ ...place, parentId: newId() }),
    );
  });

  for (const status of ['held', 'spam']) {
    it(`denies a reply to a ${status} comment`, async () => {
      const published = await guestPosts(ALICE);
      const unpublished = newId();
      const stored = await seedComment(rules, { id: unpublished, uid: ALICE, status });
      await legitAllowedAttackDenied(
        () => bobReplies(published),
        () => bobPostsAt(placeUnder(unpublished, stored)),
      );
    });
  }

  it('denies a reply to a deleted comment, which the same reply could answer before the deletion', async () => {
    const root = await guestPosts(ALICE);
    const place = await widgetReplyPlace(rules, root);
    await assertSucceeds(bobPostsAt(place));
    await assertSucceeds(deleteComment(rules, rules.guest(ALICE), root));
    await assertFails(bobPostsAt(place));
  });
});

describe("a reply's depth", () => {
  const wrongDepths: Array<[string, (depth: number) => unknown]> = [
    ["the parent's own (+0)", (depth) => depth - 1],
    ['two levels down (+2)', (depth) => depth + 1],
    ['0, as if at the top level', () => 0],
    ['a string', (depth) => String(depth)],
    ['a fraction', (depth) => depth + 0.5],
    ['null', () => null],
  ];
  for (const [label, wrong] of wrongDepths) {
    it(`denies a reply to a reply at a depth of ${label}`, async () => {
      const [, reply] = await seedChain(rules, ALICE, 1);
      const place = await widgetReplyPlace(rules, reply!);
      assert.equal(place.depth, 2);
      await legitAllowedAttackDenied(
        () => bobPostsAt(place),
        () => bobPostsAt({ ...place, depth: wrong(place.depth) as number }),
      );
    });
  }

  it('allows a reply at depth 9, the tenth level, and denies one at depth 10', async () => {
    const chain = await seedChain(rules, ALICE, 9);
    const deepest = await storedComment(rules, chain[9]!);
    assert.equal(deepest?.['depth'], 9);
    await legitAllowedAttackDenied(
      () => bobReplies(chain[8]!),
      () => bobPostsAt(placeUnder(chain[9]!, deepest!)),
    );
  });

  it("attaches the widget's reply to a comment at depth 9 beside it, at depth 9", async () => {
    // replyPlace with the rules' ten levels, as WordPress attaches a reply at its limit.
    const chain = await seedChain(rules, ALICE, 9);
    const place = await widgetReplyPlace(rules, chain[9]!);
    assert.deepEqual([place.parentId, place.depth], [chain[8], 9]);
    await assertSucceeds(bobPostsAt(place));
  });
});

describe("a reply's rootCreatedAt", () => {
  // A root posted at a time with microseconds, as the server's clock stamps it: a copy that kept only
  // milliseconds (a Date) is another time, and a query by rootCreatedAt would never find the reply.
  const rootTime = new Timestamp(Math.floor(Date.now() / 1000) - 120, 123_456_000);
  const wrongTimes: Array<[string, (place: Place) => Data]> = [
    ['null', (place) => ({ ...place, rootCreatedAt: null })],
    ["the root's time cut to milliseconds (through a Date)", (place) => ({ ...place, rootCreatedAt: Timestamp.fromDate(rootTime.toDate()) })],
    ["the root's time and a microsecond", (place) => ({ ...place, rootCreatedAt: new Timestamp(rootTime.seconds, rootTime.nanoseconds + 1000) })],
    ["the root's time as RFC 3339 text", (place) => ({ ...place, rootCreatedAt: '2026-11-02T10:00:00.123456Z' })],
    ['the time of the request', (place) => ({ ...place, rootCreatedAt: serverTimestamp() })],
  ];
  for (const [label, wrong] of wrongTimes) {
    it(`denies a reply whose rootCreatedAt is ${label}`, async () => {
      const root = newId();
      await seedComment(rules, { id: root, uid: ALICE, createdAt: rootTime });
      const place = await widgetReplyPlace(rules, root);
      await legitAllowedAttackDenied(
        () => bobPostsAt(place),
        () => bobPostsAt(wrong(place) as unknown as Place),
      );
    });
  }

  it('denies a reply without rootCreatedAt', async () => {
    const root = await guestPosts(ALICE);
    const place = await widgetReplyPlace(rules, root);
    await legitAllowedAttackDenied(
      () => bobPostsAt(place),
      () => post(rules.guest(BOB), BOB, { comment: withoutField(commentFields(BOB, DRAFT, null, place), 'rootCreatedAt') }),
    );
  });
});

describe('a top-level place', () => {
  const wrongPlaces: Array<[string, () => Data]> = [
    ['a rootCreatedAt', () => ({ ...TOP_LEVEL, rootCreatedAt: minutesAgo(5) })],
    ['a rootCreatedAt of the time of the request', () => ({ ...TOP_LEVEL, rootCreatedAt: serverTimestamp() })],
    ['depth 1', () => ({ ...TOP_LEVEL, depth: 1 })],
    ['depth 1 and a rootCreatedAt, but no parent', () => ({ parentId: null, depth: 1, rootCreatedAt: minutesAgo(5) })],
  ];
  for (const [label, wrong] of wrongPlaces) {
    it(`denies a top-level comment with ${label}`, async () => {
      await legitAllowedAttackDenied(
        () => bobPostsAt(TOP_LEVEL),
        () => bobPostsAt(wrong() as unknown as Place),
      );
    });
  }
});

describe("a reply's parentId", () => {
  /** A published top-level comment seeded under `id`; returns the place of a reply to it. */
  const parentAt = async (id: string) => placeUnder(id, await seedComment(rules, { id, uid: ALICE }));

  it('allows an ID of 128 letters, digits, - and _, and denies 129', async () => {
    const longest = 'Aa0-_'.repeat(26).slice(0, 128);
    const tooLong = `${longest}x`;
    await legitAllowedAttackDenied(
      async () => bobPostsAt(await parentAt(longest)),
      async () => bobPostsAt(await parentAt(tooLong)),
    );
  });

  // Each is a real, published comment's ID (Firestore allows them); only the pattern refuses the reply.
  for (const id of ['with.dot', 'with space', 'with~tilde', 'accentu\u00e9', 'percent%2F', 'plus+sign']) {
    it(`denies a parentId with a character outside [A-Za-z0-9_-]: ${JSON.stringify(id)}`, async () => {
      await legitAllowedAttackDenied(
        async () => bobPostsAt(await parentAt('Plain-id_1')),
        async () => bobPostsAt(await parentAt(id)),
      );
    });
  }

  it('denies a parentId with a slash, even with a published comment-shaped document at that path', async () => {
    const root = await guestPosts(ALICE);
    const nested = `${root}/replies/${newId()}`;
    const postedAt = minutesAgo(2);
    const lookalike = { ...commentFields(ALICE), createdAt: postedAt, updatedAt: postedAt };
    await rules.seed((db) => setDoc(doc(db, 'threads', THREAD, 'comments', nested), lookalike));
    await legitAllowedAttackDenied(
      () => bobReplies(root),
      () => bobPostsAt({ parentId: nested, depth: 1, rootCreatedAt: postedAt }),
    );
    const rootCreatedAt = (await storedComment(rules, root))?.['createdAt'];
    await assertFails(bobPostsAt({ parentId: `${root}/`, depth: 1, rootCreatedAt }));
  });

  for (const [label, parentId] of [
    ['an empty string', ''],
    ['a number', 42],
    ['a map', { id: 'x' }],
  ] as const) {
    it(`denies a parentId that is ${label}`, async () => {
      const root = await guestPosts(ALICE);
      const place = await widgetReplyPlace(rules, root);
      await legitAllowedAttackDenied(
        () => bobPostsAt(place),
        () => bobPostsAt({ ...place, parentId: parentId as unknown as string }),
      );
    });
  }
});

describe('moving a comment afterwards', () => {
  const moves: Array<[string, (other: string) => Data]> = [
    ['parentId, to another published comment', (other) => ({ parentId: other })],
    ['depth', () => ({ depth: 2 })],
    ['rootCreatedAt', () => ({ rootCreatedAt: minutesAgo(30) })],
    ['all three, to the top level', () => ({ ...TOP_LEVEL })],
  ];
  for (const [label, move] of moves) {
    it(`denies the author's edit of a reply that changes ${label}`, async () => {
      const root = await guestPosts(ALICE);
      const other = await guestPosts(ALICE);
      const reply = await guestPosts(BOB, await widgetReplyPlace(rules, root));
      await assertFails(edit(rules.guest(BOB), reply, { ...commentEdit('Moved', serverTimestamp()), ...move(other) }));
      await assertFails(edit(rules.guest(BOB), reply, { ...move(other), updatedAt: serverTimestamp() }));
      await assertSucceeds(edit(rules.guest(BOB), reply));
    });
  }

  it("denies the author's edit of a top-level comment that turns it into a reply", async () => {
    const root = await guestPosts(ALICE);
    const own = await guestPosts(BOB);
    const place = await widgetReplyPlace(rules, root);
    await assertFails(edit(rules.guest(BOB), own, { ...commentEdit('Moved', serverTimestamp()), ...place }));
    await assertSucceeds(edit(rules.guest(BOB), own));
  });

  it('denies the author rewriting her whole reply under another parent', async () => {
    const root = await guestPosts(ALICE);
    const other = await guestPosts(ALICE);
    const reply = await guestPosts(BOB, await widgetReplyPlace(rules, root));
    const stored = (await storedComment(rules, reply))!;
    const moved = { ...stored, ...(await widgetReplyPlace(rules, other)), ...commentEdit('Moved', serverTimestamp()) };
    await assertFails(setDoc(commentRef(rules.guest(BOB), reply), moved));
    await assertSucceeds(setDoc(commentRef(rules.guest(BOB), reply), { ...stored, ...commentEdit('Fixed', serverTimestamp()) }));
  });
});

describe('editing and deleting within the edit window', () => {
  it('lets a guest edit her reply, then delete it: the place stays, the name, text and contact go', async () => {
    const root = await guestPosts(BOB);
    const reply = await guestPosts(ALICE, await widgetReplyPlace(rules, root));
    const posted = (await storedComment(rules, reply))!;
    await assertSucceeds(edit(rules.guest(ALICE), reply));
    await assertSucceeds(deleteComment(rules, rules.guest(ALICE), reply));
    const left = await rules.peek(async (db) => ({
      comment: (await getDoc(commentRef(db, reply))).data(),
      contact: (await getDoc(contactRef(db, reply))).exists(),
    }));
    assert.equal(left.contact, false);
    assert.deepEqual(
      { ...left.comment, updatedAt: null },
      { author: null, text: null, status: 'deleted', parentId: root, depth: 1, rootCreatedAt: posted['rootCreatedAt'], createdAt: posted['createdAt'], updatedAt: null },
    );
  });

  it('lets an account edit its reply, then delete it', async () => {
    const root = await guestPosts(BOB);
    const reply = newId();
    await assertSucceeds(postAsAccount(aliceGoogle(), ALICE_AT_GOOGLE, { id: reply, place: await widgetReplyPlace(rules, root) }));
    await assertSucceeds(edit(aliceGoogle(), reply));
    await assertSucceeds(deleteComment(rules, aliceGoogle(), reply));
    const left = await storedComment(rules, reply);
    assert.deepEqual([left?.['status'], left?.['author'], left?.['text'], left?.['depth']], ['deleted', null, null, 1]);
  });

  it('lets a comment stored before replies existed (no rootCreatedAt) be deleted', async () => {
    const id = newId();
    await rules.seed(async (db) => {
      const legacy = withoutField(withField(commentFields(ALICE), 'createdAt', minutesAgo(1)), 'rootCreatedAt');
      await setDoc(commentRef(db, id), { ...legacy, updatedAt: minutesAgo(1) });
      await setDoc(contactRef(db, id), { uid: ALICE, email: null });
    });
    await assertSucceeds(deleteComment(rules, rules.guest(ALICE), id));
  });

  describe('after the window', () => {
    /** A reply by Alice, seeded as the site owner would find it, `ageMinutes` after posting. */
    const seedReply = async (ageMinutes: number, account?: AccountAuthor) => {
      const root = newId();
      const id = newId();
      const rootStored = await seedComment(rules, { id: root, uid: BOB, ageMinutes: ageMinutes + 2 });
      await seedComment(rules, { id, uid: ALICE, ageMinutes, place: placeUnder(root, rootStored), account });
      return id;
    };

    it("denies a guest's edit and deletion 16 minutes after posting, and allows both at 14", async () => {
      const recent = await seedReply(14);
      const old = await seedReply(16);
      await legitAllowedAttackDenied(
        () => edit(rules.guest(ALICE), recent),
        () => edit(rules.guest(ALICE), old),
      );
      await legitAllowedAttackDenied(
        () => deleteComment(rules, rules.guest(ALICE), recent),
        () => deleteComment(rules, rules.guest(ALICE), old),
      );
      const left = await rules.peek(async (db) => ({
        comment: (await getDoc(commentRef(db, old))).data(),
        contact: (await getDoc(contactRef(db, old))).exists(),
      }));
      assert.equal(left.comment?.['status'], 'published');
      assert.equal(left.contact, true, 'the refused batch deleted nothing');
    });

    it("denies an account's edit and deletion 16 minutes after posting, and allows both at 14", async () => {
      const recent = await seedReply(14, ALICE_AT_GOOGLE);
      const old = await seedReply(16, ALICE_AT_GOOGLE);
      await legitAllowedAttackDenied(
        () => edit(aliceGoogle(), recent),
        () => edit(aliceGoogle(), old),
      );
      await legitAllowedAttackDenied(
        () => deleteComment(rules, aliceGoogle(), recent),
        () => deleteComment(rules, aliceGoogle(), old),
      );
    });
  });

  it("denies Mallory, a visitor and another account editing or deleting Alice's reply", async () => {
    const root = await guestPosts(BOB);
    const reply = await guestPosts(ALICE, await widgetReplyPlace(rules, root));
    const others = [rules.guest(MALLORY), rules.visitor(), rules.account(MALLORY, 'google.com', { name: 'Mallory' })];
    for (const other of others) {
      await assertFails(edit(other, reply));
      await assertFails(deleteComment(rules, other, reply));
      await assertFails(deleteDoc(commentRef(other, reply)));
    }
    await assertSucceeds(edit(rules.guest(ALICE), reply));
    await assertSucceeds(deleteComment(rules, rules.guest(ALICE), reply));
  });

  describe("a deletion that is not the widget's", () => {
    // Each is the widget's deletion of Alice's reply with one thing changed.
    const badDeletions: Array<[string, (deleted: Data, posted: Data, other: string) => Data]> = [
      ['keeps the author', (d, posted) => ({ ...d, author: posted['author'] })],
      ['keeps the name, without the rest of the author', (d) => ({ ...d, author: { name: 'Alice' } })],
      ['keeps the text', (d, posted) => ({ ...d, text: posted['text'] })],
      ['leaves an empty text rather than none', (d) => ({ ...d, text: '' })],
      ['keeps the comment published', (d) => ({ ...d, status: 'published' })],
      ['hides it as held', (d) => ({ ...d, status: 'held' })],
      ['moves it under another comment', (d, _posted, other) => ({ ...d, parentId: other })],
      ['moves it to the top level', (d) => ({ ...d, ...TOP_LEVEL })],
      ['changes its depth', (d) => ({ ...d, depth: 2 })],
      ['changes its rootCreatedAt', (d) => ({ ...d, rootCreatedAt: minutesAgo(30) })],
      ['leaves out rootCreatedAt', (d) => withoutField(d, 'rootCreatedAt')],
      ['renews createdAt', (d) => ({ ...d, createdAt: serverTimestamp() })],
      ["sets updatedAt from the client's clock", (d) => ({ ...d, updatedAt: Timestamp.now() })],
      ['keeps the old updatedAt (hidden from live listeners)', (d, posted) => ({ ...d, updatedAt: posted['updatedAt'] })],
      ['adds a field', (d) => ({ ...d, deletedBy: 'moderator' })],
    ];
    for (const [label, change] of badDeletions) {
      it(`denies a deletion that ${label}`, async () => {
        const root = await guestPosts(BOB);
        const other = await guestPosts(BOB);
        const reply = await guestPosts(ALICE, await widgetReplyPlace(rules, root));
        const posted = (await storedComment(rules, reply))!;
        await assertFails(deleteComment(rules, rules.guest(ALICE), reply, { change: (d) => change(d, posted, other) }));
        await assertSucceeds(deleteComment(rules, rules.guest(ALICE), reply));
      });
    }

    it("denies a guest's deletion that leaves her contact (her email) behind", async () => {
      const id = await guestPosts(ALICE);
      await assertFails(deleteComment(rules, rules.guest(ALICE), id, { keepContact: true }));
      await assertSucceeds(deleteComment(rules, rules.guest(ALICE), id));
    });
  });

  it('denies editing a deleted comment, restoring it, deleting it again or removing it outright', async () => {
    const id = await guestPosts(ALICE);
    const posted = (await storedComment(rules, id))!;
    const alice = rules.guest(ALICE);
    await assertSucceeds(edit(alice, id));
    await assertSucceeds(deleteComment(rules, alice, id));
    await assertFails(edit(alice, id));
    await assertFails(setDoc(commentRef(alice, id), { ...posted, updatedAt: serverTimestamp() }));
    await assertFails(updateDoc(commentRef(alice, id), { status: 'published', updatedAt: serverTimestamp() }));
    await assertFails(deleteComment(rules, alice, id));
    await assertFails(deleteDoc(commentRef(alice, id)));
    assert.equal((await storedComment(rules, id))?.['status'], 'deleted');
  });

  it("denies a guest or an account removing a comment outright, and lets both delete it the widget's way", async () => {
    const id = await guestPosts(ALICE);
    const account = newId();
    await assertSucceeds(postAsAccount(aliceGoogle(), ALICE_AT_GOOGLE, { id: account }));
    await assertFails(deleteDoc(commentRef(rules.guest(ALICE), id)));
    await assertFails(deleteDoc(commentRef(aliceGoogle(), account)));
    await assertSucceeds(deleteComment(rules, rules.guest(ALICE), id));
    await assertSucceeds(deleteComment(rules, aliceGoogle(), account));
  });

  it('lets anyone read a deleted comment, which holds nothing of its author', async () => {
    const id = await guestPosts(ALICE);
    await assertSucceeds(deleteComment(rules, rules.guest(ALICE), id));
    for (const reader of [rules.visitor(), rules.guest(MALLORY)]) {
      const snapshot = await assertSucceeds(getDoc(commentRef(reader, id)));
      const left = JSON.stringify(snapshot.data());
      assert.equal(snapshot.get('status'), 'deleted');
      assert.equal(snapshot.get('author'), null);
      assert.equal(snapshot.get('text'), null);
      for (const trace of [ALICE, 'Alice', 'example.com', DRAFT.text.trim()]) {
        assert.ok(!left.includes(trace), `the deleted comment still holds ${trace}`);
      }
    }
  });
});

describe('closed threads', () => {
  it('denies a comment and a reply in a thread the site owner closed', async () => {
    const root = await guestPosts(ALICE);
    const place = await widgetReplyPlace(rules, root);
    await assertSucceeds(bobPostsAt(TOP_LEVEL));
    await assertSucceeds(bobPostsAt(place));
    await assertSucceeds(postAsAccount(aliceGoogle(), ALICE_AT_GOOGLE));
    await setThreadClosed(rules, true);
    await assertFails(bobPostsAt(TOP_LEVEL));
    await assertFails(bobPostsAt(place));
    await assertFails(postAsAccount(aliceGoogle(), ALICE_AT_GOOGLE));
    await assertSucceeds(bobPostsAt(TOP_LEVEL, OTHER_THREAD));
  });

  it('accepts comments and replies where closed is false, left out, or the thread has no document', async () => {
    const root = await guestPosts(ALICE);
    const place = await widgetReplyPlace(rules, root);
    await assertSucceeds(bobPostsAt(TOP_LEVEL));
    await assertSucceeds(bobPostsAt(place));
    await setThreadClosed(rules, false);
    await assertSucceeds(bobPostsAt(TOP_LEVEL));
    await assertSucceeds(bobPostsAt(place));
    await rules.seed((db) => setDoc(threadRef(db), { title: 'A review' }));
    await assertSucceeds(bobPostsAt(TOP_LEVEL));
    await assertSucceeds(bobPostsAt(place));
  });

  it('lets authors still edit and delete within the window once the thread is closed', async () => {
    const id = await guestPosts(ALICE);
    await setThreadClosed(rules, true);
    await assertSucceeds(edit(rules.guest(ALICE), id));
    await assertSucceeds(deleteComment(rules, rules.guest(ALICE), id));
  });
});

describe('the thread document', () => {
  const readers: Array<[string, () => Firestore]> = [
    ['a visitor', () => rules.visitor()],
    ['a guest', () => rules.guest(MALLORY)],
    ['an account', () => aliceGoogle()],
  ];

  for (const [label, reader] of readers) {
    it(`lets ${label} get it, and denies ${label} creating, reopening or deleting it`, async () => {
      await assertSucceeds(bobPostsAt(TOP_LEVEL));
      await assertSucceeds(getDoc(threadRef(reader())));
      await assertFails(setDoc(threadRef(reader()), { closed: true }));
      await setThreadClosed(rules, true);
      const got = await assertSucceeds(getDoc(threadRef(reader())));
      assert.equal(got.get('closed'), true);
      await assertFails(updateDoc(threadRef(reader()), { closed: false }));
      await assertFails(setDoc(threadRef(reader()), { closed: false }));
      await assertFails(deleteDoc(threadRef(reader())));
      await assertFails(bobPostsAt(TOP_LEVEL));
    });
  }

  it("denies listing the threads, while listing a thread's comments is allowed", async () => {
    await setThreadClosed(rules, true);
    await setThreadClosed(rules, false, OTHER_THREAD);
    await legitAllowedAttackDenied(
      () => getDocs(shown(rules.visitor())),
      () => getDocs(collection(rules.visitor(), 'threads')),
    );
    await assertFails(getDocs(query(collection(rules.visitor(), 'threads'), where('closed', '==', true))));
  });
});

describe('reading a conversation', () => {
  /** A thread of one published comment with a reply, one deleted comment, and one held comment. */
  const seedThread = async () => {
    const root = await guestPosts(ALICE);
    const reply = await guestPosts(BOB, await widgetReplyPlace(rules, root));
    const deleted = await guestPosts(ALICE);
    await assertSucceeds(deleteComment(rules, rules.guest(ALICE), deleted));
    const held = newId();
    await seedComment(rules, { id: held, uid: BOB, status: 'held' });
    return { root, reply, deleted, held };
  };
  const ids = async (q: Query) => (await getDocs(q)).docs.map((d) => d.id).sort();

  it('lets a visitor list published and deleted comments, and denies a list without a status filter', async () => {
    const { root, reply, deleted } = await seedThread();
    await legitAllowedAttackDenied(
      async () => assert.deepEqual(await ids(shown(rules.visitor())), [root, reply, deleted].sort()),
      () => getDocs(comments(rules.visitor())),
    );
    await assertFails(getDocs(query(comments(rules.visitor()), orderBy('createdAt'))));
  });

  it('denies a list that asks for held comments too', async () => {
    await seedThread();
    await legitAllowedAttackDenied(
      () => getDocs(shown(rules.visitor())),
      () => getDocs(query(comments(rules.visitor()), where('status', 'in', ['published', 'deleted', 'held']))),
    );
  });

  it("lets a visitor run the widget's replies query: by rootCreatedAt, published and deleted", async () => {
    const { root, reply } = await seedThread();
    const rootCreatedAt = (await storedComment(rules, root))?.['createdAt'];
    const replies = (db: Firestore) =>
      query(
        comments(db),
        where('status', 'in', ['published', 'deleted']),
        where('rootCreatedAt', '>=', rootCreatedAt),
        where('rootCreatedAt', '<=', rootCreatedAt),
        orderBy('rootCreatedAt'),
        orderBy('createdAt'),
      );
    await legitAllowedAttackDenied(
      async () => assert.deepEqual(await ids(replies(rules.visitor())), [reply]),
      () => getDocs(query(comments(rules.visitor()), where('rootCreatedAt', '==', rootCreatedAt))),
    );
  });

  it('lets a visitor count the published comments, replies included, and denies counting them all', async () => {
    await seedThread();
    await legitAllowedAttackDenied(
      async () => {
        const count = await getCountFromServer(query(comments(rules.visitor()), where('status', '==', 'published')));
        assert.equal(count.data().count, 2);
      },
      () => getCountFromServer(comments(rules.visitor())),
    );
  });
});
