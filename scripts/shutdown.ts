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
  let stopping = false;
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    // `on` and a flag, not `once`: `timeout 120 npm start` passes a Ctrl-C on to the whole process
    // group, so the signal comes twice, and a second one with no handler would kill this process
    // before the clean-ups stop the emulators (left running, holding their ports). The clean-ups are
    // bounded (stopping an emulator ends with SIGKILL after 5 s); the timer is for anything else.
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      setTimeout(() => process.exit(130), 15_000).unref();
      console.log('\nStopping…');
      void Promise.allSettled(cleanups.map(async (run) => run())).finally(() => process.exit(130));
    });
  }
}
