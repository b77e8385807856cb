/**
 * Who a comment says its author is: the provider mark, the name and the avatar. A guest's provider is
 * 'guest' and its avatar is null or the Gravatar of the email in its own contact document; an
 * account's provider is the one its ID token was signed in with, and its name and avatar are the
 * token's `name` and `picture` claims, with no website and no email stored anywhere. Each attack is
 * the widget's own write with one thing changed, sent after the unchanged write has succeeded.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, it } from 'node:test';
import { assertFails, assertSucceeds } from '@firebase/rules-unit-testing';
import { deleteDoc, getDoc, serverTimestamp, setDoc, updateDoc, type Firestore } from 'firebase/firestore';
import { commentEdit } from '../../src/data/documents.js';
import { gravatarUrl } from '../../src/model/avatar.js';
import type { CommentDraft } from '../../src/model/comment.js';
import { FIREBASE_PROVIDER_ID } from '../../src/data/firestore/provider-ids.js';
import { PROVIDERS, type AccountProvider } from '../../src/model/identity.js';
import {
  accountCommentFields,
  ALICE,
  BOB,
  commentFields,
  commentRef,
  contactFields,
  contactRef,
  deleteComment,
  DRAFT,
  legitAllowedAttackDenied,
  MALLORY,
  newId,
  post,
  postAsAccount,
  seedComment,
  useRulesEnv,
  withAuthor,
  type AccountAuthor,
  type AccountClaims,
  type AnySignInProvider,
  type Data,
} from './rules-env.js';

const rules = useRulesEnv('identity');

/** What Firebase Auth holds for Alice's Google account, and so what her ID token carries. */
const ALICE_GOOGLE: AccountClaims = {
  name: 'Alice Liddell',
  picture: 'https://lh3.googleusercontent.com/a/alice-photo=s96-c',
  email: 'alice@gmail.com',
  email_verified: true,
};

/** Bob's Google account: another person at the same provider. */
const BOB_GOOGLE: AccountClaims = {
  name: 'Bob Dodgson',
  picture: 'https://lh3.googleusercontent.com/a/bob-photo=s96-c',
  email: 'bob@gmail.com',
  email_verified: true,
};

/** The author a token stands for, read off its claims the way postComment reads them. */
const authorOf = (uid: string, provider: AccountProvider, claims: AccountClaims): AccountAuthor => ({
  uid,
  provider,
  name: claims.name ?? '',
  avatar: claims.picture ?? null,
});

const ALICE_AT_GOOGLE = authorOf(ALICE, 'google', ALICE_GOOGLE);

const aliceGoogle = () => rules.account(ALICE, 'google.com', ALICE_GOOGLE);

/** Alice posts with her Google account through the widget: the control for the account attacks. */
const legitGooglePost = () => postAsAccount(aliceGoogle(), ALICE_AT_GOOGLE);

/** Alice posts with her Google account, the comment document changed by `change`. */
const postAsAliceGoogleChanged = (change: (comment: Data) => Data) =>
  postAsAccount(aliceGoogle(), ALICE_AT_GOOGLE, { comment: change(accountCommentFields(ALICE_AT_GOOGLE)) });

/** Alice posts as a guest through the widget: the control for the guest attacks. */
const legitGuestPost = () => post(rules.guest(ALICE), ALICE);

/** The Gravatar URL the widget computes for a typed email (never null in Node 20, which has Web Crypto). */
async function gravatarOf(email: string): Promise<string> {
  const url = await gravatarUrl(email);
  assert.ok(url, `gravatarUrl gives a URL for ${JSON.stringify(email)}`);
  return url;
}

/** A guest's batch as the widget writes it with a Gravatar: the avatar computed from the typed email. */
async function guestPostWithGravatar(db: Firestore, uid: string, draft: CommentDraft, id = newId()) {
  const avatar = await gravatarOf(draft.email);
  return post(db, uid, { id, comment: commentFields(uid, draft, avatar), contact: contactFields(uid, draft) });
}

