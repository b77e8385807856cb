/**
 * The whole XSS corpus through the real widget. Every payload is written straight into Firestore,
 * past the rules (as an older rule set, an import or a mistake could have left it), as a comment's
 * text, as its author's name and as its website; values that are not strings go into each field in
 * turn. Real pages read the threads; the test hovers, focuses and clicks everything in the comments
 * (links too: any link the widget lets through is followed unless it would leave the page), waits,
 * and checks that no trap was sprung, that nothing outside the allow-list reached the shadow DOM,
 * that every comment with a usable name and text is on screen, and that names and text gadgets show
 * exactly as stored.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { writeAllAsOwner } from '../../scripts/firestore-rest.js';
import { threadDocumentId } from '../../src/data/thread-id.js';
import { emulatorAttributes, firestoreEmulator, freshThread, testEnvironment } from '../support/environment.js';
import { disallowedInComments } from '../support/inert.js';
import { closePages, openBlogPage, type BlogPage } from '../support/pages.js';
import { renderedComments } from '../support/queries.js';
import { CORPUS, NON_STRINGS, PAYLOADS, setTrap, TEXT_GADGETS } from '../support/xss-payloads.js';

/** Each thread is read in one page (200 is the largest `page-size`); a few threads, not one per payload. */
const PER_THREAD = 150;

interface Planted {
  thread: string;
  id: string;
  name: unknown;
  text: unknown;
  /** Whether the widget should show it: a comment without a string name and a string text is left out. */
  shown: boolean;
}

/**
 * The documents: the i-th string of the corpus as the text of comment i, as the name of comment
 * i + n/3 and as the website of comment i + 2n/3 (so each string is in each field once), then each
 * value that is not a string as the text, the name and the website of a comment of its own.
 */
function plant(): { threads: string[]; comments: Planted[]; documents: Array<[string[], Record<string, unknown>]> } {
  const strings = PAYLOADS.map((payload) => payload.value);
  const n = strings.length;
  const at = (i: number) => strings[((i % n) + n) % n];
  const fields = [
    ...strings.map((_, i) => ({ text: at(i), name: at(i - Math.floor(n / 3)), website: at(i - Math.floor((2 * n) / 3)) })),
    ...NON_STRINGS.flatMap(({ value }) => [
      { text: value, name: 'Mallory', website: null },
      { text: 'A comment by a name that is no string.', name: value, website: null },
      { text: 'A comment with a website that is no string.', name: 'Mallory', website: value },
    ]),
  ];
  const threads = Array.from({ length: Math.ceil(fields.length / PER_THREAD) }, () => freshThread());
  const start = Date.parse('2026-01-01T00:00:00Z');
  const comments: Planted[] = [];
  const documents: Array<[string[], Record<string, unknown>]> = [];
  fields.forEach(({ text, name, website }, i) => {
    const thread = threads[Math.floor(i / PER_THREAD)] ?? '';
    const id = `doc-${i}`;
    comments.push({ thread, id, name, text, shown: typeof name === 'string' && typeof text === 'string' });
    documents.push([
      ['threads', threadDocumentId(thread), 'comments', id],
      {
        author: { uid: 'mallory', name, website, provider: 'guest', avatar: null },
        text,
        status: 'published',
        parentId: null,
        depth: 0,
        createdAt: new Date(start + i * 60_000),
      },
    ]);
  });
  return { threads, comments, documents };
}

/** Every event a handler attribute in the corpus listens for. Not bubbling: the widget's own listeners stay out of it. */
const EVENTS = [
  'mouseover', 'mouseenter', 'pointerover', 'pointerenter', 'focus', 'focusin', 'blur', 'click', 'dblclick', 'toggle',
  'beforetoggle', 'animationstart', 'animationend', 'load', 'error', 'scroll', 'copy', 'submit', 'begin',
];

/**
 * Hovers, focuses, toggles and clicks everything in the comments, so that any handler that survived
 * fires. Links are clicked for real: a link to a page (http, https, mailto, the permalink's `#`) is
 * stopped before it leaves, anything else (a javascript: link that got through) is let run.
 */
async function poke({ frame, widget }: BlogPage): Promise<void> {
  const view = frame.contentWindow;
  if (!view) throw new Error('The frame has no page.');
  const stayOnPage = (event: Event) => {
    const link = event.composedPath().find((node): node is HTMLAnchorElement => (node as Element).localName === 'a');
    if (link && link.protocol !== 'javascript:') event.preventDefault();
  };
  view.addEventListener('click', stayOnPage);
  try {
    for (const comment of renderedComments(widget)) {
      for (const element of [comment, ...comment.querySelectorAll<HTMLElement>('*')]) {
        for (const type of EVENTS) element.dispatchEvent(new Event(type));
        element.focus?.({ preventScroll: true });
      }
      for (const link of comment.querySelectorAll<HTMLAnchorElement>('a[href]')) link.click();
    }
    await new Promise((done) => setTimeout(done, 1000));
  } finally {
    view.removeEventListener('click', stayOnPage);
  }
}

describe(`The XSS corpus in the widget (Firestore and Auth emulators; ${PAYLOADS.length} payloads in ${Object.keys(CORPUS).length} classes)`, () => {
  const { threads, comments, documents } = plant();
  let sprung: string[];

  before(async function () {
    this.timeout(30_000);
    await writeAllAsOwner(firestoreEmulator(), testEnvironment.projectId, documents);
  });

  beforeEach(() => {
    sprung = setTrap();
  });

  afterEach(closePages);

  for (const [index, thread] of threads.entries()) {
    const planted = comments.filter((comment) => comment.thread === thread);
    const shown = planted.filter((comment) => comment.shown);

    it(`thread ${index + 1} of ${threads.length}: ${planted.length} comments, ${shown.length} shown, all inert`, async function () {
      // A page of 150 hostile comments, each element poked twenty ways: more than one ordinary test's work.
      this.timeout(60_000);
      const page = await openBlogPage({ ...emulatorAttributes(), thread, 'page-size': '200' });
      const { widget, frame } = page;
      const idOf = (article: HTMLElement) => article.closest('li')?.id.replace(/^comment-/, '') ?? '';
      // Waits for them all, then lets the comparison say which are missing or extra, if any.
      await waitUntil(() => renderedComments(widget).length >= shown.length, '', { timeout: 30_000 }).catch(() => {});
      expect(renderedComments(widget).map(idOf)).to.have.members(shown.map((comment) => comment.id));

      await poke(page);

      expect(sprung).to.deep.equal([]);
      expect(disallowedInComments(widget)).to.deep.equal([]);
      // Still the blog page: no refresh, base or link took the reader elsewhere.
      expect(frame.contentWindow?.location.pathname).to.equal('/test/support/blog-page.html');

      const byId = new Map(planted.map((comment) => [comment.id, comment]));
      const gadgets = new Set(TEXT_GADGETS.map((payload) => payload.value));
      for (const article of renderedComments(widget)) {
        const stored = byId.get(idOf(article));
        // Names are plain text: markup, entities and break-outs show as stored.
        expect(article.querySelector('.author')?.textContent, stored?.id).to.equal(stored?.name);
        if (gadgets.has(stored?.text as string)) expect(article.querySelector('.content')?.textContent).to.equal(stored?.text);
        const website = article.querySelector<HTMLAnchorElement>('a[part="author-link"]');
        if (website) expect(website.protocol, stored?.id).to.be.oneOf(['http:', 'https:']);
      }
    });
  }
});
