/**
 * Reading comments: anyone may read a published comment (and what a deleted one leaves:
 * threads.test.ts), its author may read it whatever its status, and a query must say
 * `where('status', 'in', ['published', 'deleted'])`, or `== 'published'` (or ask for the caller's own
 * comments) so that the rules can prove it returns nothing else.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assertSucceeds } from '@firebase/rules-unit-testing';
import {
  collection,
  collectionGroup,
  getDoc,
  getDocs,
  orderBy,
  query,
  startAfter,
  Timestamp,
  where,
  type Firestore,
  type Query,
} from 'firebase/firestore';
import {
  ALICE,
  BOB,
  commentRef,
  legitAllowedAttackDenied,
  MALLORY,
  newId,
  seedComment,
  THREAD,
  useRulesEnv,
} from './rules-env.js';

const rules = useRulesEnv('read');

const comments = (db: Firestore) => collection(db, 'threads', THREAD, 'comments');

/** What the widget lists: published comments, and what deleted ones leave. */
const shown = () => where('status', 'in', ['published', 'deleted']);

/** The widget's first read of a page's top-level comments (rest/pages.ts, the same query over REST). */
const widgetQuery = (db: Firestore) =>
  query(comments(db), where('depth', '==', 0), shown(), orderBy('createdAt', 'asc'), orderBy('__name__', 'asc'));

/** The widget's live listener (firestore/live.ts): what changed after the first read. */
const changesSince = (db: Firestore, since: Timestamp) =>
  query(comments(db), shown(), orderBy('updatedAt'), startAfter(since));

const ids = async (q: Query) => (await getDocs(q)).docs.map((d) => d.id).sort();

describe('reading one comment', () => {
  it('lets a visitor read a published comment', async () => {
    const id = newId();
    await seedComment(rules, { id, uid: ALICE });
    const snapshot = await assertSucceeds(getDoc(commentRef(rules.visitor(), id)));
    assert.equal(snapshot.data()?.['author'].name, 'Alice');
  });

  for (const status of ['pending', 'spam']) {
    it(`denies Mallory reading Alice's ${status} comment, and lets Alice read it`, async () => {
      const id = newId();
      await seedComment(rules, { id, uid: ALICE, status });
      await legitAllowedAttackDenied(
        () => getDoc(commentRef(rules.guest(ALICE), id)),
        () => getDoc(commentRef(rules.guest(MALLORY), id)),
      );
    });
  }

  it("denies a visitor reading Alice's pending comment", async () => {
    const id = newId();
    await seedComment(rules, { id, uid: ALICE, status: 'pending' });
    await legitAllowedAttackDenied(
      () => getDoc(commentRef(rules.guest(ALICE), id)),
      () => getDoc(commentRef(rules.visitor(), id)),
    );
  });

  it("denies a password-signed-in user reading Alice's pending comment", async () => {
    const id = newId();
    await seedComment(rules, { id, uid: ALICE, status: 'pending' });
    await legitAllowedAttackDenied(
      () => getDoc(commentRef(rules.guest(ALICE), id)),
      () => getDoc(commentRef(rules.signedIn(MALLORY, 'password'), id)),
    );
  });
});

describe('querying a thread', () => {
  const published = newId();
  const pending = newId();
  const seedThread = async () => {
    await seedComment(rules, { id: published, uid: ALICE });
    await seedComment(rules, { id: pending, uid: BOB, status: 'pending' });
  };

  it("lets a visitor run the widget's query, which leaves out the pending comment", async () => {
    await seedThread();
    assert.deepEqual(await assertSucceeds(ids(widgetQuery(rules.visitor()))), [published]);
  });

  it('denies a query without the status filter', async () => {
    await seedThread();
    await legitAllowedAttackDenied(
      () => getDocs(widgetQuery(rules.visitor())),
      () => getDocs(comments(rules.visitor())),
    );
  });

  it('denies a signed-in guest a query without the status filter', async () => {
    await seedThread();
    await legitAllowedAttackDenied(
      () => getDocs(widgetQuery(rules.guest(MALLORY))),
      () => getDocs(query(comments(rules.guest(MALLORY)), orderBy('createdAt', 'asc'))),
    );
  });

  const otherFilters: Array<[string, (db: Firestore) => Query]> = [
    ["status == 'pending'", (db) => query(comments(db), where('status', '==', 'pending'))],
    ["status in ['published', 'pending']", (db) => query(comments(db), where('status', 'in', ['published', 'pending']))],
    ["status != 'spam'", (db) => query(comments(db), where('status', '!=', 'spam'))],
    ['an orderBy on status only', (db) => query(comments(db), orderBy('status'))],
  ];
  for (const [label, build] of otherFilters) {
    it(`denies a query filtered on ${label}`, async () => {
      await seedThread();
      await legitAllowedAttackDenied(
        () => getDocs(widgetQuery(rules.visitor())),
        () => getDocs(build(rules.visitor())),
      );
    });
  }

  it("lets a visitor follow the changes since the first read, and denies the same without the status filter", async () => {
    await seedThread();
    const since = Timestamp.fromMillis(Date.now() - 10 * 60_000);
    await legitAllowedAttackDenied(
      async () => assert.ok((await getDocs(changesSince(rules.visitor(), since))).size > 0),
      () => getDocs(query(comments(rules.visitor()), orderBy('updatedAt'), startAfter(since))),
    );
  });

  it("lets Bob list his own comments whatever their status, and denies listing Alice's", async () => {
    await seedThread();
    await legitAllowedAttackDenied(
      async () => {
        assert.deepEqual(await ids(query(comments(rules.guest(BOB)), where('author.uid', '==', BOB))), [pending]);
      },
      () => getDocs(query(comments(rules.guest(MALLORY)), where('author.uid', '==', BOB))),
    );
  });

  it("denies a collection-group query over every thread's comments (the rules cover one thread at a time)", async () => {
    await seedThread();
    await legitAllowedAttackDenied(
      () => getDocs(widgetQuery(rules.visitor())),
      () => getDocs(query(collectionGroup(rules.visitor(), 'comments'), where('status', '==', 'published'))),
    );
  });
});
