/**
 * Editing and deleting a comment: only its author, only a published comment, only within the edit
 * window (editWindow() in the rules: 15 minutes after createdAt). An edit may change nothing but the
 * text (still valid), editedAt and updatedAt (the server's time); a deletion is soft (the comment keeps
 * its place and loses its author and text: threads.test.ts tests its shape), and nothing removes a
 * comment outright. Where an attack and the legitimate write target the same comment, the attack goes
 * first (a denied write changes nothing) and the legitimate write must then succeed on that very comment.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assertFails, assertSucceeds } from '@firebase/rules-unit-testing';
import {
  deleteDoc,
  deleteField,
  getDoc,
  serverTimestamp,
  Timestamp,
  updateDoc,
  type Firestore,
} from 'firebase/firestore';
import {
  ALICE,
  BOB,
  commentRef,
  contactRef,
  deleteComment,
  legitAllowedAttackDenied,
  MALLORY,
  minutesAgo,
  newId,
  post,
  seedComment,
  storedComment,
  useRulesEnv,
  withoutField,
  type Data,
} from './rules-env.js';
import { commentEdit } from '../../src/data/documents.js';

const rules = useRulesEnv('edit-delete');

/** The edit the widget would send: new text, stamped by the server. */
const legitEdit = (text = 'Corrected text'): Data => commentEdit(text, serverTimestamp());

const edit = (db: Firestore, id: string, changes: Data) => updateDoc(commentRef(db, id), changes);

/** Alice posts through the widget and returns her comment's ID. */
async function alicePosts(): Promise<string> {
  const id = newId();
  await assertSucceeds(post(rules.guest(ALICE), ALICE, { id }));
  return id;
}

