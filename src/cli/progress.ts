import cliProgress from 'cli-progress';

/** Long work's progress, on stderr so that stdout stays the command's output (`export > file.json`). */
export interface Progress {
  increment(by?: number): void;
  stop(): void;
}

/**
 * A bar when a person watches (stderr is a terminal); otherwise a plain count line now and then, which
 * a log or CI keeps readable, where a redrawn bar would be hundreds of lines of noise.
 */
export function progress(label: string, total: number): Progress {
  if (total <= 0) return { increment() {}, stop() {} };
  if (process.stderr.isTTY) {
    const bar = new cliProgress.SingleBar(
      { stream: process.stderr, format: `${label} [{bar}] {value}/{total} {percentage}% ({eta_formatted} left)`, hideCursor: true },
      cliProgress.Presets.shades_classic,
    );
    bar.start(total, 0);
    return { increment: (by = 1) => bar.increment(by), stop: () => bar.stop() };
  }
  let done = 0;
  // About ten lines for a long run, none in between.
  const step = Math.max(1000, Math.ceil(total / 10));
  let next = step;
  return {
    increment(by = 1) {
      done += by;
      if (done >= next && done < total) {
        process.stderr.write(`${label}: ${done}/${total}\n`);
        next = (Math.floor(done / step) + 1) * step;
      }
    },
    stop() {
      process.stderr.write(`${label}: ${done}/${total}\n`);
    },
  };
}
