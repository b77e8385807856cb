/**
 * The script tag's entry (dist/cdn/leave-a-reply.js): at most 1 KB, and all that a page pays for
 * until its comments come near the viewport. It keeps each <leave-a-reply>'s space, watches it, and
 * when one comes within about a screen of it (or says loading="eager"), opens connections to
 * Firestore and imports the widget, which finds its chunks next to this file. It watches each
 * <leave-a-reply-count> (an index page's "3 Comments") the same way, and imports only the count
 * element for it, never the widget. Elements added later (a single-page app's navigation) are watched
 * too. Loader-safe: no Lit, Firebase or DOMPurify.
 */
const TAG = 'leave-a-reply';
const COUNT_TAG = 'leave-a-reply-count';
// The same margin as NearViewportController's, written out rather than imported: a module shared
// with the widget would make the widget's chunk import this file again when the script tag's URL has
// a query string (?v=2), a second download.
const NEAR_VIEWPORT_MARGIN = '800px 0px';
// Two copies of the script (a theme and a plugin, say) share one loader.
const RUNNING = Symbol.for('leave-a-reply.loader');

if (!(RUNNING in window)) {
  Object.defineProperty(window, RUNNING, { value: true });
  // What each tag still has to import; a tag leaves once imported.
  const imports = new Map<string, () => Promise<unknown>>([
    [TAG, () => import('./define.js')],
    [COUNT_TAG, () => import('./count.js')],
  ]);
  const preconnected = new Set<string>();

  const load = (tag: string) => {
    const importTag = imports.get(tag);
    if (!importTag) return;
    imports.delete(tag);
    for (const element of document.querySelectorAll(tag)) {
      near.unobserve(element);
      const emulator = element.getAttribute('firestore-emulator')?.trim();
      const href = emulator ? `http://${emulator}` : 'https://firestore.googleapis.com';
      if (!preconnected.has(href)) {
        preconnected.add(href);
        document.head.append(Object.assign(document.createElement('link'), { rel: 'preconnect', href, crossOrigin: '' }));
      }
    }
    if (imports.size === 0) {
      near.disconnect();
      added.disconnect();
    }
    void importTag();
  };

  const near = new IntersectionObserver(
    (entries) => entries.forEach((entry) => entry.isIntersecting && load(entry.target.localName)),
    { rootMargin: NEAR_VIEWPORT_MARGIN },
  );
  let reserved = false;
  const watch = (element: Element) => {
    const tag = element.localName;
    if (!imports.has(tag)) return;
    if (tag === TAG && !reserved) {
      reserved = true;
      // The space the comments will take, kept until the widget is defined: no jump when they arrive.
      // A constructed sheet, not a <style>: a strict Content-Security-Policy refuses inline <style>
      // (docs/content-security-policy.md). Without them (Safari before 16.4), no space is kept.
      if (document.adoptedStyleSheets) {
        const sheet = new CSSStyleSheet();
        sheet.replaceSync(`${TAG}:not(:defined){display:block;min-height:var(--lar-reserved-height,30em)}`);
        document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
      }
    }
    if (element.getAttribute('loading') === 'eager') load(tag);
    else near.observe(element);
  };
  const watchAll = (root: ParentNode) => {
    if (root instanceof Element) watch(root);
    root.querySelectorAll(`${TAG},${COUNT_TAG}`).forEach(watch);
  };
  const added = new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) watchAll(node);
  });

  added.observe(document, { childList: true, subtree: true });
  watchAll(document);
}