/** What each provider's ID token carries in the suite: an email link brings a verified address, no photo. */
const CLAIMS_OF: Record<AccountProvider, AccountClaims> = {
  google: ALICE_GOOGLE,
  github: { name: 'alice', picture: 'https://avatars.githubusercontent.com/u/1?v=4', email: 'alice@example.com' },
  microsoft: { name: 'Alice Liddell', email: 'alice@outlook.com', email_verified: true },
  apple: { name: 'Alice Liddell', email: 'x1y2@privaterelay.appleid.com', email_verified: true },
  facebook: { name: 'Alice Liddell', picture: 'https://graph.facebook.com/10/picture', email: 'alice@example.com' },
  twitter: { name: 'Alice', picture: 'https://pbs.twimg.com/profile_images/1/alice_normal.jpg' },
  'email-link': { name: 'Alice', email: 'alice@example.com', email_verified: true },
};

const ACCOUNT_PROVIDERS = PROVIDERS.filter((provider): provider is AccountProvider => provider !== 'guest');

describe('the provider mark', () => {
  it("denies a guest's batch claiming to come from a Google account", async () => {
    await legitAllowedAttackDenied(legitGuestPost, () =>
      post(rules.guest(ALICE), ALICE, { comment: withAuthor(commentFields(ALICE), { provider: 'google' }) }),
    );
  });

  it("denies a guest posting a Google account's comment, as the account would write it", async () => {
    // The anonymous token carries no Google identity, whatever the document says.
    await legitAllowedAttackDenied(legitGuestPost, () => postAsAccount(rules.guest(ALICE), ALICE_AT_GOOGLE));
  });

  it("denies a Google account claiming to be a guest, with a contact or without", async () => {
    // A guest's name is typed, an account's is proven: an account may not post as a guest to pick its name.
    const asGuest: CommentDraft = { ...DRAFT, name: 'Someone Else', website: '' };
    await legitAllowedAttackDenied(legitGooglePost, () =>
      post(aliceGoogle(), ALICE, { comment: commentFields(ALICE, asGuest), contact: contactFields(ALICE, asGuest) }),
    );
    await assertFails(post(aliceGoogle(), ALICE, { comment: commentFields(ALICE, asGuest), contact: null }));
    await assertFails(postAsAliceGoogleChanged((c) => withAuthor(c, { provider: 'guest' })));
  });

  it('denies a GitHub account claiming to be a Google account', async () => {
    const github = authorOf(ALICE, 'github', CLAIMS_OF.github);
    const db = () => rules.account(ALICE, 'github.com', CLAIMS_OF.github);
    await legitAllowedAttackDenied(
      () => postAsAccount(db(), github),
      () => postAsAccount(db(), { ...github, provider: 'google' }),
    );
  });

  ACCOUNT_PROVIDERS.forEach((provider, index) => {
    const other = ACCOUNT_PROVIDERS[(index + 1) % ACCOUNT_PROVIDERS.length]!;
    it(`allows a ${provider} account's post, and denies the same token claiming ${other}`, async () => {
      const id = newId();
      const author = authorOf(ALICE, provider, CLAIMS_OF[provider]);
      const db = () => rules.account(ALICE, FIREBASE_PROVIDER_ID[provider] as AnySignInProvider, CLAIMS_OF[provider]);
      await legitAllowedAttackDenied(
        () => postAsAccount(db(), author, { id }),
        () => postAsAccount(db(), { ...author, provider: other }),
      );
      const stored = await rules.peek(async (admin) => (await getDoc(commentRef(admin, id))).data());
      assert.equal(stored?.['author'].provider, provider);
    });
  });

  for (const signInProvider of ['phone', 'custom', 'oidc.x', 'saml.x'] as const) {
    it(`denies a ${signInProvider} sign-in, whatever provider it claims`, async () => {
      // Only the providers the widget offers can comment: any other token stands for nobody the
      // widget can name, so no provider mark fits it.
      const db = () => rules.account(ALICE, signInProvider, ALICE_GOOGLE);
      await legitAllowedAttackDenied(legitGooglePost, () => postAsAccount(db(), ALICE_AT_GOOGLE));
      for (const provider of ACCOUNT_PROVIDERS) {
        await assertFails(postAsAccount(db(), { ...ALICE_AT_GOOGLE, provider }));
      }
      await assertFails(post(db(), ALICE));
    });
  }

  it("denies a password sign-in as 'email-link' unless the token says the email is verified", async () => {
    // An email link signs in through the password provider and verifies the address on the way; a
    // password account whose address nobody confirmed is not an email link's.
    const verified = CLAIMS_OF['email-link'];
    const author = authorOf(ALICE, 'email-link', verified);
    await legitAllowedAttackDenied(
      () => postAsAccount(rules.account(ALICE, 'password', verified), author),
      () => postAsAccount(rules.account(ALICE, 'password', { ...verified, email_verified: undefined }), author),
    );
    await assertFails(postAsAccount(rules.account(ALICE, 'password', { ...verified, email_verified: false }), author));
    // A custom claim set to the string "true" is not the boolean Firebase Auth sets.
    const stringly = { ...verified, email_verified: 'true' } as unknown as AccountClaims;
    await assertFails(postAsAccount(rules.account(ALICE, 'password', stringly), author));
  });
});

