/**
 * What the visual checks share: the demo blog's designs around a widget with fixed comments, and a
 * screenshot compared with its committed reference (test/visual/__screenshots__/), within a small
 * tolerance for anti-aliasing. The screenshot is Chromium's own (test/support/node/screenshot-commands.js);
 * the comparison is done here, where the browser decodes PNGs.
 *
 * To make or refresh the references, after a change meant to change the pixels:
 *   UPDATE_SCREENSHOTS=1 npx wtr --config web-test-runner.config.js --files 'test/visual/**\/*.test.ts'
 * and look at every changed PNG before committing it. A missing reference fails, never makes itself.
 */
import { executeServerCommand } from '@web/test-runner-commands';
import { html, render } from 'lit';
import type { LeaveAReply } from '../../src/components/leave-a-reply/leave-a-reply.js';
import { comment, MemoryStore } from '../support/memory-store.js';
import { waitUntil } from '@open-wc/testing';
import { deepQuery, findByShadowText } from '../support/queries.js';

export type Design = 'serif' | 'dark' | 'minimal';

/** A phone-to-laptop middle: the blog's column (40rem) fits, with its margins. */
export const VIEWPORT = { width: 720, height: 900 };

/** A channel differing by more than this counts the pixel as changed. */
const CHANNEL_TOLERANCE = 32;
/** At most this share of changed pixels: anti-aliasing at an edge or two, never a moved word. */
const CHANGED_SHARE = 0.002;

/**
 * A fixed page: the viewport, UTC (the dates show in it), light `prefers-color-scheme` unless asked, and
 * reduced motion. Then the widget's code, loaded only now: its date formats read the time zone once.
 */
export async function fixedPage(colorScheme: 'light' | 'dark' = 'light'): Promise<void> {
  await executeServerCommand('visual-page', { ...VIEWPORT, colorScheme });
  await import('../../src/define.js');
}

export async function resetPage(): Promise<void> {
  await executeServerCommand('visual-page', { reset: true });
}

/**
 * The conversation every visual check shows: older than a day (absolute dates, not "5 minutes ago"),
 * at fixed times, with a reply, a website link, a signed-in commenter and a quotation.
 */
export function fixedComments(): MemoryStore {
  const ada = comment({
    id: 'v1',
    author: { uid: 'ada', name: 'Ada Mercer', website: 'https://ada.example/', provider: 'guest', avatar: null },
    text: 'Saw it at the Rialto on Tuesday. The storm sequence in the second half is the best sound design of the year.',
    createdAt: new Date('2026-11-17T09:15:00Z'),
  });
  const tomas = comment({
    id: 'v2',
    parentId: 'v1',
    depth: 1,
    rootCreatedAt: '2026-11-17T09:15:00.000Z',
    author: { uid: 'tomas', name: 'Tomas Rehn', website: null, provider: 'google', avatar: null },
    text: 'Agreed. I stayed for the credits just to find out who did it.',
    createdAt: new Date('2026-11-17T11:40:00Z'),
  });
  const callum = comment({
    id: 'v3',
    author: { uid: 'callum', name: 'Callum Dunn', website: null, provider: 'guest', avatar: null },
    text: '<blockquote><p>Sleep at night, I suppose.</p></blockquote><p>Nine words, and the whole film in them.</p>',
    createdAt: new Date('2026-11-18T20:05:00Z'),
  });
  return new MemoryStore({ '/visual': [ada, tomas, callum] });
}

/**
 * The blog's post page, cut down to its comment section, in a design: blog.css and the design's own
 * sheet, as demo/switchers.js loads them, and not one rule for the widget. Resolves when the comments,
 * the form and the fonts are in place.
 */
