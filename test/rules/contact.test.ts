/**
 * The private contact document (threads/{t}/comments/{c}/private/contact): who may create it (the
 * comment's author, a guest, in the comment's own batch), what it may hold (uid, and an email or
 * null), and who may read or delete it (its owner alone).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assertFails, assertSucceeds } from '@firebase/rules-unit-testing';
import {
  collection,
  collectionGroup,
  deleteDoc,
  doc,
  getDoc,
  getDocs,
  query,
  serverTimestamp,
  setDoc,
  updateDoc,
  where,
  writeBatch,
} from 'firebase/firestore';
import {
  ALICE,
  BOB,
  commentFields,
  commentRef,
  contactFields,
  contactRef,
  DRAFT,
  legitAllowedAttackDenied,
  MALLORY,
  newId,
  post,
  seedComment,
  useRulesEnv,
  withField,
  withoutField,
  type Data,
} from './rules-env.js';
import { commentEdit } from '../../src/data/documents.js';

const rules = useRulesEnv('contact');

const legitPost = () => post(rules.guest(ALICE), ALICE);

/** Alice posts the widget's batch with the contact document changed by `change`. */
const postWithContact = (change: (contact: Data) => Data) =>
  post(rules.guest(ALICE), ALICE, { contact: change(contactFields(ALICE)) });

