/**
 * How the widget fits a page beyond its pixels: the `theme` attribute and its contrast, the parts a
 * page can restyle, a right-to-left page, a 320 px screen and 200% zoom, and reduced motion. On the
 * demo blog's designs (test/visual/support.ts), with no CSS for the widget unless a test adds it.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { clearSavedDrafts } from '../support/storage.js';
import { deepElements, deepQuery } from '../support/queries.js';
import { blogPage, fixedPage, leaveBlogPage, resetPage, VIEWPORT } from './support.js';

type Rgba = [number, number, number, number];

/** A computed colour: `rgb()`/`rgba()`, or `color(srgb …)` as color-mix() computes. */
function parseColor(value: string): Rgba {
  const rgb = /^rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)$/.exec(value);
  if (rgb) return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3]), rgb[4] === undefined ? 1 : Number(rgb[4])];
  const srgb = /^color\(srgb ([\d.e-]+) ([\d.e-]+) ([\d.e-]+)(?: \/ ([\d.e-]+))?\)$/.exec(value);
  if (srgb) return [Number(srgb[1]) * 255, Number(srgb[2]) * 255, Number(srgb[3]) * 255, srgb[4] === undefined ? 1 : Number(srgb[4])];
  throw new Error(`Cannot read the colour ${value}`);
}

function over([r, g, b, a]: Rgba, [br, bg, bb]: Rgba): Rgba {
  return [r * a + br * (1 - a), g * a + bg * (1 - a), b * a + bb * (1 - a), 1];
}

