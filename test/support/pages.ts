import { waitUntil } from '@open-wc/testing';
import type { LeaveAReply } from '../../src/components/leave-a-reply/leave-a-reply.js';
import { acceptDialogs } from './user.js';

type Queries = typeof import('shadow-dom-testing-library');

export interface BlogPage {
  frame: HTMLIFrameElement;
  widget: LeaveAReply;
  /** Role and label queries that work in this page (they must run in the page's own JavaScript realm). */
  queries: Queries;
}

/**
 * Opens test/support/blog-page.html in a frame: a separate page with its own copy of the widget and of
 * the Firebase SDK, as another reader's browser tab would have.
 */
export async function openBlogPage(attributes: Record<string, string>, options: { hash?: string } = {}): Promise<BlogPage> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 800px; height: 900px; border: 0';
  frame.src = `/test/support/blog-page.html?${new URLSearchParams(attributes)}${options.hash ?? ''}`;
  const loaded = new Promise((done) => frame.addEventListener('load', done, { once: true }));
  document.body.append(frame);
  await loaded;
  return pageIn(frame);
}

/**
 * Removes every page the test opened. Each page's Firebase apps are closed first (the pages' own
 * larCloseFirebase), so their Firestore streams end on the emulator: a frame merely removed leaves
 * them open there for a while, and a run that leaves enough behind starves later tests' streams
 * (closeFirebaseApps in environment.ts does the same for the test page itself). A page that does not
 * close within seconds (its network dropped on purpose) is removed all the same.
 */
export async function closePages(): Promise<void> {
  const frames = [...document.querySelectorAll('iframe')];
  await Promise.all(frames.map((frame) => closeFirebaseIn(frame)));
  frames.forEach((frame) => frame.remove());
}

/** One page's part of closePages, for a test that closes a page (a tab) in the middle. */
export async function closePage(page: BlogPage): Promise<void> {
  await closeFirebaseIn(page.frame);
  page.frame.remove();
}

async function closeFirebaseIn(frame: HTMLIFrameElement): Promise<void> {
  const close = (frame.contentWindow as (Window & { larCloseFirebase?: () => Promise<unknown> }) | null)?.larCloseFirebase;
  if (!close) return;
  const patience = new Promise((done) => setTimeout(done, 3000));
  await Promise.race([close().catch(() => {}), patience]);
}

/** The Firebase user the page's widget is signed in as (a guest once the form was focused), or null. */
export async function signedInUid(page: BlogPage): Promise<string | null> {
  const view = page.frame.contentWindow as (Window & { larSignedInUid?: () => Promise<string | null> }) | null;
  if (!view?.larSignedInUid) throw new Error('The page has no larSignedInUid hook (test/support/blog-page.html).');
  return view.larSignedInUid();
}

/** Reloads the frame's page, as a reader pressing F5 would (and answering "Leave" if the page asks). */
export async function reload(page: BlogPage): Promise<BlogPage> {
  await acceptDialogs();
  const loaded = new Promise((done) => page.frame.addEventListener('load', done, { once: true }));
  page.frame.contentWindow?.location.reload();
  await loaded;
  return pageIn(page.frame);
}

/** The page the frame shows after the widget itself navigates it (a sign-in redirect coming back). */
export async function afterNavigation(page: BlogPage, navigate: () => Promise<unknown>): Promise<BlogPage> {
  const loaded = new Promise((done) => page.frame.addEventListener('load', done, { once: true }));
  await navigate();
  await loaded;
  return pageIn(page.frame);
}

/** Opens `url` (a blog page with query parameters of its own) in the frame. */
export async function navigate(page: BlogPage, url: string): Promise<BlogPage> {
  return afterNavigation(page, async () => {
    await acceptDialogs();
    page.frame.src = url;
  });
}

async function pageIn(frame: HTMLIFrameElement): Promise<BlogPage> {
  const view = frame.contentWindow as (Window & { larQueries?: Queries }) | null;
  const document = frame.contentDocument;
  if (!view || !document) throw new Error('The frame has no page.');
  // The testing library checks `instanceof HTMLElement`, which is false for another realm's elements,
  // so the page gets its own copy (served by the prebundle plugin in web-test-runner.config.js).
  const script = document.createElement('script');
  script.type = 'module';
  script.textContent = `import * as queries from '/__prebundled__/shadow-dom-testing-library.js'; window.larQueries = queries;`;
  document.head.append(script);
  // The first page of a run waits for the dev server to bundle the library (prebundle): seconds on a busy machine.
  await waitUntil(() => view.larQueries, 'the testing library did not load in the page', { timeout: 15000 });
  await view.customElements.whenDefined('leave-a-reply');
  const widget = document.querySelector('leave-a-reply');
  if (!widget) throw new Error('The blog page has no <leave-a-reply>.');
  await widget.updateComplete;
  // The form shows once the thread has answered, as a reader sees it: before, it is not on screen.
  // A closed thread has no form: its heading says it has answered.
  const answered = () =>
    widget.hasAttribute('closed')
      ? widget.shadowRoot?.querySelector('lar-comment-thread')?.shadowRoot?.querySelector('h2')
      : widget.shadowRoot?.querySelector('lar-comment-form')?.assignedSlot;
  await waitUntil(answered, 'the thread never answered', { timeout: 15000 });
  return { frame, widget, queries: view.larQueries! };
}