describe('the contact document', () => {
  it("is stored apart from the comment, with the author's uid and email", async () => {
    const id = newId();
    await assertSucceeds(post(rules.guest(ALICE), ALICE, { id }));
    const stored = await rules.peek(async (db) => ({
      comment: (await getDoc(commentRef(db, id))).data(),
      contact: (await getDoc(contactRef(db, id))).data(),
    }));
    assert.deepEqual(stored.contact, { uid: ALICE, email: 'alice@example.com' });
    assert.ok(!JSON.stringify(stored.comment).includes('alice@example.com'), 'the public comment holds no email');
  });

  describe('its shape', () => {
    it('denies an extra field (name)', async () => {
      await legitAllowedAttackDenied(legitPost, () => postWithContact((c) => withField(c, 'name', 'Alice')));
    });

    it('denies an extra field (ip)', async () => {
      await legitAllowedAttackDenied(legitPost, () => postWithContact((c) => withField(c, 'ip', '203.0.113.7')));
    });

    for (const field of ['uid', 'email']) {
      it(`denies a contact without ${field}`, async () => {
        await legitAllowedAttackDenied(legitPost, () => postWithContact((c) => withoutField(c, field)));
      });
    }

    it("denies a contact carrying another user's uid", async () => {
      await legitAllowedAttackDenied(legitPost, () => postWithContact((c) => withField(c, 'uid', BOB)));
    });

    const badEmails: Array<[string, unknown]> = [
      ['no @', 'alice.example.com'],
      ['no dot after the @', 'alice@example'],
      ['nothing before the @', '@example.com'],
      ['two @', 'alice@@example.com'],
      ['a space', 'alice smith@example.com'],
      ['an empty string', ''],
      ['255 characters', `${'a'.repeat(255 - '@example.com'.length)}@example.com`],
      ['a number', 42],
      ['an array', ['alice@example.com']],
      ['a map', { address: 'alice@example.com' }],
      ['a boolean', true],
    ];
    for (const [label, email] of badEmails) {
      it(`denies an email with ${label}`, async () => {
        await legitAllowedAttackDenied(legitPost, () => postWithContact((c) => withField(c, 'email', email)));
      });
    }

    it('allows a null email, where the site does not ask for one (require-email="false")', async () => {
      // An empty email field becomes null in contactDocument; the contact still proves who posted.
      const id = newId();
      const draft = { ...DRAFT, email: '   ' };
      await assertSucceeds(post(rules.guest(ALICE), ALICE, { id, contact: contactFields(ALICE, draft) }));
      const stored = await rules.peek(async (db) => (await getDoc(contactRef(db, id))).data());
      assert.deepEqual(stored, { uid: ALICE, email: null });
    });

    it('denies a second private document next to the contact', async () => {
      await legitAllowedAttackDenied(legitPost, () => {
        const db = rules.guest(ALICE);
        const id = newId();
        const batch = writeBatch(db);
        batch.set(commentRef(db, id), commentFields(ALICE));
        batch.set(contactRef(db, id), contactFields(ALICE));
        batch.set(doc(commentRef(db, id), 'private', 'notes'), { uid: ALICE, email: 'alice@example.com' });
        return batch.commit();
      });
    });
  });

  describe('only in the batch that creates its comment', () => {
    it('denies a contact without any comment', async () => {
      await legitAllowedAttackDenied(legitPost, () => {
        const db = rules.guest(ALICE);
        return setDoc(contactRef(db, newId()), contactFields(ALICE));
      });
    });

    it('denies a contact added later to an existing comment of its own author', async () => {
      const id = newId();
      await seedComment(rules, { id, uid: ALICE, withContact: false });
      await legitAllowedAttackDenied(legitPost, () => setDoc(contactRef(rules.guest(ALICE), id), contactFields(ALICE)));
    });

    it('denies a contact re-created after its owner deleted it', async () => {
      const id = newId();
      const alice = rules.guest(ALICE);
      await assertSucceeds(post(alice, ALICE, { id }));
      await assertSucceeds(deleteDoc(contactRef(alice, id)));
      await assertFails(setDoc(contactRef(alice, id), contactFields(ALICE)));
    });

    it("denies Mallory's contact for Bob's comment that has none", async () => {
      const id = newId();
      await seedComment(rules, { id, uid: BOB, withContact: false });
      await legitAllowedAttackDenied(
        () => post(rules.guest(MALLORY), MALLORY),
        () => setDoc(contactRef(rules.guest(MALLORY), id), contactFields(MALLORY)),
      );
    });

    it("denies Mallory overwriting the contact of Bob's comment", async () => {
      const id = newId();
      await seedComment(rules, { id, uid: BOB });
      await legitAllowedAttackDenied(
        () => post(rules.guest(MALLORY), MALLORY),
        () => setDoc(contactRef(rules.guest(MALLORY), id), contactFields(MALLORY)),
      );
      const stored = await rules.peek(async (db) => (await getDoc(contactRef(db, id))).data());
      assert.deepEqual(stored, contactFields(BOB), "Bob's contact is unchanged");
    });

    it('denies a contact in the same batch as an edit of its comment', async () => {
      const id = newId();
      await seedComment(rules, { id, uid: ALICE, withContact: false });
      await legitAllowedAttackDenied(legitPost, () => {
        const db = rules.guest(ALICE);
        const batch = writeBatch(db);
        batch.update(commentRef(db, id), commentEdit('Corrected', serverTimestamp()));
        batch.set(contactRef(db, id), contactFields(ALICE));
        return batch.commit();
      });
    });
  });

  describe('reading it', () => {
    it("lets the author read her own email, and denies Mallory reading Alice's", async () => {
      const id = newId();
      await assertSucceeds(post(rules.guest(ALICE), ALICE, { id }));
      await legitAllowedAttackDenied(
        async () => {
          const snapshot = await getDoc(contactRef(rules.guest(ALICE), id));
          assert.equal(snapshot.data()?.['email'], 'alice@example.com');
        },
        () => getDoc(contactRef(rules.guest(MALLORY), id)),
      );
    });

    it("denies a visitor reading Alice's email", async () => {
      const id = newId();
      await seedComment(rules, { id, uid: ALICE });
      await legitAllowedAttackDenied(
        () => getDoc(contactRef(rules.guest(ALICE), id)),
        () => getDoc(contactRef(rules.visitor(), id)),
      );
    });

    it("denies a password-signed-in user reading Alice's email", async () => {
      const id = newId();
      await seedComment(rules, { id, uid: ALICE });
      await legitAllowedAttackDenied(
        () => getDoc(contactRef(rules.guest(ALICE), id)),
        () => getDoc(contactRef(rules.signedIn(MALLORY, 'password'), id)),
      );
    });

    it("denies listing the private collection of Alice's comment, and allows Alice's own filtered list", async () => {
      const id = newId();
      await seedComment(rules, { id, uid: ALICE });
      const privateOf = (db: ReturnType<typeof rules.guest>) => collection(commentRef(db, id), 'private');
      await legitAllowedAttackDenied(
        async () => {
          const snapshot = await getDocs(query(privateOf(rules.guest(ALICE)), where('uid', '==', ALICE)));
          assert.equal(snapshot.size, 1);
        },
        () => getDocs(privateOf(rules.guest(MALLORY))),
      );
      await assertFails(getDocs(query(privateOf(rules.guest(MALLORY)), where('uid', '==', ALICE))));
    });

    it('denies a collection-group query over every private document, even filtered on the caller', async () => {
      const own = newId();
      await seedComment(rules, { id: newId(), uid: ALICE });
      await seedComment(rules, { id: own, uid: MALLORY });
      await legitAllowedAttackDenied(
        async () => {
          const snapshot = await getDoc(contactRef(rules.guest(MALLORY), own));
          assert.equal(snapshot.data()?.['uid'], MALLORY);
        },
        () => getDocs(query(collectionGroup(rules.guest(MALLORY), 'private'), where('uid', '==', MALLORY))),
      );
      await assertFails(getDocs(collectionGroup(rules.guest(MALLORY), 'private')));
      await assertFails(getDocs(query(collectionGroup(rules.visitor(), 'private'), where('uid', '==', ALICE))));
    });
  });

  describe('changing or deleting it', () => {
    it('denies the author changing her email afterwards, and lets her delete it', async () => {
      const id = newId();
      await assertSucceeds(post(rules.guest(ALICE), ALICE, { id }));
      await assertFails(updateDoc(contactRef(rules.guest(ALICE), id), { email: 'other@example.com' }));
      await assertFails(setDoc(contactRef(rules.guest(ALICE), id), { uid: ALICE, email: 'other@example.com' }));
      await assertSucceeds(deleteDoc(contactRef(rules.guest(ALICE), id)));
      const gone = await rules.peek(async (db) => (await getDoc(contactRef(db, id))).exists());
      assert.equal(gone, false);
    });

    it("denies Mallory deleting Alice's contact, and lets Alice delete it", async () => {
      const id = newId();
      await seedComment(rules, { id, uid: ALICE });
      await assertFails(deleteDoc(contactRef(rules.guest(MALLORY), id)));
      await assertFails(deleteDoc(contactRef(rules.visitor(), id)));
      await assertSucceeds(deleteDoc(contactRef(rules.guest(ALICE), id)));
    });
  });
});
