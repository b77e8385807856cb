/**
 * Stands in for the `re2js` package in the script-tag build (vite.config.ts aliases it here).
 * Firebase 12's Firestore SDK imports re2js, about 46 KB gzip, for one thing: evaluating the regular
 * expressions of its pipeline API (`regexMatch`, `regexContains`, `like`) in the local cache. The
 * widget never builds a pipeline, so the code is never called; if it ever were, the SDK catches the
 * error and logs a warning rather than match wrongly. test/e2e/script-tag.test.ts runs the built
 * widget, live listener and posting included, on this stand-in.
 */
export const RE2JS = {
  compile(): never {
    throw new Error('re2js is left out of leave-a-reply\'s build: Firestore pipelines are not supported.');
  },
};
