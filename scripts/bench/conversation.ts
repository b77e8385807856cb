/**
 * The benchmark's long conversation: a thread of 2,000 comments, 400 top-level ones and their replies
 * in chains up to depth 9, and a visit that measures its first page and one "Load more comments" as a
 * reader meets them (docs/performance.md, "Firestore reads per page view").
 */
import type { Browser } from 'puppeteer-core';
import { requestsBefore } from './browser.js';
import { commentDocument } from '../../src/data/documents.js';
import type { HostAndPort } from '../../src/data/host-and-port.js';
import { threadDocumentId } from '../../src/data/thread-id.js';
import { writeAllAsOwner } from '../firestore-rest.js';

export const TOP_LEVEL = 400;

/**
 * The shapes of the replies under top-level comments, in turn: each entry is a reply's parent (-1: the
 * top-level comment; k: the k-th reply of the same list). None; two answers; two short exchanges; a
 * back-and-forth nine levels deep; a chain of four and an answer beside it. 20 replies per 5 top-level
 * comments: 1,600 replies under 400, 2,000 comments in all.
 */
const SHAPES: number[][] = [[], [-1, -1], [-1, 0, -1, 2], [-1, 0, 1, 2, 3, 4, 5, 6, 7], [-1, 0, 1, 2, -1]];

export interface Conversation {
  thread: string;
  /** Every comment, all published. */
  total: number;
  /** How many replies each top-level comment has, oldest top-level comment first. */
  replies: number[];
  deepest: number;
}

/** Writes the thread as the emulator's owner, in `:commit` batches. */
export async function seedConversation(emulator: HostAndPort, projectId: string, thread: string): Promise<Conversation> {
  const path = (id: string) => ['threads', threadDocumentId(thread), 'comments', id];
  const writes: Array<[string[], Record<string, unknown>]> = [];
  const replies: number[] = [];
  let deepest = 0;
  const write = (id: string, data: Record<string, unknown>) => writes.push([path(id), data]);
  for (let i = 0; i < TOP_LEVEL; i++) {
    // An hour apart: every top-level comment has its own time, which is what the pages and the replies query go by.
    const rootCreatedAt = new Date(Date.UTC(2026, 9, 1) + i * 3_600_000);
    const rootId = `talk-${String(i).padStart(3, '0')}`;
    write(rootId, commentDocument(`reader-${i % 97}`, draft(i, 0), rootCreatedAt));
    const shape = SHAPES[i % SHAPES.length] as number[];
    const placed: Array<{ id: string; depth: number }> = [];
    shape.forEach((parentIndex, k) => {
      const parent = parentIndex < 0 ? { id: rootId, depth: 0 } : (placed[parentIndex] as { id: string; depth: number });
      const reply = { id: `${rootId}-${k + 1}`, depth: parent.depth + 1 };
      placed.push(reply);
      deepest = Math.max(deepest, reply.depth);
      // Replies a few minutes apart, each after its parent; they interleave with later top-level comments.
      write(reply.id, commentDocument(`reader-${(i + k + 1) % 97}`, draft(i, k + 1), new Date(rootCreatedAt.getTime() + (k + 1) * 180_000), null, {
        parentId: parent.id,
        depth: reply.depth,
        rootCreatedAt,
      }));
    });
    replies.push(shape.length);
  }
  await writeAllAsOwner(emulator, projectId, writes);
  return { thread, total: writes.length, replies, deepest };
}

/** A comment of an ordinary length (about 150 characters), plain text. */
function draft(topLevel: number, reply: number) {
  const text = reply === 0
    ? `Comment ${topLevel}: a few words about the post, long enough to wrap onto a second line on a phone, as most comments do.`
    : `Reply ${reply} under comment ${topLevel}: agreeing with some of it, and adding a thought of my own, in a sentence or two.`;
  return { text, name: `Reader ${(topLevel * 7 + reply) % 97}`, email: '', website: '' };
}

