/**
 * The spam limits, from both sides: one comment per author per rateWindow() (30 s), none sooner than
 * composeTime() (3 s) after the author opened the form since their last comment, an empty honeypot,
 * at most maxLinks() (2) links in a text, and the author's marker document (authors/{uid}) that
 * carries the times, which only its author moves, and only forward.
 *
 * Nothing here waits: the marker is seeded with times in the past (seedAuthor), and the request's
 * own time is the server's. Each refusal comes after its legitimate twin has succeeded.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assertFails, assertSucceeds } from '@firebase/rules-unit-testing';
import {
  collection,
  deleteDoc,
  deleteField,
  getDoc,
  getDocs,
  serverTimestamp,
  setDoc,
  Timestamp,
  updateDoc,
  writeBatch,
  type Firestore,
} from 'firebase/firestore';
import { commentEdit, commentPostedMarker, formOpenedMarker } from '../../src/data/documents.js';
import { countLinks, LIMITS } from '../../src/model/comment.js';
import {
  accountCommentFields,
  ALICE,
  authorRef,
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
  postAsAccount,
  seedAuthor,
  THREAD,
  useRulesEnv,
  withField,
  type AccountAuthor,
  type Data,
  type PostOptions,
} from './rules-env.js';

const rules = useRulesEnv('spam');

const SECOND = 1000;

/** Alice, as a guest. */
const alice = () => rules.guest(ALICE);

/** Alice posts the widget's batch with her marker as the test seeded it (post seeds nothing). */
const alicePosts = (options: PostOptions = {}) => post(alice(), ALICE, { ...options, ready: false });

type Marker = Parameters<typeof seedAuthor>[1];

/** Seeds Alice's marker, then posts the widget's batch. */
async function alicePostsAfter(marker: Marker, options: PostOptions = {}): Promise<void> {
  await seedAuthor(ALICE, marker);
  await alicePosts(options);
}

/** Alice opened the form 5 s ago, her last comment `postedAgo` ms ago: only the rate window decides. */
const lastPosted = (postedAgo: number): Marker => ({ openedAgo: 5 * SECOND, postedAgo });

/** Alice's Google account, for the limits on accounts. */
const ALICE_AT_GOOGLE: AccountAuthor = { uid: ALICE, provider: 'google', name: 'Alice Liddell', avatar: null };
const aliceGoogle = () => rules.account(ALICE, 'google.com', { name: 'Alice Liddell', email: 'alice@gmail.com', email_verified: true });

/** Opening the form as the widget does it: formOpenedAt, merged, stamped by the server. */
const openForm = (db: Firestore, uid: string) => setDoc(authorRef(db, uid), formOpenedMarker(serverTimestamp()), { merge: true });

/** Alice's marker as stored, read with the rules off. */
const storedMarker = (uid = ALICE) => rules.peek(async (db) => (await getDoc(authorRef(db, uid))).data());

/** The widget's posted marker for comment `id`, with one field changed. */
const postedMarkerWith = (id: string, field: string, value: unknown, thread = THREAD): Data =>
  withField(commentPostedMarker(thread, id, serverTimestamp()), field, value);

