/**
 * The strict page's module (its policy refuses inline scripts): the widget with ?widget='s attributes,
 * the script tag from ?loader=, and the testing library in the page's own realm for the test's queries
 * (see pages.ts).
 */
import * as queries from 'shadow-dom-testing-library';

declare global {
  interface Window {
    larQueries?: typeof queries;
    larCloseFirebase?: () => Promise<unknown>;
  }
}

const params = new URLSearchParams(location.search);
const widget = document.createElement('leave-a-reply');
for (const [name, value] of Object.entries<string>(JSON.parse(params.get('widget') ?? '{}'))) widget.setAttribute(name, value);
document.querySelector('main')?.append(widget);
window.larQueries = queries;
// For the tests' clean-up (closePages in pages.ts): this page's Firestore streams end with the frame.
window.larCloseFirebase = async () => {
  const { deleteApp, getApps } = await import('firebase/app');
  return Promise.all(getApps().map((app) => deleteApp(app)));
};
await import(params.get('loader') ?? '/src/loader.ts');