describe("an account's name and avatar", () => {
  it("stores the token's name and picture, no website, and no email anywhere", async () => {
    const id = newId();
    await assertSucceeds(postAsAccount(aliceGoogle(), ALICE_AT_GOOGLE, { id }));
    const stored = await rules.peek(async (db) => ({
      comment: (await getDoc(commentRef(db, id))).data(),
      contact: (await getDoc(contactRef(db, id))).exists(),
    }));
    assert.deepEqual(stored.comment?.['author'], {
      uid: ALICE,
      name: 'Alice Liddell',
      website: null,
      provider: 'google',
      avatar: ALICE_GOOGLE.picture,
    });
    assert.equal(stored.contact, false, 'an account comment has no contact document');
    assert.ok(!JSON.stringify(stored.comment).includes(ALICE_GOOGLE.email!), 'the comment holds no email');
  });

  it('denies a Google account posting under another name', async () => {
    await legitAllowedAttackDenied(legitGooglePost, () =>
      postAsAliceGoogleChanged((c) => withAuthor(c, { name: 'The Site Owner' })),
    );
    // Not even the same name spelled differently: the token's name, exactly.
    await assertFails(postAsAliceGoogleChanged((c) => withAuthor(c, { name: 'alice liddell' })));
  });

  it("denies a Google account posting under Bob's name and photo", async () => {
    await legitAllowedAttackDenied(legitGooglePost, () =>
      postAsAliceGoogleChanged((c) => withAuthor(c, { name: BOB_GOOGLE.name, avatar: BOB_GOOGLE.picture })),
    );
  });

  it("denies a Google account posting under Bob's uid, with his name and photo as his own token has them", async () => {
    // Only the uid makes a comment someone's to edit and delete: it must be the token's.
    const bobAtGoogle = authorOf(BOB, 'google', BOB_GOOGLE);
    await legitAllowedAttackDenied(
      () => postAsAccount(rules.account(BOB, 'google.com', BOB_GOOGLE), bobAtGoogle),
      () => postAsAccount(aliceGoogle(), bobAtGoogle),
    );
    await assertFails(postAsAliceGoogleChanged((c) => withAuthor(c, { uid: BOB })));
  });

  it('denies a Google account posting with another picture', async () => {
    await legitAllowedAttackDenied(legitGooglePost, () =>
      postAsAliceGoogleChanged((c) => withAuthor(c, { avatar: 'https://evil.example/alice.png' })),
    );
  });

  it('denies a picture when the token has none', async () => {
    const noPhoto = { ...ALICE_GOOGLE, picture: undefined };
    const db = () => rules.account(ALICE, 'google.com', noPhoto);
    const author = authorOf(ALICE, 'google', noPhoto);
    await legitAllowedAttackDenied(
      () => postAsAccount(db(), author),
      () => postAsAccount(db(), { ...author, avatar: ALICE_GOOGLE.picture! }),
    );
  });

  it('denies a null picture when the token has one', async () => {
    // The avatar is the token's picture exactly, as the widget writes it: one document is right.
    await legitAllowedAttackDenied(legitGooglePost, () =>
      postAsAliceGoogleChanged((c) => withAuthor(c, { avatar: null })),
    );
  });

  it('denies a name when the token has none, so an account without a name cannot post', async () => {
    // An email link brings no name: the widget sets one on the account (updateProfile) and renews the
    // token before posting, so the name is the account's own from then on.
    const noName = { ...CLAIMS_OF['email-link'], name: undefined };
    const author = authorOf(ALICE, 'email-link', noName);
    const db = () => rules.account(ALICE, 'password', noName);
    await legitAllowedAttackDenied(
      () => postAsAccount(rules.account(ALICE, 'password', CLAIMS_OF['email-link']), { ...author, name: 'Alice' }),
      () => postAsAccount(db(), { ...author, name: 'Alice' }),
    );
    await assertFails(postAsAccount(db(), author));
    const nullName = withAuthor(accountCommentFields(author), { name: null });
    await assertFails(postAsAccount(db(), author, { comment: nullName }));
  });

  const unsafeAvatars: Array<[string, string]> = [
    ['an http: URL', 'http://lh3.googleusercontent.com/a/alice-photo'],
    ['a javascript: URL', 'javascript:alert(document.cookie)'],
    ['a javascript: URL hiding an https:// in it', 'javascript://https://example.com/%0Aalert(1)'],
    ['a data: URL', 'data:image/svg+xml,<svg onload="alert(1)"/>'],
    ['an https: URL with a space', 'https://example.com/a photo.png'],
    ['an https: URL of 2001 characters', `https://example.com/${'a'.repeat(2001 - 'https://example.com/'.length)}`],
  ];
  for (const [label, picture] of unsafeAvatars) {
    it(`denies ${label} as an avatar, even when the token's picture says so`, async () => {
      // The picture claim is the account's photoURL, which its holder may set to anything.
      const claims = { ...ALICE_GOOGLE, picture };
      await legitAllowedAttackDenied(legitGooglePost, () =>
        postAsAccount(rules.account(ALICE, 'google.com', claims), authorOf(ALICE, 'google', claims)),
      );
    });
  }

  it('allows an https avatar of exactly 2000 characters', async () => {
    const picture = `https://example.com/${'a'.repeat(2000 - 'https://example.com/'.length)}`;
    const claims = { ...ALICE_GOOGLE, picture };
    await assertSucceeds(postAsAccount(rules.account(ALICE, 'google.com', claims), authorOf(ALICE, 'google', claims)));
  });
});