describe('editing a comment', () => {
  it('lets the author correct her text within 15 minutes, stamped with the server time', async () => {
    const id = await alicePosts();
    const before = Date.now();
    await assertSucceeds(edit(rules.guest(ALICE), id, legitEdit()));
    const stored = await rules.peek(async (db) => (await getDoc(commentRef(db, id))).data());
    assert.equal(stored?.['text'], 'Corrected text');
    assert.ok(stored?.['editedAt'] instanceof Timestamp);
    assert.ok(Math.abs(stored['editedAt'].toMillis() - before) < 60_000);
  });

  it('lets the author edit twice, each time with a new editedAt', async () => {
    const id = await alicePosts();
    await assertSucceeds(edit(rules.guest(ALICE), id, legitEdit()));
    await assertSucceeds(edit(rules.guest(ALICE), id, legitEdit('Corrected again')));
  });

  it('denies a second edit that keeps the first editedAt', async () => {
    const id = await alicePosts();
    await assertSucceeds(edit(rules.guest(ALICE), id, legitEdit()));
    await assertFails(edit(rules.guest(ALICE), id, { text: 'Sneaky second edit' }));
    await assertSucceeds(edit(rules.guest(ALICE), id, legitEdit('Honest second edit')));
  });

  describe('by someone else', () => {
    it("denies Bob editing Alice's comment", async () => {
      const id = await alicePosts();
      await assertFails(edit(rules.guest(BOB), id, legitEdit()));
      await assertSucceeds(edit(rules.guest(ALICE), id, legitEdit()));
    });

    it("denies a visitor editing Alice's comment", async () => {
      const id = await alicePosts();
      await assertFails(edit(rules.visitor(), id, legitEdit()));
      await assertSucceeds(edit(rules.guest(ALICE), id, legitEdit()));
    });

    it("denies Mallory taking over Alice's comment by rewriting its author uid", async () => {
      const id = await alicePosts();
      await assertFails(edit(rules.guest(MALLORY), id, { ...legitEdit(), 'author.uid': MALLORY }));
      await assertSucceeds(edit(rules.guest(ALICE), id, legitEdit()));
    });
  });

  describe('by the author, changing more than the text', () => {
    const changes: Array<[string, () => Data]> = [
      ['author.name', () => ({ 'author.name': 'Bob' })],
      ['author.uid', () => ({ 'author.uid': BOB })],
      ['author.website', () => ({ 'author.website': 'https://evil.example/' })],
      ['author.provider', () => ({ 'author.provider': 'google' })],
      ['an extra author field', () => ({ 'author.verified': true })],
      ['the whole author map', () => ({ author: { uid: ALICE, name: 'Admin', website: null, provider: 'guest' } })],
      ['status (to spam)', () => ({ status: 'spam' })],
      ['status (to deleted, keeping the name and text)', () => ({ status: 'deleted' })],
      ['createdAt (to renew the 15 minutes)', () => ({ createdAt: serverTimestamp() })],
      ['parentId', () => ({ parentId: 'some-comment-id' })],
      ['depth', () => ({ depth: 1 })],
      ['rootCreatedAt', () => ({ rootCreatedAt: minutesAgo(5) })],
      ['an extra field', () => ({ pinned: true })],
      ['removing a field (status)', () => ({ status: deleteField() })],
    ];
    for (const [label, change] of changes) {
      it(`denies an edit that changes ${label}`, async () => {
        const id = await alicePosts();
        await assertFails(edit(rules.guest(ALICE), id, { ...legitEdit(), ...change() }));
        await assertSucceeds(edit(rules.guest(ALICE), id, legitEdit()));
      });
    }

    it('denies the author publishing her own held comment, or changing it at all', async () => {
      // Only a published comment is its author's to change: a held one waits for the site owner as written.
      const published = newId();
      const held = newId();
      await seedComment(rules, { id: published, uid: ALICE });
      await seedComment(rules, { id: held, uid: ALICE, status: 'held' });
      await legitAllowedAttackDenied(
        () => edit(rules.guest(ALICE), published, legitEdit()),
        () => edit(rules.guest(ALICE), held, { status: 'published' }),
      );
      await assertFails(edit(rules.guest(ALICE), held, { ...legitEdit(), status: 'published' }));
      await assertFails(edit(rules.guest(ALICE), held, legitEdit()));
    });
  });

  describe('with bad text, editedAt or updatedAt', () => {
    // Each is the widget's edit with one thing wrong, so it is refused for that thing alone.
    const badEdits: Array<[string, () => Data]> = [
      ['empty text', () => ({ ...legitEdit(), text: '' })],
      ['text of spaces and newlines', () => ({ ...legitEdit(), text: '  \n  ' })],
      ['text of 5001 characters', () => ({ ...legitEdit(), text: 'x'.repeat(5001) })],
      ['text that is a number', () => ({ ...legitEdit(), text: 42 })],
      ['text that is a map', () => ({ ...legitEdit(), text: { body: 'hi' } })],
      ['text removed', () => ({ ...legitEdit(), text: deleteField() })],
      ['no editedAt', () => withoutField(legitEdit(), 'editedAt')],
      ["editedAt from the client's clock", () => ({ ...legitEdit(), editedAt: Timestamp.now() })],
      ['editedAt backdated a minute', () => ({ ...legitEdit(), editedAt: minutesAgo(1) })],
      ['editedAt as a number', () => ({ ...legitEdit(), editedAt: Date.now() })],
      ['editedAt null', () => ({ ...legitEdit(), editedAt: null })],
      ['no updatedAt (hidden from live listeners)', () => withoutField(legitEdit(), 'updatedAt')],
      ["updatedAt from the client's clock", () => ({ ...legitEdit(), updatedAt: Timestamp.now() })],
      ['updatedAt backdated a minute', () => ({ ...legitEdit(), updatedAt: minutesAgo(1) })],
      ['updatedAt null', () => ({ ...legitEdit(), updatedAt: null })],
    ];
    for (const [label, change] of badEdits) {
      it(`denies an edit with ${label}`, async () => {
        const id = await alicePosts();
        await assertFails(edit(rules.guest(ALICE), id, change()));
        await assertSucceeds(edit(rules.guest(ALICE), id, legitEdit()));
      });
    }
  });

  describe('after 15 minutes', () => {
    it('lets the author edit a comment posted 14 minutes ago', async () => {
      const id = newId();
      await seedComment(rules, { id, uid: ALICE, ageMinutes: 14 });
      await assertSucceeds(edit(rules.guest(ALICE), id, legitEdit()));
    });

    it('denies the author editing a comment posted 20 minutes ago', async () => {
      const recent = newId();
      const old = newId();
      await seedComment(rules, { id: recent, uid: ALICE, ageMinutes: 1 });
      await seedComment(rules, { id: old, uid: ALICE, ageMinutes: 20 });
      await legitAllowedAttackDenied(
        () => edit(rules.guest(ALICE), recent, legitEdit()),
        () => edit(rules.guest(ALICE), old, legitEdit()),
      );
    });
  });
});

