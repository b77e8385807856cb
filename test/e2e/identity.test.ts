/**
 * The identity picker as readers use it: real pages in Chromium, the widget's real Auth and Firestore
 * code, the real emulators with the project's rules. Provider popups need Google's scripts from the
 * internet, so each page gets a sign-in seam that returns the fake ID token the Auth emulator
 * accepts; everything before and after that call is the widget's own.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { initializeApp } from 'firebase/app';
import { connectAuthEmulator, GoogleAuthProvider, initializeAuth, inMemoryPersistence, signInWithCredential } from 'firebase/auth';
import { connectFirestoreEmulator, doc, getDoc, getFirestore, serverTimestamp, terminate, writeBatch } from 'firebase/firestore';
import { deletedCommentDocument } from '../../src/data/documents.js';
import { TOP_LEVEL } from '../../src/model/comment.js';
import { listAsOwner, readAllAsOwner } from '../../scripts/firestore-rest.js';
import { gravatarUrl } from '../../src/model/avatar.js';
import { threadDocumentId } from '../../src/data/thread-id.js';
import { googleAccount, seam, type FakeAccount } from '../support/accounts.js';
import { authEmulator, closeFirebaseApps, emulatorAttributes, firestoreEmulator, freshThread, testEnvironment } from '../support/environment.js';
import { afterNavigation, closePages, navigate, openBlogPage, type BlogPage } from '../support/pages.js';
import { renderedComments } from '../support/queries.js';
import { clearSavedDrafts } from '../support/storage.js';
import { acceptDialogs, click, focused, press, type } from '../support/user.js';

const SLOW = { timeout: 15000 };

/** Another browser: a Firebase app of its own, signed in with `account` if given. */
async function anotherBrowser(account?: FakeAccount) {
  const app = initializeApp({ projectId: testEnvironment.projectId, apiKey: 'demo-api-key' }, `other-${crypto.randomUUID()}`);
  const db = getFirestore(app);
  connectFirestoreEmulator(db, firestoreEmulator().host, firestoreEmulator().port);
  // In memory: a browser of its own, sharing nothing with the pages under test.
  const auth = initializeAuth(app, { persistence: inMemoryPersistence });
  connectAuthEmulator(auth, `http://${authEmulator().host}:${authEmulator().port}`, { disableWarnings: true });
  const { user } = await signInWithCredential(auth, GoogleAuthProvider.credential(JSON.stringify(account)));
  return { db, user };
}

const textbox = (page: BlogPage, name: string) =>
  page.queries.findByShadowRole(page.widget, 'textbox', { name }) as Promise<HTMLInputElement>;
const button = (page: BlogPage, name: string) => page.queries.findByShadowRole(page.widget, 'button', { name }, SLOW);
const says = (page: BlogPage, text: string, exact = false) => page.queries.findByShadowText(page.widget, text, { exact }, SLOW);
const gone = (page: BlogPage, role: string, name: string) =>
  waitUntil(() => !page.queries.queryByShadowRole(page.widget, role, { name }), `"${name}" is still there`, SLOW);

/** The thread's comments as stored, oldest first. */
async function storedComments(thread: string) {
  const comments = await readAllAsOwner(firestoreEmulator(), testEnvironment.projectId, ['threads', threadDocumentId(thread), 'comments']);
  const time = (comment: (typeof comments)[number]) => (comment.data['createdAt'] as Date).getTime();
  return comments.sort((a, b) => time(a) - time(b));
}

const authorOf = (comment: { data: Record<string, unknown> } | undefined) => comment?.data['author'] as Record<string, unknown>;

async function postAsGuest(page: BlogPage, text: string, name = 'Grace') {
  await type(await textbox(page, 'Comment'), text);
  await type(await textbox(page, 'Email'), 'grace@example.com');
  await type(await textbox(page, 'Name'), name);
  await click(await button(page, 'Post Comment'));
  await says(page, 'Your comment was posted.');
}