describe('the rate limit: one comment per author per 30 seconds', () => {
  it('denies a second comment 10 s after the last, and allows one 40 s after', async () => {
    await legitAllowedAttackDenied(
      () => alicePostsAfter(lastPosted(40 * SECOND)),
      () => alicePostsAfter(lastPosted(10 * SECOND)),
    );
  });

  it('counts comments in every thread: a comment in another thread 10 s after the last is refused', async () => {
    await legitAllowedAttackDenied(
      () => alicePostsAfter(lastPosted(40 * SECOND), { thread: OTHER_THREAD }),
      () => alicePostsAfter(lastPosted(10 * SECOND), { thread: OTHER_THREAD }),
    );
  });

  it('limits each author alone: Bob may post while Alice waits', async () => {
    await seedAuthor(ALICE, lastPosted(10 * SECOND));
    await seedAuthor(BOB, lastPosted(10 * SECOND));
    await legitAllowedAttackDenied(
      async () => {
        await seedAuthor(BOB, lastPosted(40 * SECOND));
        await post(rules.guest(BOB), BOB, { ready: false });
      },
      () => alicePosts(),
    );
  });

  it('arms itself: the marker written with a comment refuses the next one, even after the form is opened again', async () => {
    await assertSucceeds(post(alice(), ALICE));
    const marker = await storedMarker();
    assert.equal(typeof marker?.['lastComment'], 'string', 'the batch moved the marker');
    assert.ok(marker?.['lastCommentAt'] instanceof Timestamp, "lastCommentAt is the server's time");
    await assertFails(alicePosts());
    await assertSucceeds(openForm(alice(), ALICE));
    await assertFails(alicePosts());
  });

  it("denies an account's second comment 10 s after the last, and allows one 40 s after", async () => {
    await legitAllowedAttackDenied(
      async () => {
        await seedAuthor(ALICE, lastPosted(40 * SECOND));
        await postAsAccount(aliceGoogle(), ALICE_AT_GOOGLE, { ready: false });
      },
      async () => {
        await seedAuthor(ALICE, lastPosted(10 * SECOND));
        await postAsAccount(aliceGoogle(), ALICE_AT_GOOGLE, { ready: false });
      },
    );
  });

  it('denies two comments in one batch, where one alone is allowed', async () => {
    // The marker can name only one comment, so the other comment of the batch fails withinSpamLimits.
    const batchOf = async (count: number) => {
      await seedAuthor(ALICE, { openedAgo: 60 * SECOND });
      const db = alice();
      const ids = Array.from({ length: count }, newId);
      const batch = writeBatch(db);
      for (const id of ids) {
        batch.set(commentRef(db, id), commentFields(ALICE));
        batch.set(contactRef(db, id), contactFields(ALICE));
      }
      batch.set(authorRef(db, ALICE), commentPostedMarker(THREAD, ids[0]!, serverTimestamp()), { merge: true });
      return batch.commit();
    };
    await legitAllowedAttackDenied(() => batchOf(1), () => batchOf(2));
  });
});

describe("the author marker in the comment's batch", () => {
  const ready = { openedAgo: 60 * SECOND };
  const legit = () => alicePostsAfter(ready);

  it('denies a comment whose batch leaves the marker out', async () => {
    await legitAllowedAttackDenied(legit, () => alicePostsAfter(ready, { marker: null }));
  });

  const otherComments: Array<[string, (id: string) => Data]> = [
    ['another comment of the thread', () => postedMarkerWith(newId(), 'lastComment', `${THREAD}/${newId()}`)],
    ['the same comment ID in another thread', (id) => postedMarkerWith(id, 'lastComment', `${OTHER_THREAD}/${id}`)],
    ['the comment ID alone, without its thread', (id) => postedMarkerWith(id, 'lastComment', id)],
    ['no comment (null)', (id) => postedMarkerWith(id, 'lastComment', null)],
  ];
  for (const [label, marker] of otherComments) {
    it(`denies a marker naming ${label}`, async () => {
      const id = newId();
      await legitAllowedAttackDenied(legit, () => alicePostsAfter(ready, { id, marker: marker(id) }));
    });
  }

  it('denies a marker without lastComment', async () => {
    const id = newId();
    const marker = { lastCommentAt: serverTimestamp(), honeypot: '' };
    await legitAllowedAttackDenied(legit, () => alicePostsAfter(ready, { id, marker }));
  });

  const wrongTimes: Array<[string, () => unknown]> = [
    ["the client's clock (Timestamp.now())", () => Timestamp.now()],
    ['a minute ago', () => minutesAgo(1)],
    ['a minute from now', () => minutesAgo(-1)],
    ['null', () => null],
  ];
  for (const [label, time] of wrongTimes) {
    it(`denies a marker whose lastCommentAt is ${label}, not the time of the request`, async () => {
      const id = newId();
      await legitAllowedAttackDenied(legit, () => alicePostsAfter(ready, { id, marker: postedMarkerWith(id, 'lastCommentAt', time()) }));
    });
  }

  it('denies a marker without lastCommentAt', async () => {
    const id = newId();
    const marker = { lastComment: `${THREAD}/${id}`, honeypot: '' };
    await legitAllowedAttackDenied(legit, () => alicePostsAfter(ready, { id, marker }));
  });

  it("denies Alice's comment carrying Bob's marker instead of her own", async () => {
    const id = newId();
    await seedAuthor(BOB, ready);
    await legitAllowedAttackDenied(legit, () => {
      const db = alice();
      const batch = writeBatch(db);
      batch.set(commentRef(db, id), commentFields(ALICE));
      batch.set(contactRef(db, id), contactFields(ALICE));
      batch.set(authorRef(db, BOB), commentPostedMarker(THREAD, id, serverTimestamp()), { merge: true });
      return batch.commit();
    });
  });
});