describe('what an account comment may not hold', () => {
  it('denies a website', async () => {
    // A website is something a guest types; an account's comment shows the account, nothing typed.
    await legitAllowedAttackDenied(legitGooglePost, () =>
      postAsAliceGoogleChanged((c) => withAuthor(c, { website: 'https://alice.example/' })),
    );
  });

  it('denies an extra field in the author map (email, which would be public)', async () => {
    await legitAllowedAttackDenied(legitGooglePost, () =>
      postAsAliceGoogleChanged((c) => withAuthor(c, { email: ALICE_GOOGLE.email })),
    );
    await assertFails(postAsAliceGoogleChanged((c) => withAuthor(c, { verified: true })));
  });

  it('denies a contact document in the same batch, with an email or with null', async () => {
    // An account's email stays in Firebase Auth: the comment's batch must store none, even privately.
    const id = newId();
    await legitAllowedAttackDenied(legitGooglePost, () =>
      postAsAccount(aliceGoogle(), ALICE_AT_GOOGLE, { id, contact: { uid: ALICE, email: ALICE_GOOGLE.email } }),
    );
    await assertFails(postAsAccount(aliceGoogle(), ALICE_AT_GOOGLE, { id, contact: { uid: ALICE, email: null } }));
    const left = await rules.peek(async (db) => (await getDoc(commentRef(db, id))).exists());
    assert.equal(left, false, 'the denied batch stored nothing');
  });

  it('denies a contact document created afterwards, in a write of its own', async () => {
    const id = newId();
    await assertSucceeds(postAsAccount(aliceGoogle(), ALICE_AT_GOOGLE, { id }));
    await assertFails(setDoc(contactRef(aliceGoogle(), id), { uid: ALICE, email: ALICE_GOOGLE.email }));
    await assertFails(setDoc(contactRef(rules.guest(ALICE), id), contactFields(ALICE)));
    const contact = await rules.peek(async (db) => (await getDoc(contactRef(db, id))).exists());
    assert.equal(contact, false, 'no email is stored for an account comment');
  });
});

