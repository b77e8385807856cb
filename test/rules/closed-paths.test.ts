/**
 * Everything outside threads/{t}/comments/{c} and its private/contact is closed: thread documents,
 * other collections and other subcollections, for reading and for writing.
 */
import { describe, it } from 'node:test';
import { assertFails, assertSucceeds } from '@firebase/rules-unit-testing';
import {
  collection,
  deleteDoc,
  doc,
  getDoc,
  getDocs,
  query,
  setDoc,
  updateDoc,
  where,
  type DocumentReference,
  type Firestore,
} from 'firebase/firestore';
import {
  ALICE,
  commentRef,
  legitAllowedAttackDenied,
  newId,
  post,
  seedComment,
  THREAD,
  useRulesEnv,
} from './rules-env.js';

const rules = useRulesEnv('closed-paths');

const legitPost = () => post(rules.guest(ALICE), ALICE);

describe('thread documents', () => {
  const thread = (db: Firestore) => doc(db, 'threads', THREAD);

  it('denies creating a thread document, while a comment in that thread is allowed', async () => {
    await legitAllowedAttackDenied(legitPost, () => setDoc(thread(rules.guest(ALICE)), { title: 'A review', open: true }));
  });

  it('denies reading, updating and deleting an existing thread document', async () => {
    await rules.seed((db) => setDoc(thread(db), { title: 'A review', commentsOpen: true }));
    const id = newId();
    await seedComment(rules, { id, uid: ALICE });
    await assertSucceeds(getDoc(commentRef(rules.visitor(), id)));
    await assertFails(getDoc(thread(rules.visitor())));
    await assertFails(getDoc(thread(rules.guest(ALICE))));
    await assertFails(updateDoc(thread(rules.guest(ALICE)), { commentsOpen: false }));
    await assertFails(deleteDoc(thread(rules.guest(ALICE))));
  });

  it("denies listing the threads, while listing a thread's published comments is allowed", async () => {
    await rules.seed((db) => setDoc(thread(db), { title: 'A review' }));
    await legitAllowedAttackDenied(
      () => getDocs(query(collection(rules.visitor(), 'threads', THREAD, 'comments'), where('status', '==', 'published'))),
      () => getDocs(collection(rules.visitor(), 'threads')),
    );
  });
});

describe('other collections and subcollections', () => {
  const elsewhere: Array<[string, (db: Firestore) => DocumentReference]> = [
    ['a top-level users collection', (db) => doc(db, 'users', ALICE)],
    ['a top-level comments collection', (db) => doc(db, 'comments', newId())],
    ['a top-level config document', (db) => doc(db, 'config', 'site')],
    ["a thread's likes", (db) => doc(db, 'threads', THREAD, 'likes', ALICE)],
    ["a thread's private collection", (db) => doc(db, 'threads', THREAD, 'private', 'contact')],
    ["a comment's replies", (db) => doc(commentRef(db, newId()), 'replies', newId())],
    ["a document under the contact", (db) => doc(commentRef(db, newId()), 'private', 'contact', 'history', newId())],
  ];
  for (const [label, ref] of elsewhere) {
    it(`denies writing to ${label}`, async () => {
      await legitAllowedAttackDenied(legitPost, () => setDoc(ref(rules.guest(ALICE)), { uid: ALICE, note: 'hello' }));
    });
  }

  it('denies reading documents that exist outside the comments', async () => {
    await rules.seed(async (db) => {
      await setDoc(doc(db, 'config', 'site'), { adminEmail: 'owner@example.com' });
      await setDoc(doc(db, 'users', ALICE), { uid: ALICE });
    });
    const id = newId();
    await seedComment(rules, { id, uid: ALICE });
    await assertSucceeds(getDoc(commentRef(rules.visitor(), id)));
    await assertFails(getDoc(doc(rules.visitor(), 'config', 'site')));
    await assertFails(getDoc(doc(rules.guest(ALICE), 'users', ALICE)));
    await assertFails(getDocs(collection(rules.guest(ALICE), 'config')));
  });
});