/** WCAG 2's contrast ratio. */
function contrast(foreground: Rgba, background: Rgba): number {
  const luminance = ([r, g, b]: Rgba) => {
    const [lr, lg, lb] = [r, g, b].map((channel) => {
      const c = channel / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * lr + 0.7152 * lg + 0.0722 * lb;
  };
  const text = over(foreground, background);
  const [light, dark] = [luminance(text), luminance(background)].sort((a, b) => b - a) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** The colour painted behind `element`: the nearest opaque background up the flat tree. */
function backgroundBehind(element: Element): Rgba {
  let layers: Rgba[] = [];
  for (let node: Element | null = element; node; node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host ?? null)) {
    const colour = parseColor(getComputedStyle(node).backgroundColor);
    if (colour[3] > 0) layers = [...layers, colour];
    if (colour[3] === 1) break;
  }
  const base: Rgba = layers.length && layers[layers.length - 1]![3] === 1 ? layers.pop()! : [255, 255, 255, 1];
  return layers.reverse().reduce((below, layer) => over(layer, below), base);
}

/** The text a reader reads on the widget: body, dates, links, hints, the required star, the button. */
function textSamples(widget: Element): Array<{ what: string; element: HTMLElement }> {
  const first = (selector: string) => deepQuery(widget, selector)[0]!;
  return [
    { what: 'comment text', element: first('.content') },
    { what: 'date', element: first('time') },
    { what: 'author link', element: first('[part~="author-link"]') },
    { what: 'Reply', element: first('button.link') },
    { what: 'hint', element: first('.hint') },
    { what: 'required star (error colour)', element: first('.required') },
    { what: 'Post Comment', element: first('button[type="submit"]') },
    { what: 'field text', element: first('textarea') },
  ];
}

function expectReadable(widget: Element, where: string): void {
  for (const { what, element } of textSamples(widget)) {
    const ratio = contrast(parseColor(getComputedStyle(element).color), backgroundBehind(element));
    expect(ratio, `${what}, ${where}: contrast ${ratio.toFixed(2)}:1`).to.be.at.least(4.5);
  }
}

describe('The widget on any page: theme, parts, right to left, small screens', () => {
  before(() => fixedPage());
  after(resetPage);
  beforeEach(clearSavedDrafts);
  afterEach(async () => {
    leaveBlogPage();
    document.documentElement.style.removeProperty('zoom');
    document.getElementById('part-styles')?.remove();
    await executeServerCommand('visual-page', VIEWPORT);
  });

  it('keeps text at 4.5:1 or more with theme="light" and theme="dark", on a light page and a dark one', async () => {
    for (const design of ['serif', 'dark'] as const) {
      for (const theme of ['light', 'dark']) {
        const { widget } = await blogPage(design, { theme });
        expect(getComputedStyle(widget).colorScheme).to.equal(theme);
        expectReadable(widget, `theme="${theme}" on the ${design} design`);
        leaveBlogPage();
      }
    }
  });

  it('takes the page\'s colours with theme="auto", readable on each of the three designs', async () => {
    for (const design of ['serif', 'dark', 'minimal'] as const) {
      const { widget } = await blogPage(design);
      expect(getComputedStyle(widget).backgroundColor, design).to.equal('rgba(0, 0, 0, 0)');
      expect(getComputedStyle(widget).color, design).to.equal(getComputedStyle(document.body).color);
      expectReadable(widget, `theme="auto" on the ${design} design`);
      leaveBlogPage();
    }
  });

  it('follows the reader\'s dark setting on a page that allows both schemes, and not on a light-only page', async () => {
    await executeServerCommand('visual-page', { ...VIEWPORT, colorScheme: 'dark' });
    const serif = await blogPage('serif');
    expect(getComputedStyle(deepQuery(serif.widget, 'textarea')[0]!).colorScheme).to.equal('light dark');
    expect(getComputedStyle(deepQuery(serif.widget, 'textarea')[0]!).backgroundColor).to.not.equal('rgb(255, 255, 255)');
    expectReadable(serif.widget, 'the serif design, reader in dark mode');
    leaveBlogPage();

    const minimal = await blogPage('minimal');
    expect(getComputedStyle(deepQuery(minimal.widget, 'textarea')[0]!).backgroundColor).to.equal('rgb(255, 255, 255)');
    expectReadable(minimal.widget, 'the light-only minimal design, reader in dark mode');
  });

  it('tells the site owner about a theme it does not know, and follows the page meanwhile', async () => {
    const errors: string[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args.map(String).join(' '));
    try {
      const { widget } = await blogPage('minimal', { theme: 'blue' });
      expect(getComputedStyle(widget).colorScheme).to.equal('light');
      expect(errors).to.deep.include(
        'leave-a-reply: theme="blue" is not valid: write theme="auto" (the default: the page\'s colour scheme), ' +
          'theme="light" or theme="dark", or leave it out. The widget follows the page\'s colour scheme meanwhile.',
      );
      widget.setAttribute('theme', ' Dark ');
      await widget.updateComplete;
      expect(getComputedStyle(widget).colorScheme).to.equal('dark');
    } finally {
      console.error = original;
    }
  });

  it('lets the page restyle each part from outside <leave-a-reply>', async () => {
    const parts = ['comment', 'author', 'author-link', 'avatar', 'date', 'content', 'actions', 'action', 'heading', 'form', 'field', 'input', 'button', 'submit', 'notice'];
    const style = document.createElement('style');
    style.id = 'part-styles';
    // A custom property per part, so that each rule is seen to reach its own elements, whatever else matches.
    style.textContent = parts.map((part) => `leave-a-reply::part(${part}) { --reached-${part}: yes; }`).join('\n');
    document.head.append(style);
    const { widget } = await blogPage('serif');
    for (const part of parts) {
      const elements = deepQuery(widget, `[part~="${part}"]`);
      expect(elements, part).to.not.be.empty;
      for (const element of elements) expect(getComputedStyle(element).getPropertyValue(`--reached-${part}`), `::part(${part})`).to.equal('yes');
    }
    const postComment = deepQuery(widget, '[part~="submit"]')[0]!;
    expect(postComment.textContent).to.equal('Post Comment');
  });

  it('mirrors on a right-to-left page: avatars, reply indent and line, buttons', async () => {
    const { widget } = await blogPage('serif', { page: { lang: 'ar', dir: 'rtl' } });
    const [avatar] = deepQuery(widget, '[part~="comment"] .avatar');
    const [author] = deepQuery(widget, '[part~="author"]');
    expect(avatar!.getBoundingClientRect().left, 'the avatar is right of the name').to.be.greaterThan(author!.getBoundingClientRect().right);

    const [replies] = deepQuery(widget, '.children');
    const line = getComputedStyle(replies!);
    expect([line.borderRightWidth, line.borderLeftWidth]).to.deep.equal(['2px', '0px']);
    const [list] = deepQuery(widget, '.comment-list');
    const reply = replies!.querySelector('article')!.getBoundingClientRect();
    expect(list!.getBoundingClientRect().right - reply.right, 'replies are indented from the right').to.be.greaterThan(10);
    expect(Math.abs(list!.getBoundingClientRect().left - reply.left)).to.be.below(1);

    const [postComment] = deepQuery(widget, '[part~="submit"]');
    const [form] = deepQuery(widget, '[part~="form"]');
    expect(Math.abs(form!.getBoundingClientRect().right - postComment!.getBoundingClientRect().right), 'Post Comment at the right').to.be.below(1);
  });

  it('fits a 320 px wide screen and 200% zoom without scrolling sideways', async () => {
    for (const { width, zoom } of [{ width: 320, zoom: 1 }, { width: 640, zoom: 2 }]) {
      await executeServerCommand('visual-page', { width, height: 640 });
      document.documentElement.style.setProperty('zoom', String(zoom));
      const { widget } = await blogPage('minimal');
      const where = `${width} px at ${zoom * 100}%`;
      expect(document.documentElement.scrollWidth, where).to.be.at.most(document.documentElement.clientWidth);
      const column = widget.getBoundingClientRect();
      for (const element of deepQuery(widget, 'input, textarea, button, [part~="comment"], h2, h3')) {
        const box = element.getBoundingClientRect();
        if (box.width === 0) continue;
        expect(box.right, `${where}: ${element.localName}.${element.className}`).to.be.at.most(column.right + 0.5);
      }
      leaveBlogPage();
      document.documentElement.style.removeProperty('zoom');
    }
  });

  it('moves nothing for a reader who asked for reduced motion, the permalinked comment\'s highlight included', async () => {
    history.replaceState(null, '', '#comment-v3');
    // A page that glides when it scrolls, with its comments far below: the widget jumps to the comment.
    document.documentElement.style.scrollBehavior = 'smooth';
    const above = Object.assign(document.createElement('div'), { style: 'height: 4000px' });
    document.body.prepend(above);
    try {
      const { widget } = await blogPage('serif');
      const [highlighted] = deepQuery(widget, 'li.highlighted > article');
      expect(highlighted, 'the permalinked comment is highlighted').to.exist;
      const scrolled = window.scrollY;
      await new Promise((frame) => requestAnimationFrame(() => requestAnimationFrame(frame)));
      expect(scrolled, 'the page scrolled to the comment').to.be.greaterThan(3000);
      expect(window.scrollY, 'the page was still gliding').to.equal(scrolled);
      for (const element of deepElements(widget.shadowRoot!)) {
        const style = getComputedStyle(element);
        expect([style.animationName, style.transitionDuration, style.scrollBehavior], element.localName).to.deep.equal(['none', '0s', 'auto']);
      }
    } finally {
      history.replaceState(null, '', location.pathname + location.search);
      document.documentElement.style.removeProperty('scroll-behavior');
      above.remove();
      window.scrollTo(0, 0);
    }
  });
});