describe('deleting a comment', () => {
  it('lets the author delete her comment within 15 minutes: its place stays, her name, text and contact go', async () => {
    const id = await alicePosts();
    const posted = await storedComment(rules, id);
    await assertSucceeds(deleteComment(rules, rules.guest(ALICE), id));
    const left = await rules.peek(async (admin) => ({
      comment: (await getDoc(commentRef(admin, id))).data(),
      contact: (await getDoc(contactRef(admin, id))).exists(),
    }));
    assert.equal(left.contact, false);
    assert.deepEqual(withoutField(left.comment ?? {}, 'updatedAt'), {
      author: null,
      text: null,
      status: 'deleted',
      parentId: null,
      rootCreatedAt: null,
      depth: 0,
      createdAt: posted?.['createdAt'],
    });
  });

  it("denies the author removing her comment outright, and lets her delete it the widget's way", async () => {
    const id = await alicePosts();
    await assertFails(deleteDoc(commentRef(rules.guest(ALICE), id)));
    await assertSucceeds(deleteComment(rules, rules.guest(ALICE), id));
    await assertFails(deleteDoc(commentRef(rules.guest(ALICE), id)));
  });

  it("denies Bob deleting Alice's comment", async () => {
    const id = await alicePosts();
    await assertFails(deleteComment(rules, rules.guest(BOB), id));
    await assertFails(deleteDoc(commentRef(rules.guest(BOB), id)));
    await assertSucceeds(deleteComment(rules, rules.guest(ALICE), id));
  });

  it("denies a visitor deleting Alice's comment", async () => {
    const id = await alicePosts();
    await assertFails(deleteComment(rules, rules.visitor(), id));
    await assertFails(deleteDoc(commentRef(rules.visitor(), id)));
    await assertSucceeds(deleteComment(rules, rules.guest(ALICE), id));
  });

  it("denies a password-signed-in user deleting Alice's comment", async () => {
    const id = await alicePosts();
    await assertFails(deleteComment(rules, rules.signedIn(MALLORY, 'password'), id));
    await assertFails(deleteDoc(commentRef(rules.signedIn(MALLORY, 'password'), id)));
    await assertSucceeds(deleteComment(rules, rules.guest(ALICE), id));
  });

  it('lets the author delete a comment posted 14 minutes ago', async () => {
    const id = newId();
    await seedComment(rules, { id, uid: ALICE, ageMinutes: 14 });
    await assertSucceeds(deleteComment(rules, rules.guest(ALICE), id));
  });

  it('denies the author deleting a comment posted 20 minutes ago', async () => {
    const recent = newId();
    const old = newId();
    await seedComment(rules, { id: recent, uid: ALICE, ageMinutes: 1 });
    await seedComment(rules, { id: old, uid: ALICE, ageMinutes: 20 });
    await legitAllowedAttackDenied(
      () => deleteComment(rules, rules.guest(ALICE), recent),
      () => deleteComment(rules, rules.guest(ALICE), old),
    );
    const stored = await storedComment(rules, old);
    assert.equal(stored?.['status'], 'published', 'the old comment is unchanged');
  });
});
