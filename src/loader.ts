/**
 * The script tag's entry (dist/cdn/leave-a-reply.js): at most 1 KB, and all that a page pays for
 * until its comments come near the viewport. It keeps each <leave-a-reply>'s space, watches it, and
 * when one comes within about a screen of it (or says loading="eager"), opens connections to
 * Firestore and imports the widget, which finds its chunks next to this file. Elements added later
 * (a single-page app's navigation) are watched too. Loader-safe: no Lit, Firebase or DOMPurify.
 */
const TAG = 'leave-a-reply';
// The same margin as NearViewportController's, written out rather than imported: a module shared
// with the widget would make the widget's chunk import this file again when the script tag's URL has
// a query string (?v=2), a second download.
const NEAR_VIEWPORT_MARGIN = '800px 0px';
// Two copies of the script (a theme and a plugin, say) share one loader.
const RUNNING = Symbol.for('leave-a-reply.loader');

if (!(RUNNING in window)) {
  Object.defineProperty(window, RUNNING, { value: true });
  let loading = false;

  const load = () => {
    if (loading) return;
    loading = true;
    near.disconnect();
    added.disconnect();
    const origins = new Set(
      [...document.querySelectorAll(TAG)].map((element) => {
        const emulator = element.getAttribute('firestore-emulator')?.trim();
        return emulator ? `http://${emulator}` : 'https://firestore.googleapis.com';
      }),
    );
    for (const href of origins) {
      document.head.append(Object.assign(document.createElement('link'), { rel: 'preconnect', href, crossOrigin: '' }));
    }
    void import('./define.js');
  };

  const near = new IntersectionObserver((entries) => entries.some((entry) => entry.isIntersecting) && load(), {
    rootMargin: NEAR_VIEWPORT_MARGIN,
  });
  let reserved = false;
  const watch = (element: Element) => {
    if (!reserved) {
      reserved = true;
      // The space the comments will take, kept until the widget is defined: no jump when they arrive.
      document.head.append(
        Object.assign(document.createElement('style'), {
          textContent: `${TAG}:not(:defined){display:block;min-height:var(--lar-reserved-height,30em)}`,
        }),
      );
    }
    if (element.getAttribute('loading') === 'eager') load();
    else near.observe(element);
  };
  const watchAll = (root: ParentNode) => {
    if (root instanceof Element && root.localName === TAG) watch(root);
    root.querySelectorAll(TAG).forEach(watch);
  };
  const added = new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) watchAll(node);
  });

  added.observe(document, { childList: true, subtree: true });
  watchAll(document);
}