export async function blogPage(
  design: Design,
  attributes: { theme?: string; page?: { lang: string; dir: string } } = {},
): Promise<{ widget: LeaveAReply; section: HTMLElement }> {
  const sheets = ['/demo/blog.css', ...(design === 'serif' ? [] : [`/demo/designs/${design}.css`])];
  await Promise.all(
    sheets.map(
      (href) =>
        new Promise((loaded, failed) => {
          const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href, onload: loaded, onerror: failed });
          link.dataset['design'] = design;
          document.head.append(link);
        }),
    ),
  );
  if (attributes.page) Object.assign(document.documentElement, attributes.page);
  const page = document.createElement('div');
  page.id = 'blog-page';
  document.body.append(page);
  render(
    html`<main id="content">
      <section class="comments" id="comments" aria-label="Comments">
        <leave-a-reply thread="/visual" post-title="The Lighthouse Keeper" loading="eager" theme=${attributes.theme ?? 'auto'}
          .store=${fixedComments()}></leave-a-reply>
      </section>
    </main>`,
    page,
  );
  const widget = page.querySelector('leave-a-reply')!;
  // In any language: the three comments, the form's button, and the page's direction reached.
  const direction = attributes.page?.dir ?? 'ltr';
  await waitUntil(
    () => {
      const comments = deepQuery(widget, '[part~="comment"]');
      return comments.length === 3 && getComputedStyle(comments[0]!).direction === direction && deepQuery(widget, '[part~="submit"]').length === 1;
    },
    'the comments and the form did not come',
    { timeout: 5000 },
  );
  await findByShadowText(widget, 'Nine words, and the whole film in them.', undefined, { timeout: 5000 });
  await settled();
  return { widget, section: page.querySelector<HTMLElement>('section.comments')! };
}

/** Takes the blog page and its design sheets away, so the next test starts from a bare page. */
export function leaveBlogPage(): void {
  document.getElementById('blog-page')?.remove();
  document.head.querySelectorAll('link[data-design]').forEach((link) => link.remove());
  document.documentElement.removeAttribute('dir');
  document.documentElement.lang = 'en';
}

/** Fonts loaded, and two frames painted: what a screenshot shows is what the reader sees. */
export async function settled(): Promise<void> {
  await document.fonts.ready;
  for (let frame = 0; frame < 2; frame++) await new Promise((painted) => requestAnimationFrame(painted));
}

/**
 * Compares the element's area of the page with the reference named `name`. Fails with what differs
 * (size, or how many pixels) and where the actual screenshot was left.
 */
export async function expectScreenshot(name: string, element: Element): Promise<void> {
  await settled();
  const box = element.getBoundingClientRect();
  const x = Math.floor(box.left + scrollX);
  const y = Math.floor(box.top + scrollY);
  const clip = { x, y, width: Math.ceil(box.right + scrollX) - x, height: Math.ceil(box.bottom + scrollY) - y };
  const { actual, reference, updated } = await executeServerCommand<
    { actual: string; reference: string | null; updated: boolean },
    { name: string; clip: typeof clip }
  >('screenshot', { name, clip });
  if (updated) return;
  const where = `.cache/screenshots/${name}.png`;
  if (!reference) {
    throw new Error(
      `No reference screenshot test/visual/__screenshots__/${name}.png. Look at ${where}, and if it is right, ` +
        'make the references with UPDATE_SCREENSHOTS=1 (see test/visual/support.ts).',
    );
  }
  const [now, before] = await Promise.all([pixels(actual), pixels(reference)]);
  if (now.width !== before.width || now.height !== before.height) {
    throw new Error(`${name}: the widget's area is ${now.width}×${now.height} px, the reference's ${before.width}×${before.height} (${where}).`);
  }
  const changed = changedPixels(now, before);
  const allowed = Math.floor(now.width * now.height * CHANGED_SHARE);
  if (changed > allowed) {
    throw new Error(`${name}: ${changed} pixels differ from the reference, more than the ${allowed} allowed (${where}).`);
  }
}

async function pixels(base64: string): Promise<ImageData> {
  const blob = await (await fetch(`data:image/png;base64,${base64}`)).blob();
  const bitmap = await createImageBitmap(blob, { colorSpaceConversion: 'none', premultiplyAlpha: 'none' });
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const context = canvas.getContext('2d')!;
  context.drawImage(bitmap, 0, 0);
  return context.getImageData(0, 0, bitmap.width, bitmap.height);
}

function changedPixels(a: ImageData, b: ImageData): number {
  let changed = 0;
  for (let i = 0; i < a.data.length; i += 4) {
    for (let channel = 0; channel < 4; channel++) {
      if (Math.abs(a.data[i + channel]! - b.data[i + channel]!) > CHANNEL_TOLERANCE) {
        changed++;
        break;
      }
    }
  }
  return changed;
}
