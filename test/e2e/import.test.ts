/**
 * A WordPress export imported with the site owner's command line (`leave-a-reply import wordpress`,
 * run by the `import-comments` server command, test/support/node/import-commands.js) shows in the real
 * widget as the same conversation: the names, the nesting and the text, without the held and spam
 * comments, and with the HTML sanitized on display. Real pages in Chromium, the real emulators.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { emulatorAttributes, freshThread } from '../support/environment.js';
import { closePages, openBlogPage, type BlogPage } from '../support/pages.js';

const TITLE = 'Café at the End of the Pier';
const SLOW = { timeout: 15000 };

/** The thread's shadow root: where the comments are. */
const threadRoot = (page: BlogPage) => page.widget.shadowRoot?.querySelector('lar-comment-thread')?.shadowRoot ?? null;
const items = (page: BlogPage) => [...(threadRoot(page)?.querySelectorAll<HTMLElement>('li[id^="comment-"]') ?? [])];
const textOf = (item: HTMLElement) => item.querySelector(':scope > article .content')?.textContent?.trim();
const itemSaying = (page: BlogPage, text: string) => items(page).find((item) => textOf(item) === text) ?? null;
/** How deep a comment is shown: the lists of replies around it. */
function levelOf(page: BlogPage, text: string): number {
  let level = 0;
  for (let node = itemSaying(page, text)?.parentElement; node; node = node.parentElement) if (node.matches('ol.children')) level++;
  return level;
}

interface ImportRun {
  code: number;
  stdout: string;
  stderr: string;
}

describe('Imported comments (WordPress export, Firestore and Auth emulators)', function () {
  this.timeout(60_000);
  afterEach(() => closePages());

  it('show the same conversation: names, nesting and text; no held or spam comment; HTML sanitized', async () => {
    // Thread keys of this run's own, so that a rerun against the same emulators cannot collide.
    const base = freshThread();
    const cafe = `${base}/cafe`;
    const run = await executeServerCommand<ImportRun, object>('import-comments', {
      format: 'wordpress',
      fixture: 'wordpress.xml',
      map: { '/2024/03/cafe-at-the-end-of-the-pier': cafe, '/?p=42': `${base}/p42`, '/about': `${base}/about` },
    });
    expect(run.code, run.stderr).to.equal(0);
    expect(run.stdout).to.contain('Imported 23 comments');

    const page = await openBlogPage({ ...emulatorAttributes(), thread: cafe, 'post-title': TITLE });
    await page.queries.findByShadowRole(page.widget, 'heading', { name: `8 thoughts on “${TITLE}”` }, SLOW);
    await waitUntil(() => items(page).length === 8, 'the imported comments never showed', SLOW);

    // Oldest first, replies under their parents; a reply to a held comment at the top level, a reply
    // to a trashed one under that one's parent.
    const conversation = [
      ['Ada Lovelace', 'What a lovely piece & the scones sound perfect!', 0],
      ['Grace Hopper', 'I learned to fish off this very pier. 🎣🌊', 1],
      ['Alan Turing', 'learned to fishSame here!', 2],
      ['مريم الأحمد', 'شكراً على هذه القصة الجميلة!', 3],
      ['Dorothy', 'Replying to the double post: no harm done.', 1],
      ['Quentin', 'Pat, it is open all year.', 0],
      ['Tom & Jerry', 'In XML, ]]> ends a CDATA section: ]]> like that.', 0],
      ['Anonymous', 'Lovely photos.', 0],
    ] as const;
    expect(items(page).map(textOf)).to.deep.equal(conversation.map(([, text]) => text));
    for (const [name, text, level] of conversation) {
      expect(levelOf(page, text), text).to.equal(level);
      expect(itemSaying(page, text)?.querySelector(':scope > article')?.textContent, text).to.contain(name);
    }
    // The website became the name's link; allowed formatting stays.
    expect(itemSaying(page, conversation[0][1])?.querySelector('a[href="https://ada.example.org/"]')?.textContent?.trim()).to.equal('Ada Lovelace');
    expect(itemSaying(page, conversation[0][1])?.querySelector('.content strong')?.textContent).to.equal('lovely');
    expect(itemSaying(page, conversation[1][1])?.querySelector('.content a')?.getAttribute('href')).to.equal('https://example.org/pier');

    // Held, spam, trashed comments and pingbacks are not shown.
    const everything = threadRoot(page)?.textContent ?? '';
    for (const hidden of ['Is the café open in winter?', 'watches', 'Posted twice', 'Ten piers', 'Seaside Weekly']) {
      expect(everything, hidden).not.to.contain(hidden);
    }

    // The <script> and the onerror in Alan's comment were stored as written and never ran.
    const alan = itemSaying(page, conversation[2][1]);
    expect(alan?.querySelector('.content script')).to.equal(null);
    expect(alan?.querySelector('.content [onerror]')).to.equal(null);
    await new Promise((done) => setTimeout(done, 300));
    const ran = (target: Window | null) => (target as (Window & { __importedScriptRan?: boolean }) | null)?.__importedScriptRan;
    expect(ran(page.frame.contentWindow)).to.equal(undefined);
    expect(ran(window)).to.equal(undefined);
  });
});