export interface ConversationVisit {
  /** The `leave-a-reply:first-comments` mark: from navigation to the first comments on screen, in ms. */
  time: number;
  /** Comments on screen at that moment. */
  shown: number;
  /** What the page requested before then (the page itself included). */
  requests: string[];
  /** Documents read for the first view: the first read's `leave-a-reply:read` mark (the count included). */
  firstRead: number;
  /** The live listener's first answer (it starts when the browser is idle); null if it did not come. */
  listener: number | null;
  /** From the click on "Load more comments" to the next page's comments on screen, in ms; null if they did not show within 10 s. */
  loadMore: number | null;
  /** From the click to the next page's read (its `leave-a-reply:read` mark), in ms; null if none came. */
  pageRead: number | null;
  /** Comments on screen after Load more (or when waiting for them gave up). */
  shownAfter: number;
  /** A "N new comments" button's text after Load more, if the widget showed one. */
  offered: string | null;
  /** Documents that Load more read; null if no read mark came. */
  loadMoreRead: number | null;
}

/** Rendered comments in the thread's shadow root, nested ones included; deleted placeholders count too. */
const COUNT_IN_PAGE = `(() => {
  const thread = document.querySelector('leave-a-reply')?.shadowRoot?.querySelector('lar-comment-thread');
  return thread?.shadowRoot?.querySelectorAll('article.comment').length ?? 0;
})()`;

/** The text of a button offering new comments ("N new comments"), or null. */
const OFFERED_IN_PAGE = `(() => {
  const thread = document.querySelector('leave-a-reply')?.shadowRoot?.querySelector('lar-comment-thread');
  const button = [...(thread?.shadowRoot?.querySelectorAll('button') ?? [])].find((b) => /new comment/.test(b.textContent ?? ''));
  return button?.textContent?.trim() ?? null;
})()`;

interface ReadMark {
  via: 'rest' | 'listener';
  documents: number;
  initial: boolean;
}

/**
 * A cold visit: waits for the first comments, then for the live listener to start (as it will have
 * for a reader who reads before paging on), then clicks "Load more comments", found as a reader finds
 * it, by its role and name, and waits until `expectAfter` comments are on screen.
 */
export async function visitConversation(browser: Browser, url: string, expectAfter: number): Promise<ConversationVisit> {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  const readMarks = () =>
    page.evaluate(() => performance.getEntriesByName('leave-a-reply:read').map((mark) => (mark as PerformanceMark).detail as ReadMark));
  try {
    // The click's time, in the page's clock: a click inside the shadow roots reaches window (composed).
    await page.evaluateOnNewDocument(() => {
      window.addEventListener('click', () => Object.assign(window, { larClickedAt: performance.now() }), true);
    });
    await page.goto(url);
    await page.waitForFunction(() => performance.getEntriesByName('leave-a-reply:first-comments').length > 0, { timeout: 30_000, polling: 'raf' });
    const time = await page.evaluate(() => performance.getEntriesByName('leave-a-reply:first-comments')[0]?.startTime ?? NaN);
    const shown = Number(await page.evaluate(COUNT_IN_PAGE));
    const requests = await requestsBefore(page, time);
    const firstRead = (await readMarks()).filter((read) => read.via === 'rest' && read.initial).reduce((sum, read) => sum + read.documents, 0);

    const listenerStarted = await page
      .waitForFunction(
        () => performance.getEntriesByName('leave-a-reply:read').some((mark) => ((mark as PerformanceMark).detail as ReadMark).via === 'listener'),
        { timeout: 10_000 },
      )
      .then(() => true, () => false);
    const listener = listenerStarted
      ? (await readMarks()).filter((read) => read.via === 'listener' && read.initial).reduce((sum, read) => sum + Math.max(1, read.documents), 0)
      : null;

    const button = await page.waitForSelector('::-p-aria([name="Load more comments"][role="button"])', { timeout: 5_000 }).catch(() => null);
    const first = { time, shown, requests, firstRead, listener };
    if (!button) return { ...first, loadMore: null, pageRead: null, shownAfter: shown, offered: null, loadMoreRead: null };
    await button.click();
    const arrived = await page
      .waitForFunction(`${COUNT_IN_PAGE} >= ${expectAfter}`, { timeout: 10_000, polling: 'raf' })
      .then(() => true, () => false);
    const [loadMore, pageRead] = await page.evaluate((arrived) => {
      const clickedAt = (window as unknown as { larClickedAt: number }).larClickedAt;
      const read = performance.getEntriesByName('leave-a-reply:read').find((mark) => mark.startTime > clickedAt && ((mark as PerformanceMark).detail as ReadMark).via === 'rest');
      return [arrived ? performance.now() - clickedAt : null, read ? read.startTime - clickedAt : null];
    }, arrived);
    const later = (await readMarks()).filter((read) => read.via === 'rest' && !read.initial);
    return {
      ...first,
      loadMore,
      pageRead,
      shownAfter: Number(await page.evaluate(COUNT_IN_PAGE)),
      offered: (await page.evaluate(OFFERED_IN_PAGE)) as string | null,
      loadMoreRead: later.length > 0 ? later.reduce((sum, read) => sum + read.documents, 0) : null,
    };
  } finally {
    await context.close();
  }
}