describe('the compose time: no comment sooner than 3 seconds after opening the form', () => {
  it('denies a comment 1 s after opening the form, and allows one 4 s after', async () => {
    await legitAllowedAttackDenied(
      () => alicePostsAfter({ openedAgo: 4 * SECOND }),
      () => alicePostsAfter({ openedAgo: 1 * SECOND }),
    );
  });

  it("denies a comment right after the widget opens the form, stamped by the server's clock", async () => {
    await legitAllowedAttackDenied(
      () => alicePostsAfter({ openedAgo: 4 * SECOND }),
      async () => {
        await openForm(alice(), ALICE);
        await alicePosts();
      },
    );
  });

  it('denies a comment when the form was last opened before the last comment', async () => {
    // The last comment was 40 s ago: outside the rate window, but nobody opened the form since.
    await legitAllowedAttackDenied(
      () => alicePostsAfter({ openedAgo: 35 * SECOND, postedAgo: 40 * SECOND }),
      () => alicePostsAfter({ openedAgo: 60 * SECOND, postedAgo: 40 * SECOND }),
    );
  });

  it('denies a comment from an author who never opened the form (no marker at all)', async () => {
    await legitAllowedAttackDenied(
      () => post(rules.guest(BOB), BOB),
      async () => {
        assert.equal(await storedMarker(ALICE), undefined, 'Alice has no marker');
        await alicePosts();
      },
    );
  });

  it('denies a comment when the marker has a last comment but no formOpenedAt', async () => {
    await legitAllowedAttackDenied(
      () => alicePostsAfter({ openedAgo: 35 * SECOND, postedAgo: 40 * SECOND }),
      () => alicePostsAfter({ postedAgo: 40 * SECOND }),
    );
  });
});

describe('the honeypot', () => {
  // A field people never see, which form-filling bots fill: the widget sends what the form holds.
  const legit = () => alicePostsAfter({ openedAgo: 60 * SECOND });
  const filled: Array<[string, unknown]> = [
    ['a URL', 'https://spam.example/'],
    ['a single space', ' '],
    ['null', null],
    ['a number', 0],
    ['false', false],
  ];
  for (const [label, honeypot] of filled) {
    it(`denies a comment whose honeypot is ${label}, and allows it empty`, async () => {
      const id = newId();
      await legitAllowedAttackDenied(legit, () =>
        alicePostsAfter({ openedAgo: 60 * SECOND }, { id, marker: postedMarkerWith(id, 'honeypot', honeypot) }),
      );
    });
  }

  it('denies filling the honeypot in a marker update of its own', async () => {
    await seedAuthor(ALICE, { openedAgo: 60 * SECOND });
    await legitAllowedAttackDenied(
      () => openForm(alice(), ALICE),
      () => updateDoc(authorRef(alice(), ALICE), { honeypot: 'https://spam.example/' }),
    );
  });
});

/** `n` links of the form `link(i)`, separated by words. */
const links = (n: number, link: (i: number) => string) =>
  Array.from({ length: n }, (_, i) => `see ${link(i)} `).join('') + 'thanks!';

/**
 * Texts around the link limit, with the number of links the rules count in each (countLinks must
 * agree): every http://, https:// or ftp:// address, and every www. that does not follow a slash.
 */
