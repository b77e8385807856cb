/**
 * The reader's comments held for moderation, as this browser remembers them (localStorage, per
 * project): a thread with one of them listens for them after a reload, so their author still sees
 * them, greyed, until a moderator decides. Loader-safe: no SDK. Storage may be missing or full: the
 * comments are then remembered as long as the page lives.
 */

/** Longer than most moderators take; a comment still held after it is forgotten here stays held, unseen. */
const KEPT_MS = 30 * 24 * 60 * 60 * 1000;

type Remembered = Record<string, { thread: string; at: number }>;

const memory = new Map<string, Remembered>();

export function rememberHeld(project: string, threadKey: string, id: string): void {
  const now = Date.now();
  const kept = Object.fromEntries(Object.entries(read(project)).filter(([, { at }]) => now - at < KEPT_MS));
  kept[id] = { thread: threadKey, at: now };
  write(project, kept);
  for (const heard of listeners) heard(project, threadKey);
}

const listeners = new Set<(project: string, threadKey: string) => void>();

/** Calls `heard` each time this page remembers a held comment: its thread follows it from then on. */
export function onHeldRemembered(heard: (project: string, threadKey: string) => void): () => void {
  listeners.add(heard);
  return () => void listeners.delete(heard);
}

/** The IDs of the held comments this browser posted to the thread. */
export function heldIn(project: string, threadKey: string): string[] {
  return Object.entries(read(project)).flatMap(([id, { thread }]) => (thread === threadKey ? [id] : []));
}

/** A moderator decided (approved, deleted): nothing more to wait for. */
export function forgetHeld(project: string, id: string): void {
  const remembered = read(project);
  if (!(id in remembered)) return;
  write(project, Object.fromEntries(Object.entries(remembered).filter(([kept]) => kept !== id)));
}

const key = (project: string) => `leave-a-reply:held:${project}`;

function read(project: string): Remembered {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(key(project)) ?? '{}');
    if (typeof stored !== 'object' || stored === null) return {};
    // Another version of the widget may have written it: only well-formed entries count.
    return Object.fromEntries(
      Object.entries(stored as Record<string, unknown>).filter(
        (entry): entry is [string, { thread: string; at: number }] =>
          typeof entry[1] === 'object' && entry[1] !== null && typeof (entry[1] as { thread?: unknown }).thread === 'string' && typeof (entry[1] as { at?: unknown }).at === 'number',
      ),
    );
  } catch {
    return { ...memory.get(project) };
  }
}

function write(project: string, remembered: Remembered): void {
  memory.set(project, remembered);
  try {
    localStorage.setItem(key(project), JSON.stringify(remembered));
  } catch {
    // Storage blocked or full: remembered as long as the page lives.
  }
}

/**
 * Whether the account last signed in on this site moderates: the store loads Auth for the moderator's
 * queue without waiting for the reader to write. FirebaseAccounts keeps it with the account it
 * remembers (sign-in-memory.ts), here apart so that the first read does not load that module.
 */
export function rememberModerator(project: string, moderator: boolean): void {
  try {
    if (moderator) localStorage.setItem(moderatorKey(project), '1');
    else localStorage.removeItem(moderatorKey(project));
  } catch {
    // Storage blocked: the queue waits for Auth to load some other way (the form, a sign-in).
  }
}

export function moderatorRemembered(project: string): boolean {
  try {
    return localStorage.getItem(moderatorKey(project)) === '1';
  } catch {
    return false;
  }
}

const moderatorKey = (project: string) => `leave-a-reply:moderator:${project}`;