/** What the widget should show and read on the first page and the second, from the seeded shape. */
export interface Expected {
  topLevel: [number, number];
  replies: [number, number];
  shownFirst: number;
  shownAfter: number;
}

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

export function expectedFigures({ replies }: Conversation, pageSize: number): Expected {
  const [first, second] = [replies.slice(0, pageSize), replies.slice(pageSize, 2 * pageSize)];
  const shownFirst = first.length + sum(first);
  return {
    topLevel: [first.length, second.length],
    replies: [sum(first), sum(second)],
    shownFirst,
    shownAfter: shownFirst + second.length + sum(second),
  };
}

const ms = (value: number) => `${value.toFixed(0)} ms`;
const spread = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return `median ${ms(sorted[Math.floor(sorted.length / 2)] ?? NaN)} (min ${ms(sorted[0] ?? NaN)}, max ${ms(sorted.at(-1) ?? NaN)})`;
};
/** One value when every visit saw the same, else all of them: reads must not vary. */
const same = (values: unknown[]) => (new Set(values).size === 1 ? String(values[0]) : `${values.join(', ')} (they varied)`);

/**
 * The benchmark's lines: the first view's time, requests and reads, the reads checked against the
 * formula (docs/performance.md), and one Load more. What did not happen is said, not left out.
 */
export function conversationFigures(visits: ConversationVisit[], expected: Expected, pageSize: number): string[] {
  const [last] = visits.slice(-1) as [ConversationVisit];
  const shown = visits.flatMap((v) => (v.loadMore === null ? [] : [v.loadMore]));
  const reads = visits.flatMap((v) => (v.pageRead === null ? [] : [v.pageRead]));
  const more = expected.shownAfter - expected.shownFirst;
  return [
    `time to the first comments   ${spread(visits.map((v) => v.time))}, ${same(visits.map((v) => v.shown))} comments shown ` +
      `(expected ${expected.shownFirst}: ${expected.topLevel[0]} top-level + ${expected.replies[0]} replies)`,
    `requests before them         ${last.requests.length}: ${last.requests.join(', ')}`,
    `documents read, first view   ${same(visits.map((v) => v.firstRead))}; expected (page-size + 1) + replies under the shown + 1 (the count) ` +
      `= ${pageSize + 1} + ${expected.replies[0]} + 1 = ${pageSize + 1 + expected.replies[0] + 1}`,
    `then the live listener       ${same(visits.map((v) => v.listener))} (its first answer, empty; null: not started within 10 s)`,
    `Load more, to its read       ${reads.length > 0 ? spread(reads) : 'no read mark came'} from the click to the page's read mark`,
    `Load more, to the screen     ${shown.length === visits.length ? spread(shown) : `not within 10 s in ${visits.length - shown.length} of ${visits.length} visits`}` +
      ` from the click to ${more} more comments on screen (expected ${expected.topLevel[1]} top-level + ${expected.replies[1]} replies)` +
      (shown.length === visits.length ? '' : `; on screen after it: ${same(visits.map((v) => v.shownAfter))}; offered: ${same(visits.map((v) => v.offered))}`),
    `documents read, Load more    ${same(visits.map((v) => v.loadMoreRead))}; expected (page-size + 1) + replies under the shown ` +
      `= ${pageSize + 1} + ${expected.replies[1]} = ${pageSize + 1 + expected.replies[1]}`,
  ];
}
