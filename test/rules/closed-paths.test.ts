/**
 * Everything outside threads/{t}/comments/{c} and its private/contact is closed: other collections and
 * other subcollections, for reading and for writing. Thread documents themselves, which anyone may get
 * and nobody but the site owner may write, are in threads.test.ts.
 */
import { describe, it } from 'node:test';
import { assertFails, assertSucceeds } from '@firebase/rules-unit-testing';
import { collection, doc, getDoc, getDocs, setDoc, type DocumentReference, type Firestore } from 'firebase/firestore';
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
