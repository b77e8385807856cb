// A node:test reporter that writes {"passed":N,"failed":N,"skipped":N,"failures":[…]} to its destination,
// for scripts/test.ts to add to the totals and to list what failed. Suites are not counted, only the
// tests in them.
// Plain JavaScript: Node loads reporters before any --import hook could compile TypeScript.

/**
 * @param {AsyncIterable<{ type: string, data: { name: string, file?: string, skip?: unknown, todo?: unknown,
 *   details?: { type?: string, error?: { cause?: unknown, message?: string } } } }>} source
 */
export default async function* countReporter(source) {
  const counts = { passed: 0, failed: 0, skipped: 0, failures: [] };
  for await (const event of source) {
    if (event.data.details?.type === 'suite') continue;
    if (event.type === 'test:pass') counts[event.data.skip || event.data.todo ? 'skipped' : 'passed']++;
    if (event.type === 'test:fail') {
      counts.failed++;
      const error = event.data.details?.error;
      counts.failures.push({
        file: (event.data.file ?? '').replace(`${process.cwd()}/`, ''),
        test: event.data.name,
        error: String(error?.cause ?? error?.message ?? '').split('\n')[0].slice(0, 160),
      });
    }
  }
  yield JSON.stringify(counts);
}
