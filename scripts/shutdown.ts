/**
 * One handler for Ctrl-C, a kill and a hang-up, whoever registers clean-ups: it runs them all, then
 * exits. (Two handlers that each exit would race, and the first to exit would cut the other short.)
 */
const cleanups: Array<() => unknown> = [];
let hooked = false;

export function onShutdown(cleanup: () => unknown): void {
  cleanups.push(cleanup);
  if (hooked) return;
  hooked = true;
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      console.log('\nStopping…');
      void Promise.allSettled(cleanups.map(async (run) => run())).finally(() => process.exit(130));
    });
  }
}