describe("a guest's avatar", () => {
  it('allows the Gravatar of the email in its own contact, hashed as Gravatar asks', async () => {
    const id = newId();
    await assertSucceeds(guestPostWithGravatar(rules.guest(ALICE), ALICE, DRAFT, id));
    const stored = await rules.peek(async (db) => (await getDoc(commentRef(db, id))).data());
    const hash = createHash('sha256').update('alice@example.com').digest('hex');
    assert.equal(stored?.['author'].avatar, `https://www.gravatar.com/avatar/${hash}`);
  });

  it('allows the Gravatar of an email typed with upper case and white space', async () => {
    // The contact keeps the address trimmed but in its own case; the rules lower-case it before
    // hashing, as gravatarUrl does, so both arrive at the same URL.
    const id = newId();
    const draft = { ...DRAFT, email: '  Alice@Example.COM\t' };
    await assertSucceeds(guestPostWithGravatar(rules.guest(ALICE), ALICE, draft, id));
    const stored = await rules.peek(async (db) => ({
      comment: (await getDoc(commentRef(db, id))).data(),
      contact: (await getDoc(contactRef(db, id))).data(),
    }));
    assert.equal(stored.contact?.['email'], 'Alice@Example.COM');
    assert.equal(stored.comment?.['author'].avatar, await gravatarOf('alice@example.com'));
  });

  it('denies the Gravatar of another email than the contact holds', async () => {
    const bobs = await gravatarOf('bob@example.com');
    await legitAllowedAttackDenied(
      () => guestPostWithGravatar(rules.guest(ALICE), ALICE, DRAFT),
      () => post(rules.guest(ALICE), ALICE, { comment: commentFields(ALICE, DRAFT, bobs) }),
    );
  });

  it('denies a Gravatar hash of the email as typed, not trimmed and lower-cased', async () => {
    const draft = { ...DRAFT, email: ' Alice@Example.COM ' };
    const raw = createHash('sha256').update(draft.email).digest('hex');
    await legitAllowedAttackDenied(
      () => guestPostWithGravatar(rules.guest(ALICE), ALICE, draft),
      () =>
        post(rules.guest(ALICE), ALICE, {
          comment: commentFields(ALICE, draft, `https://www.gravatar.com/avatar/${raw}`),
          contact: contactFields(ALICE, draft),
        }),
    );
  });

  const otherAvatars: Array<[string, (gravatar: string) => string]> = [
    ['an arbitrary https picture', () => 'https://evil.example/avatar.png'],
    ['its Gravatar with query parameters', (gravatar) => `${gravatar}?s=80&d=404`],
    ['its Gravatar over http', (gravatar) => gravatar.replace('https:', 'http:')],
    ['its Gravatar with the hash in upper case', (gravatar) => gravatar.replace(/[0-9a-f]+$/, (h) => h.toUpperCase())],
    ['its Gravatar at another host', (gravatar) => gravatar.replace('www.gravatar.com', 'gravatar.evil.example')],
    ['a javascript: URL', () => 'javascript:alert(1)'],
  ];
  for (const [label, avatar] of otherAvatars) {
    it(`denies ${label} as a guest's avatar`, async () => {
      const gravatar = await gravatarOf(DRAFT.email);
      await legitAllowedAttackDenied(
        () => guestPostWithGravatar(rules.guest(ALICE), ALICE, DRAFT),
        () => post(rules.guest(ALICE), ALICE, { comment: commentFields(ALICE, DRAFT, avatar(gravatar)) }),
      );
    });
  }

  it('denies a Gravatar when the contact holds no email', async () => {
    // Without an email (require-email="false") the avatar is null: there is nothing to hash.
    const noEmail = { ...DRAFT, email: '' };
    const contact = contactFields(ALICE, noEmail);
    const gravatar = await gravatarOf(DRAFT.email);
    await legitAllowedAttackDenied(
      () => post(rules.guest(ALICE), ALICE, { comment: commentFields(ALICE, noEmail), contact }),
      () => post(rules.guest(ALICE), ALICE, { comment: commentFields(ALICE, noEmail, gravatar), contact }),
    );
  });
});