describe('The identity picker (Auth and Firestore emulators)', () => {
  let thread: string;
  let attributes: Record<string, string>;

  beforeEach(() => {
    clearSavedDrafts();
    thread = freshThread();
    // An app of its own per test (the app ID is part of its name): a reader nobody has signed in as yet.
    const appId = `1:test:web:${crypto.randomUUID()}`;
    attributes = { ...emulatorAttributes(), thread, 'app-id': appId, 'post-title': 'Signing in', providers: 'guest google github' };
  });

  afterEach(closePages);

  it('offers the providers in order, with names, and loads nothing of theirs before a click', async () => {
    const page = await openBlogPage(attributes);
    expect(await says(page, 'Fill in your details below or click an icon to log in:', true)).to.exist;
    const names = page.queries.queryAllByShadowRole(page.widget, 'button').map((icon) => icon.getAttribute('aria-label') ?? '');
    expect(names.filter((name) => name.startsWith('Log in with'))).to.deep.equal(['Log in with Google', 'Log in with GitHub']);
    expect(await textbox(page, 'Email')).to.exist;
    const requested = page.frame.contentWindow?.performance.getEntriesByType('resource').map((entry) => entry.name) ?? [];
    expect(requested.filter((url) => /google|github|gravatar/.test(new URL(url).hostname))).to.deep.equal([]);
  });

  it('signs in with Google: the account shows, Change and Log Out keep the text, and readers see who posted', async () => {
    const ada = googleAccount();
    const page = await openBlogPage(attributes);
    page.widget.signInSeam = seam(ada);
    await type(await textbox(page, 'Comment'), 'Signed, sealed, delivered.');
    await click(await button(page, 'Log in with Google'));

    expect(await says(page, 'You are commenting using your Google account.')).to.exist;
    expect(await says(page, 'Ada Lovelace', true)).to.exist;
    // Back to the reply box, with the text as it was.
    await waitUntil(() => focused()?.id === 'text', 'focus did not return to the reply box');
    expect((await textbox(page, 'Comment')).value).to.equal('Signed, sealed, delivered.');
    expect(page.queries.queryByShadowRole(page.widget, 'textbox', { name: 'Email' })).to.equal(null);

    await click(await button(page, 'Post Comment'));
    await says(page, 'Your comment was posted.');

    const reader = await openBlogPage(attributes);
    await reader.queries.findByShadowRole(reader.widget, 'heading', { name: 'One thought on “Signing in”' }, SLOW);
    const [shown] = renderedComments(reader.widget);
    expect(shown?.querySelector('.author')?.textContent).to.equal('Ada Lovelace');
    expect(shown?.querySelector('.provider')?.textContent?.trim()).to.equal('(signed in with Google)');
    // The photo cannot load (an .example host never resolves): the initials stand in, as for any
    // broken picture. The picture is lazy, so it is fetched only once the comment is on screen.
    shown?.scrollIntoView();
    await waitUntil(() => !shown?.querySelector('.avatar img'), 'the broken picture stayed', SLOW);
    expect(shown?.querySelector('.avatar')?.textContent).to.equal('AL');

    const [stored] = await storedComments(thread);
    expect(authorOf(stored)).to.deep.include({ name: 'Ada Lovelace', provider: 'google', avatar: ada.picture, website: null });
    expect(await listAsOwner(firestoreEmulator(), testEnvironment.projectId, [...stored!.path, 'private'])).to.deep.equal([]);

    await type(await textbox(page, 'Comment'), 'A second thought.');
    await click(await button(page, 'Change'));
    expect(await textbox(page, 'Email')).to.exist;
    expect((await textbox(page, 'Comment')).value).to.equal('A second thought.');
    await click(await button(page, 'Log in with Google'));
    await click(await button(page, 'Log Out'));
    expect(await textbox(page, 'Email')).to.exist;
    await gone(page, 'button', 'Log Out');
    expect((await textbox(page, 'Comment')).value).to.equal('A second thought.');
  });

  it('links a guest to the Google account they sign in with: their guest comment stays theirs', async () => {
    const page = await openBlogPage(attributes);
    await postAsGuest(page, 'Posted as a guest.');
    const [guestComment] = await storedComments(thread);
    const guestUid = authorOf(guestComment)['uid'];
    // The Gravatar hashed in the browser is the one the rules hashed from the private email.
    expect(authorOf(guestComment)['avatar']).to.equal(await gravatarUrl('grace@example.com'));

    const grace = googleAccount('Grace Hopper');
    page.widget.signInSeam = seam(grace);
    await click(await button(page, 'Change'));
    await click(await button(page, 'Log in with Google'));
    expect(await says(page, 'You are commenting using your Google account.')).to.exist;

    // The same person in another browser, signed in with Google: the same account, so the guest comment
    // is theirs to delete within the edit window.
    const elsewhere = await anotherBrowser(grace);
    expect(elsewhere.user.uid).to.equal(guestUid);
    const ref = doc(elsewhere.db, guestComment!.path.join('/'));
    const stored = await getDoc(ref);
    const deletion = writeBatch(elsewhere.db);
    deletion.set(ref, deletedCommentDocument({ ...TOP_LEVEL, createdAt: stored.get('createdAt') }, serverTimestamp()));
    deletion.delete(doc(ref, 'private', 'contact'));
    await deletion.commit();
    await terminate(elsewhere.db);
    expect((await storedComments(thread)).map(({ data }) => data['status'])).to.deep.equal(['deleted']);
  });

  it('offers to log in to a Google account that already exists, and Log Out returns to the guest', async () => {
    const ada = googleAccount();
    await terminate((await anotherBrowser(ada)).db);
    const page = await openBlogPage(attributes);
    await postAsGuest(page, 'First, as a guest.');
    const guestUid = authorOf((await storedComments(thread))[0])['uid'];

    page.widget.signInSeam = seam(ada);
    await type(await textbox(page, 'Comment'), 'Then, as myself.');
    await click(await button(page, 'Change'));
    await click(await button(page, 'Log in with Google'));
    expect(await says(page, 'This Google account has already been used to comment on this site.')).to.exist;
    expect(await says(page, 'Your guest comments stay with your guest identity in this browser.')).to.exist;
    expect(focused()?.textContent).to.equal('Log in to that Google account');

    await click(await button(page, 'Log in to that Google account'));
    expect(await says(page, 'You are commenting using your Google account.')).to.exist;
    expect((await textbox(page, 'Comment')).value).to.equal('Then, as myself.');
    // The guest's comment is not the account's: no Edit or Delete for it (the rules would refuse them).
    await waitUntil(() => !editOffered(page, 'First, as a guest.'), 'Edit offered on the guest comment to the account');

    await click(await button(page, 'Log Out'));
    await gone(page, 'button', 'Log Out');
    // Back to the guest: theirs again.
    await waitUntil(() => editOffered(page, 'First, as a guest.'), 'no Edit for the guest on their own comment', { timeout: 15000 });
    await click(await button(page, 'Post Comment'));
    await says(page, 'Your comment was posted.');
    const uids = (await storedComments(thread)).map((comment) => authorOf(comment)['uid']);
    expect(uids).to.deep.equal([guestUid, guestUid]);
  });

  it('says in plain words what went wrong (not enabled, window closed, offline), keeps the text, and retries', async () => {
    const page = await openBlogPage(attributes);
    const logged: string[] = [];
    const frameConsole = (page.frame.contentWindow as unknown as typeof globalThis).console;
    frameConsole.error = (...args: unknown[]) => void logged.push(args.map(String).join(' '));
    await type(await textbox(page, 'Comment'), 'Still here?');

    page.widget.signInSeam = seam(googleAccount(), { popup: { code: 'auth/operation-not-allowed' } });
    await click(await button(page, 'Log in with Google'));
    const notEnabled = await says(page, 'Logging in with Google is not available on this site.');
    expect(notEnabled.closest('[role="alert"]')).to.exist;
    expect(logged.join('\n')).to.contain('Authentication → Sign-in method → Add new provider → Google');

    page.widget.signInSeam = seam(googleAccount(), { popup: { code: 'auth/popup-closed-by-user' } });
    await click(await button(page, 'Log in with Google'));
    expect(await says(page, 'The Google window was closed before you signed in. Your text is still here.')).to.exist;
    expect(focused()?.textContent).to.equal('Try again');

    page.widget.signInSeam = seam(googleAccount(), { popup: { code: 'auth/network-request-failed' } });
    await click(await button(page, 'Try again'));
    expect(await says(page, 'Google could not be reached.')).to.exist;

    page.widget.signInSeam = seam(googleAccount(), { popup: { code: 'auth/web-storage-unsupported' } });
    await click(await button(page, 'Try again'));
    expect(await says(page, 'Your browser is blocking the sign-in for this site, so Google sign-in is unavailable here.')).to.exist;
    expect(await says(page, 'You can fill in your details and comment as a guest instead.')).to.exist;
    expect(await textbox(page, 'Email')).to.exist;

    page.widget.signInSeam = seam(googleAccount());
    await click(await button(page, 'Log in with Google'));
    expect(await says(page, 'You are commenting using your Google account.')).to.exist;
    expect((await textbox(page, 'Comment')).value).to.equal('Still here?');
  });

  it('cancels at once while the provider window stays open, keeping the text', async () => {
    const page = await openBlogPage(attributes);
    // A provider window the reader leaves open: it never answers.
    page.widget.signInSeam = () => new Promise<string>(() => {});
    await type(await textbox(page, 'Comment'), 'Never mind.');
    await click(await button(page, 'Log in with Google'));
    expect(await says(page, 'Connecting to Google…', true)).to.exist;
    await click(await button(page, 'Cancel'));
    await gone(page, 'button', 'Cancel');
    await waitUntil(() => focused()?.getAttribute('aria-label') === 'Log in with Google', 'focus did not return to the Google icon');
    const alerts = page.queries.queryAllByShadowRole(page.widget, 'alert').map((alert) => alert.textContent?.trim());
    expect(alerts.filter(Boolean)).to.deep.equal([]);
    expect((await textbox(page, 'Comment')).value).to.equal('Never mind.');
    expect(await textbox(page, 'Email')).to.exist;
  });

  it('falls back to a redirect when the popup is blocked, and the text is there when it comes back', async () => {
    let page = await openBlogPage(attributes);
    page.widget.signInSeam = seam(googleAccount(), { popup: { code: 'auth/popup-blocked' } });
    await type(await textbox(page, 'Comment'), 'Written before the redirect.');
    const signInButton = await button(page, 'Log in with Google');
    const dialogsBefore = (await acceptDialogs()).length;
    page = await afterNavigation(page, () => click(signInButton));

    expect(await says(page, 'You are commenting using your Google account.')).to.exist;
    // Leaving for the provider is the widget's own doing: the browser did not ask "Leave site?".
    expect((await acceptDialogs()).slice(dialogsBefore)).to.deep.equal([]);
    expect((await textbox(page, 'Comment')).value).to.equal('Written before the redirect.');
  });

  it('can be used with the keyboard alone: Tab to a provider, Enter, and back to the reply box', async () => {
    const page = await openBlogPage(attributes);
    page.widget.signInSeam = seam(googleAccount());
    await type(await textbox(page, 'Comment'), 'Keys only.');
    await press('Tab');
    expect(focused()?.getAttribute('aria-label')).to.equal('Log in with Google');
    await press('Enter');
    expect(await says(page, 'You are commenting using your Google account.')).to.exist;
    await waitUntil(() => focused()?.id === 'text', 'focus did not return to the reply box');
    await press('Tab');
    expect(focused()?.textContent).to.equal('Log Out');
    await press('Tab');
    expect(focused()?.textContent).to.equal('Change');
    await press('Tab');
    expect(focused()?.textContent).to.equal('Post Comment');
    await press('Enter');
    expect(await says(page, 'Your comment was posted.')).to.exist;
  });

  it('signs in with an email link, asks for the name comments will show, and posts', async () => {
    let page = await openBlogPage({ ...attributes, providers: 'email-link' });
    expect(await says(page, 'Click an icon to log in:', true)).to.exist;
    await type(await textbox(page, 'Comment'), 'Sent by link.');
    await click(await button(page, 'Log in with Email'));
    const email = `${crypto.randomUUID()}@example.com`;
    await type(await textbox(page, 'Email address for the sign-in link'), email);
    await click(await button(page, 'Send me a sign-in link'));
    expect(await says(page, `we sent a sign-in link to ${email}`)).to.exist;

    // The email the Auth emulator "sent": its link opens this page with Firebase's parameters.
    const { host, port } = authEmulator();
    const codes = (await (await fetch(`http://${host}:${port}/emulator/v1/projects/${testEnvironment.projectId}/oobCodes`)).json()) as {
      oobCodes: Array<{ email: string; oobLink: string; requestType: string }>;
    };
    const link = new URL(codes.oobCodes.find((code) => code.email === email && code.requestType === 'EMAIL_SIGNIN')!.oobLink);
    const back = new URL(link.searchParams.get('continueUrl')!);
    for (const name of ['apiKey', 'oobCode', 'mode']) back.searchParams.set(name, link.searchParams.get(name)!);
    page = await navigate(page, back.href);

    expect(await says(page, 'You are commenting using your Email account.')).to.exist;
    expect(page.frame.contentWindow?.location.search).not.to.contain('oobCode');
    expect((await textbox(page, 'Comment')).value).to.equal('Sent by link.');
    await click(await button(page, 'Post Comment'));
    expect(await says(page, 'Please enter your name.')).to.exist;
    await type(await textbox(page, 'Name'), 'Katherine Johnson');
    await click(await button(page, 'Post Comment'));
    await says(page, 'Your comment was posted.');
    const [stored] = await storedComments(thread);
    expect(authorOf(stored)).to.deep.include({ name: 'Katherine Johnson', provider: 'email-link', website: null });
  });
});

// The SDK instances this page opened end their streams cleanly (closeFirebaseApps says why).
after(closeFirebaseApps);

/** Whether the comment that says `text` offers its Edit button. */
function editOffered(page: BlogPage, text: string): boolean {
  const thread = page.widget.shadowRoot?.querySelector('lar-comment-thread')?.shadowRoot;
  const article = [...(thread?.querySelectorAll('article') ?? [])].find((candidate) => candidate.textContent?.includes(text));
  return Boolean(article && page.queries.queryByShadowRole(article as HTMLElement, 'button', { name: 'Edit' }));
}
