/**
 * What a reader's browser sees: time to the first comments and what was requested before them, the
 * Firestore documents read per view, and how long rendering a thread takes. Puppeteer drives Debian's
 * Chromium; every visit is a new browser context (no cache, no stored sign-in), like a first visit.
 */
import type { Browser, Page } from 'puppeteer-core';

/** Rendered comments, in this build's markup or the baseline's (one <lar-comment> element each). */
const COUNT_IN_PAGE = `() => {
  const widget = document.querySelector('leave-a-reply');
  const thread = widget?.shadowRoot?.querySelector('lar-comment-thread');
  if (thread) return thread.shadowRoot?.querySelectorAll('article.comment').length ?? 0;
  return widget?.shadowRoot?.querySelectorAll('lar-comment').length ?? 0;
}`;

export interface Visit {
  /** From navigation to the first comments on screen, in ms. */
  time: number;
  /** What the page requested before they were on screen (the page itself included). */
  requests: string[];
  /** Firestore documents read, the way Firestore bills them; null where the build does not say. */
  documentsRead: number | null;
}

/** The page, then every request it started before `until` (ms since navigation), Firestore's shortened. */
export function requestsBefore(page: Page, until: number): Promise<string[]> {
  return page.evaluate(
    (time) => [
      location.pathname,
      ...performance
        .getEntriesByType('resource')
        .filter((entry) => entry.startTime < time)
        .map((entry) => new URL(entry.name).pathname.replace(/^.*\/documents\//, 'Firestore …/documents/')),
    ],
    until,
  );
}

export async function visit(browser: Browser, url: string, comments: number, settle = 0): Promise<Visit> {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  try {
    await page.goto(url);
    await page.waitForFunction(`(${COUNT_IN_PAGE})() === ${comments}`, { timeout: 30_000, polling: 'raf' });
    const time = await page.evaluate(() => performance.now());
    const requests = await requestsBefore(page, time);
    if (settle) await new Promise((done) => setTimeout(done, settle));
    return { time, requests, documentsRead: await documentsRead(page) };
  } finally {
    await context.close();
  }
}

/** From the widget's `leave-a-reply:read` marks: each query costs at least one read, even when empty. */
async function documentsRead(page: Page): Promise<number | null> {
  const reads = await page.evaluate(() =>
    performance.getEntriesByName('leave-a-reply:read').map((mark) => (mark as PerformanceMark).detail as { documents: number; initial: boolean }),
  );
  if (reads.length === 0) return null;
  return reads.reduce((sum, read) => sum + (read.initial ? Math.max(1, read.documents) : read.documents), 0);
}

/**
 * Runs in the page: hands `count` comments to a new widget through a store that answers at once, so
 * this measures the widget's scripting, not the network, nor layout and paint.
 * Source text, because tsx would add helpers to a compiled function that do not exist in the page.
 */
const RENDER_IN_PAGE = `async ([count, markup, warmUp]) => {
  const comments = Array.from({ length: count }, (_, i) => {
    const createdAt = new Date(Date.UTC(2026, 0, 1, 0, i));
    return {
      id: 'c' + i,
      status: 'published',
      parentId: null,
      depth: 0,
      rootCreatedAt: null,
      author: { uid: 'reader-' + i, name: 'Reader ' + i, website: i % 3 ? null : 'https://reader' + i + '.example/', provider: 'guest', avatar: null },
      text: markup
        ? 'Comment number ' + i + ', with <em>some</em> emphasis.\\n\\nAnd a second paragraph.'
        : 'Comment number ' + i + ', in plain words.\\n\\nAnd a second paragraph.',
      createdAt,
      createdStamp: createdAt.toISOString(),
      updatedAt: createdAt,
      editedAt: null,
      pending: false,
    };
  });
  const widget = document.createElement('leave-a-reply');
  widget.setAttribute('thread', '/render-' + Math.random());
  widget.setAttribute('post-title', 'Render');
  widget.setAttribute('loading', 'eager');
  // Both stores' shapes: this build's watchThread(key, view, listener), which hands over a snapshot
  // and returns a watch, and the baseline's watchThread(key, listener), which returns an unsubscribe.
  widget.store = {
    watchThread: (key, view, listener) => {
      if (listener) {
        listener.next({ comments, more: null, count: comments.length, synced: true });
        return { loadMore: async () => {}, stop: () => {} };
      }
      view.next(comments, { synced: true });
      return () => {};
    },
    postComment: async () => {},
    editComment: async () => {},
    deleteComment: async () => {},
    prepareToPost: () => {},
  };
  const rendered = () => {
    const thread = widget.shadowRoot?.querySelector('lar-comment-thread');
    if (thread) return thread.shadowRoot?.querySelectorAll('article.comment').length ?? 0;
    return widget.shadowRoot?.querySelectorAll('lar-comment').length ?? 0;
  };
  if (warmUp) {
    // Loads what the first render needs: the widget's code (the loader imports it for the first
    // element it sees) and, for markup, the sanitizer.
    document.body.append(widget);
    while (rendered() !== count) await new Promise((done) => setTimeout(done, 10));
    widget.remove();
    return 0;
  }
  // Microtasks only, from adding the element to every comment in the DOM: no layout or paint.
  const start = performance.now();
  document.body.append(widget);
  await widget.updateComplete;
  const parts = [...widget.shadowRoot.querySelectorAll('lar-comment-thread, lar-comment')];
  await Promise.all(parts.map((part) => part.updateComplete));
  const elapsed = performance.now() - start;
  if (rendered() !== count) throw new Error('rendered ' + rendered() + ' of ' + count);
  widget.remove();
  return elapsed;
}`;

/** Render times at each size, after one warm-up render (so the sanitizer chunk is already loaded). */
export async function renderTimes(browser: Browser, url: string, counts: number[], markup: boolean, runs: number): Promise<Map<number, number[]>> {
  const page = await browser.newPage();
  const times = new Map<number, number[]>();
  try {
    await page.goto(url);
    // The warm-up also waits for the widget's code: the loader imports it for the first element.
    await page.evaluate(`(${RENDER_IN_PAGE})([10, ${markup}, true])`);
    for (const count of counts) {
      const runsHere = count >= 10_000 ? Math.min(runs, 3) : runs;
      const measured: number[] = [];
      for (let run = 0; run < runsHere; run++) measured.push(Number(await page.evaluate(`(${RENDER_IN_PAGE})([${count}, ${markup}, false])`)));
      times.set(count, measured);
    }
  } finally {
    await page.close();
  }
  return times;
}

/**
 * Layout shift while a reader scrolls down a page to its comments: `step` pixels every 100 ms
 * (200: reading on; 2,000: a fling to the bottom), by script, so every shift counts as unexpected.
 */
export async function layoutShiftWhileScrolling(browser: Browser, url: string, step: number): Promise<number> {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  try {
    await page.setViewport({ width: 412, height: 823 });
    await page.evaluateOnNewDocument(() => {
      const shifts: number[] = [];
      Object.assign(window, { larShifts: shifts });
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean }>) {
          if (!entry.hadRecentInput) shifts.push(entry.value);
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(url);
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    for (let y = 0; y <= height + step; y += step) {
      await page.evaluate((to) => window.scrollTo(0, to), y);
      await new Promise((done) => setTimeout(done, 100));
    }
    await new Promise((done) => setTimeout(done, 2000));
    return page.evaluate(() => (window as unknown as { larShifts: number[] }).larShifts.reduce((sum, value) => sum + value, 0));
  } finally {
    await context.close();
  }
}