const LINK_CASES: Array<[string, string, number]> = [
  ['two https:// links', links(2, (i) => `https://example.com/${i}`), 2],
  ['three https:// links', links(3, (i) => `https://example.com/${i}`), 3],
  ['three http:// links', links(3, (i) => `http://example.com/${i}`), 3],
  ['https://www. twice (each counts once)', links(2, (i) => `https://www.example.com/${i}`), 2],
  ['https://www. three times', links(3, (i) => `https://www.example.com/${i}`), 3],
  ['www. alone, twice', links(2, (i) => `www.example${i}.com`), 2],
  ['www. alone, three times', links(3, (i) => `www.example${i}.com`), 3],
  ['www. at the very start, then two more', `www.a.example ${links(2, (i) => `www.b${i}.example`)}`, 3],
  ['HTTP:// and HTTPS:// in upper case, three', links(3, (i) => (i % 2 ? `HTTP://EXAMPLE.COM/${i}` : `HTTPS://EXAMPLE.COM/${i}`)), 3],
  ['WWW. in upper case, three', links(3, (i) => `WWW.EXAMPLE${i}.COM`), 3],
  ['ftp:// three times', links(3, (i) => `ftp://files.example/${i}`), 3],
  ['ftp:// twice', links(2, (i) => `ftp://files.example/${i}`), 2],
  ['two links and a www. after a slash (not counted)', `${links(2, (i) => `https://example.com/${i}`)} example.com/www.page`, 2],
  ['one link on each of three lines', ['https://a.example', 'http://b.example', 'www.c.example'].join('\n'), 3],
  ['links without spaces between them', 'https://a.examplehttps://b.examplewww.c.example', 3],
  ['example.com without a scheme or www. (not counted), three times', links(3, (i) => `example${i}.com`), 0],
  ['a scheme the rules do not count (mailto:), three times', links(3, (i) => `mailto:someone${i}@example.com`), 0],
  // Case-insensitive matching folds the long s (U+017F) into s in RE2, as JavaScript does only with the u flag.
  ['https:// spelled with a long s (httpſ://), three times', links(3, (i) => `httpſ://example.com/${i}`), 3],
];

describe('links: at most 2 in a text', () => {
  const postText = (text: string) => alicePostsAfter({ openedAgo: 60 * SECOND }, { comment: withField(commentFields(ALICE), 'text', text) });

  it(`allows ${LIMITS.linksMax} links and denies ${LIMITS.linksMax + 1}`, async () => {
    await legitAllowedAttackDenied(
      () => postText(links(LIMITS.linksMax, (i) => `https://example.com/${i}`)),
      () => postText(links(LIMITS.linksMax + 1, (i) => `https://example.com/${i}`)),
    );
  });

  it("denies an account's comment with 3 links, and allows 2", async () => {
    const postAs = (n: number) => async () => {
      await seedAuthor(ALICE, { openedAgo: 60 * SECOND });
      await postAsAccount(aliceGoogle(), ALICE_AT_GOOGLE, {
        ready: false,
        comment: accountCommentFields(ALICE_AT_GOOGLE, links(n, (i) => `www.example${i}.com`)),
      });
    };
    await legitAllowedAttackDenied(postAs(2), postAs(3));
  });

  it('counts https://www. once, www. alone, upper case and ftp://, as countLinks does', async () => {
    // Each case on both sides of the limit; the widget's checkDraft refuses with countLinks, so the
    // two must agree, or a reader sees a refusal the form did not warn of (or the other way round).
    const disagreements: string[] = [];
    let refused = 0;
    let allowed = 0;
    for (const [label, text, expected] of LINK_CASES) {
      if (countLinks(text) !== expected) disagreements.push(`${label}: countLinks counts ${countLinks(text)}, not ${expected}`);
      const rulesAccept = await postText(text).then(
        () => true,
        (error: { code?: string }) => {
          if (error.code !== 'permission-denied') throw error;
          return false;
        },
      );
      if (rulesAccept) allowed++;
      else refused++;
      if (rulesAccept !== expected <= LIMITS.linksMax) {
        disagreements.push(`${label}: ${expected} links, and the rules ${rulesAccept ? 'accept' : 'refuse'} it`);
      }
    }
    assert.ok(allowed > 0 && refused > 0, 'the cases fall on both sides of the limit');
    assert.deepEqual(disagreements, []);
  });

  it('denies an edit that brings the text to 3 links, and allows one to 2', async () => {
    const id = newId();
    await assertSucceeds(alicePostsAfter({ openedAgo: 60 * SECOND }, { id }));
    const edit = (text: string) => updateDoc(commentRef(alice(), id), commentEdit(text, serverTimestamp()));
    await assertFails(edit(links(3, (i) => `HTTP://example.com/${i}`)));
    await assertFails(edit(links(3, (i) => `www.example${i}.com`)));
    await assertSucceeds(edit(links(2, (i) => `https://www.example.com/${i}`)));
    assert.equal((await rules.peek(async (db) => (await getDoc(commentRef(db, id))).data()))?.['text'], links(2, (i) => `https://www.example.com/${i}`));
  });

  it('still allows a text of 5000 characters with 2 links in it', async () => {
    const twoLinks = links(2, (i) => `https://example.com/${i}`);
    const text = twoLinks + 'x'.repeat(LIMITS.textMax - twoLinks.length);
    assert.equal(text.length, LIMITS.textMax);
    await legitAllowedAttackDenied(
      () => postText(text),
      () => postText(`${text.slice(0, -'www.a.io'.length - 1)} www.a.io`),
    );
  });
});

describe('the authors/{uid} marker document', () => {
  const ref = (db: Firestore, uid = ALICE) => authorRef(db, uid);

  describe('opening the form (creating it)', () => {
    const badCreates: Array<[string, () => Data]> = [
      ['an extra field', () => ({ formOpenedAt: serverTimestamp(), trusted: true })],
      ['lastCommentAt', () => ({ formOpenedAt: serverTimestamp(), lastCommentAt: serverTimestamp() })],
      ['lastCommentAt alone', () => ({ lastCommentAt: serverTimestamp() })],
      ['lastComment', () => ({ formOpenedAt: serverTimestamp(), lastComment: `${THREAD}/${newId()}` })],
      ['an empty honeypot', () => ({ formOpenedAt: serverTimestamp(), honeypot: '' })],
      ['formOpenedAt a minute in the past', () => ({ formOpenedAt: minutesAgo(1) })],
      ['formOpenedAt a minute in the future', () => ({ formOpenedAt: minutesAgo(-1) })],
      ["formOpenedAt from the client's clock", () => ({ formOpenedAt: Timestamp.now() })],
      ['formOpenedAt as a number', () => ({ formOpenedAt: Date.now() })],
      ['no formOpenedAt', () => ({})],
    ];
    for (const [label, marker] of badCreates) {
      it(`denies creating it with ${label}`, async () => {
        await legitAllowedAttackDenied(
          () => openForm(rules.guest(BOB), BOB),
          () => setDoc(ref(alice()), marker()),
        );
        assert.equal(await storedMarker(), undefined, 'nothing was stored');
      });
    }

    it("stores the server's time when the widget opens the form", async () => {
      const before = Date.now();
      await assertSucceeds(openForm(alice(), ALICE));
      const opened = (await storedMarker())?.['formOpenedAt'];
      assert.ok(opened instanceof Timestamp);
      assert.ok(Math.abs(opened.toMillis() - before) < 60_000);
    });
  });

  describe('moving it', () => {
    const posted = { openedAgo: 35 * SECOND, postedAgo: 40 * SECOND };
    /** The widget's comment batch, which moves the marker legitimately. */
    const legit = () => alicePostsAfter(posted);

    const badUpdates: Array<[string, () => Data]> = [
      ['moves lastCommentAt back ten minutes', () => ({ lastCommentAt: minutesAgo(10) })],
      ['moves lastCommentAt back, naming a comment', () => ({ lastCommentAt: minutesAgo(10), lastComment: `${THREAD}/${newId()}` })],
      ['removes lastCommentAt', () => ({ lastCommentAt: deleteField() })],
      ['removes lastComment', () => ({ lastComment: deleteField() })],
      ['writes lastComment without lastCommentAt', () => ({ lastComment: `${THREAD}/${newId()}` })],
      ['backdates formOpenedAt by a minute', () => ({ formOpenedAt: minutesAgo(1) })],
      ['removes formOpenedAt', () => ({ formOpenedAt: deleteField() })],
      ['opens the form and moves lastCommentAt at once', () => ({ formOpenedAt: serverTimestamp(), lastCommentAt: serverTimestamp() })],
      ['adds a field', () => ({ formOpenedAt: serverTimestamp(), trusted: true })],
      ['makes lastComment a number', () => ({ lastCommentAt: serverTimestamp(), lastComment: 42 })],
      ['makes lastComment 1701 characters long', () => ({ lastCommentAt: serverTimestamp(), lastComment: 'c'.repeat(1701) })],
    ];
    for (const [label, change] of badUpdates) {
      it(`denies an update that ${label}`, async () => {
        await seedAuthor(ALICE, posted);
        await assertFails(updateDoc(ref(alice()), change()));
        await assertSucceeds(legit());
      });
    }

    it('allows opening the form again, and a lastComment of 1700 characters stamped now', async () => {
      // Neither helps anyone but the author: opening starts the compose time anew, and a posted
      // marker without a comment only starts the rate window.
      await seedAuthor(ALICE, posted);
      await assertSucceeds(openForm(alice(), ALICE));
      await legitAllowedAttackDenied(
        () => updateDoc(ref(alice()), { lastCommentAt: serverTimestamp(), lastComment: 'c'.repeat(1700) }),
        () => updateDoc(ref(alice()), { lastCommentAt: serverTimestamp(), lastComment: 'c'.repeat(1701) }),
      );
    });

    it('denies deleting it, which would reset the limits', async () => {
      await seedAuthor(ALICE, posted);
      await legitAllowedAttackDenied(
        () => openForm(alice(), ALICE),
        () => deleteDoc(ref(alice())),
      );
      assert.ok(await storedMarker(), 'the marker is still there');
    });
  });

  describe("someone else's", () => {
    it("denies Mallory writing Alice's marker, to open her form or to block her posting", async () => {
      await seedAuthor(ALICE, { openedAgo: 60 * SECOND });
      await legitAllowedAttackDenied(
        () => openForm(rules.guest(MALLORY), MALLORY),
        () => openForm(rules.guest(MALLORY), ALICE),
      );
      await assertFails(updateDoc(ref(rules.guest(MALLORY)), { lastCommentAt: serverTimestamp(), lastComment: `${THREAD}/x` }));
      await assertFails(setDoc(ref(rules.guest(MALLORY), 'new-uid'), formOpenedMarker(serverTimestamp())));
      await assertSucceeds(alicePosts());
    });

    it("denies Mallory reading Alice's marker, and lets Alice read her own", async () => {
      await seedAuthor(ALICE, { openedAgo: 60 * SECOND });
      await legitAllowedAttackDenied(
        async () => assert.ok((await getDoc(ref(alice()))).exists()),
        () => getDoc(ref(rules.guest(MALLORY))),
      );
    });

    it('denies listing the markers, even filtered', async () => {
      await seedAuthor(ALICE, { openedAgo: 60 * SECOND });
      await legitAllowedAttackDenied(
        () => getDoc(ref(alice())),
        () => getDocs(collection(alice(), 'authors')),
      );
    });

    it("denies a visitor reading, creating or moving anyone's marker", async () => {
      await seedAuthor(ALICE, { openedAgo: 60 * SECOND });
      await legitAllowedAttackDenied(
        () => getDoc(ref(alice())),
        () => getDoc(ref(rules.visitor())),
      );
      await assertFails(setDoc(ref(rules.visitor(), 'visitor'), formOpenedMarker(serverTimestamp())));
      await assertFails(openForm(rules.visitor(), ALICE));
      await assertFails(deleteDoc(ref(rules.visitor())));
    });
  });
});
