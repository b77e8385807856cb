// A node:test reporter that writes {"passed":N,"failed":N,"skipped":N} to its destination, for
// scripts/test.ts to add to the totals. Suites are not counted, only the tests in them.
// Plain JavaScript: Node loads reporters before any --import hook could compile TypeScript.

/** @param {AsyncIterable<{ type: string, data: { details?: { type?: string }, skip?: unknown, todo?: unknown } }>} source */
export default async function* countReporter(source) {
  const counts = { passed: 0, failed: 0, skipped: 0 };
  for await (const event of source) {
    if (event.data.details?.type === 'suite') continue;
    if (event.type === 'test:pass') counts[event.data.skip || event.data.todo ? 'skipped' : 'passed']++;
    if (event.type === 'test:fail') counts.failed++;
  }
  yield JSON.stringify(counts);
}
