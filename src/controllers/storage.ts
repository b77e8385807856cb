/**
 * Storage can be missing or full (private windows, quotas, sandboxed frames): what the widget keeps
 * there then lives only in the page, which is all it can do.
 */
export function readStorage<T>(get: () => T): T | null {
  try {
    return get();
  } catch {
    return null;
  }
}

export function writeStorage(set: () => void): void {
  try {
    set();
  } catch {
    // See above.
  }
}