describe('a guest who later links an account', () => {
  // Linking keeps the user ID: the token now says google.com, but the comments are still the uid's.
  // Editing and deleting check the uid and the 15 minutes, not how the author signed in.
  const aliceLinked = () => rules.account(ALICE, 'google.com', ALICE_GOOGLE);
  const bobGoogle = () => rules.account(BOB, 'google.com', BOB_GOOGLE);
  const edit = (db: Firestore, id: string) =>
    updateDoc(commentRef(db, id), commentEdit('Corrected', serverTimestamp()));

  it('can still edit her guest comment, and another Google user cannot', async () => {
    const id = newId();
    await assertSucceeds(post(rules.guest(ALICE), ALICE, { id }));
    await assertFails(edit(bobGoogle(), id));
    await assertSucceeds(edit(aliceLinked(), id));
  });

  it('can still delete her guest comment and its contact, and another Google user cannot', async () => {
    const id = newId();
    await assertSucceeds(post(rules.guest(ALICE), ALICE, { id }));
    await assertFails(deleteDoc(commentRef(bobGoogle(), id)));
    await assertFails(deleteDoc(contactRef(bobGoogle(), id)));
    await assertFails(getDoc(contactRef(bobGoogle(), id)));
    await assertFails(deleteComment(rules, bobGoogle(), id));
    await assertSucceeds(getDoc(contactRef(aliceLinked(), id)));
    await assertSucceeds(deleteComment(rules, aliceLinked(), id));
    const contact = await rules.peek(async (db) => (await getDoc(contactRef(db, id))).exists());
    assert.equal(contact, false, 'her email went with the comment');
  });

  it('may edit only within the 15 minutes, like any author', async () => {
    const recent = newId();
    const old = newId();
    await seedComment(rules, { id: recent, uid: ALICE, ageMinutes: 14 });
    await seedComment(rules, { id: old, uid: ALICE, ageMinutes: 20 });
    await legitAllowedAttackDenied(
      () => edit(aliceLinked(), recent),
      () => edit(aliceLinked(), old),
    );
    await assertFails(deleteComment(rules, aliceLinked(), old));
    await assertSucceeds(deleteComment(rules, aliceLinked(), recent));
  });

  it("denies Alice's account editing a guest comment Mallory posted under Alice's name", async () => {
    // A name proves nothing, only the uid does: Mallory's guest comment signed "Alice Liddell" is
    // Mallory's, for her own account once linked, and Alice's account of that name has no hold on it.
    const id = newId();
    const posing = withAuthor(commentFields(MALLORY), { name: ALICE_GOOGLE.name });
    await assertSucceeds(post(rules.guest(MALLORY), MALLORY, { id, comment: posing }));
    await legitAllowedAttackDenied(
      () => edit(rules.account(MALLORY, 'google.com', { name: 'Mallory' }), id),
      () => edit(aliceGoogle(), id),
    );
  });
});
