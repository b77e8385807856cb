/**
 * The three demo designs (demo/blog.css and demo/designs/), each with the same widget and no CSS for
 * it, and a theme switch on one page: screenshots compared with the committed references. How to
 * refresh them: test/visual/support.ts.
 */
import { expect } from '@open-wc/testing';
import { clearSavedDrafts } from '../support/storage.js';
import { blogPage, expectScreenshot, fixedPage, leaveBlogPage, resetPage, settled } from './support.js';

describe('The widget on the demo blog (visual checks)', () => {
  before(() => fixedPage());
  after(resetPage);
  beforeEach(clearSavedDrafts);
  afterEach(leaveBlogPage);

  it('fits the light serif design', async () => {
    const { section } = await blogPage('serif');
    await expectScreenshot('design-serif', section);
  });

  it('fits the dark design, in the page\'s dark scheme', async () => {
    const { widget, section } = await blogPage('dark');
    expect(getComputedStyle(widget).colorScheme).to.equal('dark');
    await expectScreenshot('design-dark', section);
  });

  it('fits the minimal sans-serif design', async () => {
    const { section } = await blogPage('minimal');
    await expectScreenshot('design-minimal', section);
  });

  it('switches from theme="light" to theme="dark" on the same page', async () => {
    const { widget, section } = await blogPage('serif', { theme: 'light' });
    expect(getComputedStyle(widget).colorScheme).to.equal('light');
    await expectScreenshot('theme-light', section);

    widget.setAttribute('theme', 'dark');
    await widget.updateComplete;
    await settled();
    expect(getComputedStyle(widget).colorScheme).to.equal('dark');
    await expectScreenshot('theme-dark', section);
  });
});
