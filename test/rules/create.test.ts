/**
 * Creating a comment: who may post, and every field of the comment document. Each attack is the
 * widget's batch with one thing changed, sent after the unchanged batch has been shown to succeed.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assertSucceeds } from '@firebase/rules-unit-testing';
import { deleteDoc, doc, getDoc, serverTimestamp, setDoc, Timestamp } from 'firebase/firestore';
import {
  ALICE,
  BOB,
  commentFields,
  commentRef,
  contactFields,
  contactRef,
  legitAllowedAttackDenied,
  MALLORY,
  minutesAgo,
  newId,
  OTHER_THREAD,
  post,
  seedComment,
  THREAD,
  useRulesEnv,
  withAuthor,
  withField,
  withoutAuthorField,
  withoutField,
  type Data,
} from './rules-env.js';

const rules = useRulesEnv('create');

/** Alice posts through the widget: the control every attack below is compared with. */
const legitPost = () => post(rules.guest(ALICE), ALICE);

/** Alice posts the widget's batch with the comment document changed by `change`. */
const postChanged = (change: (comment: Data) => Data) =>
  post(rules.guest(ALICE), ALICE, { comment: change(commentFields(ALICE)) });

describe('creating a comment', () => {
  it("allows the widget's batch, and stores the comment stamped with the server's time", async () => {
    const id = newId();
    const before = Date.now();
    await assertSucceeds(post(rules.guest(ALICE), ALICE, { id }));
    const stored = await rules.peek(async (db) => (await getDoc(commentRef(db, id))).data());
    assert.ok(stored, 'the comment was stored');
    assert.deepEqual(stored['author'], {
      uid: ALICE,
      name: 'Alice',
      website: 'https://example.com/',
      provider: 'guest',
      avatar: null,
    });
    assert.equal(stored['status'], 'published');
    assert.ok(stored['createdAt'] instanceof Timestamp, 'createdAt is a timestamp');
    assert.ok(Math.abs(stored['createdAt'].toMillis() - before) < 60_000, 'createdAt is the time of the request');
  });

  describe('who may post', () => {
    it('denies a visitor who is not signed in', async () => {
      await legitAllowedAttackDenied(legitPost, () => post(rules.visitor(), ALICE));
    });

    it("denies a spoofed author uid (Mallory posts as Alice, contact included)", async () => {
      await legitAllowedAttackDenied(
        () => post(rules.guest(MALLORY), MALLORY),
        () => post(rules.guest(MALLORY), ALICE),
      );
    });

    it("denies a spoofed author uid when the contact is Mallory's own", async () => {
      await legitAllowedAttackDenied(
        () => post(rules.guest(MALLORY), MALLORY),
        () => post(rules.guest(MALLORY), MALLORY, { comment: withAuthor(commentFields(MALLORY), { uid: ALICE }) }),
      );
    });

    for (const provider of ['password', 'google.com', 'custom'] as const) {
      it(`denies a ${provider} sign-in claiming to be a guest`, async () => {
        await legitAllowedAttackDenied(legitPost, () => post(rules.signedIn(ALICE, provider), ALICE));
      });
    }
  });

  describe('the shape of the document', () => {
    for (const field of ['author', 'text', 'status', 'parentId', 'rootCreatedAt', 'depth', 'createdAt', 'updatedAt']) {
      it(`denies a comment without ${field}`, async () => {
        await legitAllowedAttackDenied(legitPost, () => postChanged((c) => withoutField(c, field)));
      });
    }

    const extraFields: Array<[string, unknown]> = [
      ['likes', 1000],
      ['editedAt', serverTimestamp()],
      ['email', 'alice@example.com'],
      ['pinned', true],
    ];
    for (const [field, value] of extraFields) {
      it(`denies an extra field (${field})`, async () => {
        await legitAllowedAttackDenied(legitPost, () => postChanged((c) => withField(c, field, value)));
      });
    }

    for (const field of ['uid', 'name', 'website', 'provider', 'avatar']) {
      it(`denies an author without ${field}`, async () => {
        await legitAllowedAttackDenied(legitPost, () => postChanged((c) => withoutAuthorField(c, field)));
      });
    }

    it('denies an extra field in the author map (admin: true)', async () => {
      await legitAllowedAttackDenied(legitPost, () => postChanged((c) => withAuthor(c, { admin: true })));
    });

    it('denies an extra field in the author map (email, which would be public)', async () => {
      await legitAllowedAttackDenied(legitPost, () =>
        postChanged((c) => withAuthor(c, { email: 'alice@example.com' })),
      );
    });

    for (const [label, author] of [
      ['a string', 'Alice'],
      ['null', null],
      ['an array', [ALICE, 'Alice', null, 'guest']],
    ] as const) {
      it(`denies an author that is ${label}, not a map`, async () => {
        await legitAllowedAttackDenied(legitPost, () => postChanged((c) => withField(c, 'author', author)));
      });
    }
  });

  describe('author.provider', () => {
    for (const provider of ['google', 'anonymous', 'admin', 'GUEST', null]) {
      it(`denies provider ${JSON.stringify(provider)}`, async () => {
        await legitAllowedAttackDenied(legitPost, () => postChanged((c) => withAuthor(c, { provider })));
      });
    }
  });

  describe('author.name', () => {
    const badNames: Array<[string, unknown]> = [
      ['an empty name', ''],
      ['a name of spaces', '   '],
      ['a name of tabs and newlines', '\t\n\r'],
      ['a name of 81 characters', 'n'.repeat(81)],
      ['a number', 42],
      ['an array', ['Alice']],
      ['a map', { first: 'Alice' }],
      ['null', null],
      ['a boolean', true],
    ];
    for (const [label, name] of badNames) {
      it(`denies ${label}`, async () => {
        await legitAllowedAttackDenied(legitPost, () => postChanged((c) => withAuthor(c, { name })));
      });
    }
  });

  describe('author.website', () => {
    for (const website of [null, 'http://example.com/', 'https://example.com/a/path?query=1#part']) {
      it(`allows ${JSON.stringify(website)}`, async () => {
        await assertSucceeds(postChanged((c) => withAuthor(c, { website })));
      });
    }

    const badWebsites: Array<[string, unknown]> = [
      ['a javascript: URL', 'javascript:alert(document.cookie)'],
      ['a javascript: URL hiding an https:// in it', 'javascript://https://example.com/%0Aalert(1)'],
      ['a data: URL', 'data:text/html,<script>alert(1)</script>'],
      ['an ftp: URL', 'ftp://example.com/'],
      ['an address without a scheme', 'example.com'],
      ['a bare scheme', 'https://'],
      ['an address with a space', 'https://exa mple.com/'],
      ['an address with a leading space', ' https://example.com/'],
      ['an address with a newline', 'https://example.com/\nalert(1)'],
      ['an address of 201 characters', `https://example.com/${'a'.repeat(201 - 'https://example.com/'.length)}`],
      ['an empty string', ''],
      ['a number', 42],
      ['an array', ['https://example.com/']],
      ['a map', { href: 'https://example.com/' }],
      ['a boolean', true],
    ];
    for (const [label, website] of badWebsites) {
      it(`denies ${label}`, async () => {
        await legitAllowedAttackDenied(legitPost, () => postChanged((c) => withAuthor(c, { website })));
      });
    }
  });

  describe('text', () => {
    const badTexts: Array<[string, unknown]> = [
      ['an empty comment', ''],
      ['a comment of spaces', '     '],
      ['a comment of tabs and newlines', ' \n\t\r\n '],
      ['an oversize comment (5001 characters)', 'x'.repeat(5001)],
      ['a much larger comment (100 000 characters)', 'x'.repeat(100_000)],
      ['a number', 42],
      ['an array', ['Lovely post']],
      ['a map', { body: 'Lovely post' }],
      ['null', null],
      ['a boolean', true],
    ];
    for (const [label, text] of badTexts) {
      it(`denies ${label}`, async () => {
        await legitAllowedAttackDenied(legitPost, () => postChanged((c) => withField(c, 'text', text)));
      });
    }
  });

  describe('status, parentId, rootCreatedAt and depth (replies: threads.test.ts)', () => {
    // 'pending' (held for moderation) is allowed to every author: moderation.test.ts.
    for (const status of ['spam', 'deleted', 'Published', 'PENDING', null, true]) {
      it(`denies status ${JSON.stringify(status)}`, async () => {
        await legitAllowedAttackDenied(legitPost, () => postChanged((c) => withField(c, 'status', status)));
      });
    }

    for (const parentId of ['some-comment-id', '', 0, false]) {
      it(`denies parentId ${JSON.stringify(parentId)} (no such comment)`, async () => {
        await legitAllowedAttackDenied(legitPost, () => postChanged((c) => withField(c, 'parentId', parentId)));
      });
    }

    for (const depth of [1, -1, 0.5, '0', null]) {
      it(`denies depth ${JSON.stringify(depth)}`, async () => {
        await legitAllowedAttackDenied(legitPost, () => postChanged((c) => withField(c, 'depth', depth)));
      });
    }
  });

  describe('createdAt', () => {
    const clientTimes: Array<[string, () => unknown]> = [
      ["the client's clock (Timestamp.now())", () => Timestamp.now()],
      ['an hour ago (backdated)', () => minutesAgo(60)],
      ['tomorrow (pinned to the top)', () => minutesAgo(-24 * 60)],
      ['a number of milliseconds', () => Date.now()],
      ['an ISO string', () => new Date().toISOString()],
      ['null', () => null],
    ];
    for (const [label, time] of clientTimes) {
      it(`denies a client-chosen timestamp: ${label}`, async () => {
        await legitAllowedAttackDenied(legitPost, () => postChanged((c) => withField(c, 'createdAt', time())));
      });
    }
  });

  describe('updatedAt (what live listeners follow)', () => {
    const clientTimes: Array<[string, () => unknown]> = [
      ["the client's clock (Timestamp.now())", () => Timestamp.now()],
      ['an hour ago (hidden from listeners)', () => minutesAgo(60)],
      ['tomorrow (announced again and again)', () => minutesAgo(-24 * 60)],
      ['null', () => null],
    ];
    for (const [label, time] of clientTimes) {
      it(`denies a client-chosen timestamp: ${label}`, async () => {
        await legitAllowedAttackDenied(legitPost, () => postChanged((c) => withField(c, 'updatedAt', time())));
      });
    }
  });

  describe('the contact document that must come with it', () => {
    it('denies a comment without its contact document', async () => {
      await legitAllowedAttackDenied(legitPost, () => post(rules.guest(ALICE), ALICE, { contact: null }));
    });

    it("denies a comment whose contact goes under another comment's ID", async () => {
      await legitAllowedAttackDenied(legitPost, () => {
        const db = rules.guest(ALICE);
        return post(db, ALICE, { contactAt: contactRef(db, newId()) });
      });
    });

    it('denies a comment whose contact goes under the same ID in another thread', async () => {
      await legitAllowedAttackDenied(legitPost, () => {
        const db = rules.guest(ALICE);
        const id = newId();
        return post(db, ALICE, { id, contactAt: contactRef(db, id, OTHER_THREAD) });
      });
    });

    it('denies a comment whose contact document is not named "contact"', async () => {
      await legitAllowedAttackDenied(legitPost, () => {
        const db = rules.guest(ALICE);
        const id = newId();
        return post(db, ALICE, { id, contactAt: doc(commentRef(db, id), 'private', 'email') });
      });
    });

    it('denies a comment that reuses the contact left behind by a removed comment', async () => {
      // The site owner removing a comment (the console, the Admin SDK) does not remove its
      // private/contact document. Were the rule to ask only that a contact exist after the write, anyone
      // who knows the ID of a removed comment could post there without giving an email, and the
      // left-over contact would name someone else as the author. So the contact must be new and the
      // author's own.
      const id = newId();
      await assertSucceeds(post(rules.guest(ALICE), ALICE, { id }));
      await rules.seed((db) => deleteDoc(commentRef(db, id)));
      const leftOver = await rules.peek(async (db) => (await getDoc(contactRef(db, id))).data());
      assert.deepEqual(leftOver, contactFields(ALICE), "Alice's contact outlives her comment");

      await legitAllowedAttackDenied(
        () => post(rules.guest(MALLORY), MALLORY),
        () => post(rules.guest(MALLORY), MALLORY, { id, contact: null }),
      );
    });
  });

  describe('overwriting an existing comment', () => {
    it("denies Mallory's batch written over Alice's comment ID", async () => {
      const id = newId();
      await assertSucceeds(post(rules.guest(ALICE), ALICE, { id }));
      await legitAllowedAttackDenied(
        () => post(rules.guest(MALLORY), MALLORY),
        () => post(rules.guest(MALLORY), MALLORY, { id }),
      );
      const stored = await rules.peek(async (db) => (await getDoc(commentRef(db, id))).data());
      assert.equal(stored?.['author'].uid, ALICE, "Alice's comment is unchanged");
    });

    it("denies Mallory's comment document alone written over Alice's comment", async () => {
      const id = newId();
      await seedComment(rules, { id, uid: ALICE });
      await legitAllowedAttackDenied(
        () => post(rules.guest(MALLORY), MALLORY),
        () => setDoc(commentRef(rules.guest(MALLORY), id), commentFields(MALLORY)),
      );
    });

    it('denies Alice re-posting over her own comment to renew its createdAt', async () => {
      const id = newId();
      await seedComment(rules, { id, uid: ALICE, ageMinutes: 10 });
      await legitAllowedAttackDenied(legitPost, () => post(rules.guest(ALICE), ALICE, { id }));
    });

    it('denies Alice re-setting her own comment document alone with a new createdAt', async () => {
      const id = newId();
      await seedComment(rules, { id, uid: ALICE, ageMinutes: 10 });
      await legitAllowedAttackDenied(legitPost, () => setDoc(commentRef(rules.guest(ALICE), id), commentFields(ALICE)));
    });

    it("denies Bob's batch over Alice's comment ID, while the same ID in another thread is his to use", async () => {
      // The same comment ID in two threads is two documents: Bob's post in the other thread is his own.
      const id = newId();
      await seedComment(rules, { id, uid: ALICE, thread: THREAD });
      await legitAllowedAttackDenied(
        () => post(rules.guest(BOB), BOB, { id, thread: OTHER_THREAD }),
        () => post(rules.guest(BOB), BOB, { id, thread: THREAD }),
      );
    });
  });
});
