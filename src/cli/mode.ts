import { ensureReachable, type Connection } from './connection.js';
import { CliError } from './errors.js';

/** `settings/moderation`'s modes (docs/data-model.md); no document means publish-all. */
export const MODES = ['publish-all', 'hold-first-time', 'hold-all'] as const;
export type Mode = (typeof MODES)[number];

const EXPLAINED: Record<Mode, string> = {
  'publish-all': 'every comment is published at once',
  'hold-first-time': "a first-time commenter's comments wait for approval; once one is approved, theirs publish at once",
  'hold-all': 'every comment waits for a moderator',
};

export async function showMode(connection: Connection, say: (line: string) => void) {
  await ensureReachable(connection, 'firestore');
  const snapshot = await connection.firestore.doc('settings/moderation').get();
  const stored: unknown = snapshot.get('mode');
  if (!snapshot.exists || stored === undefined) {
    say(`publish-all (${EXPLAINED['publish-all']}; no settings/moderation document in ${connection.describe}, so the default)`);
  } else if (typeof stored === 'string' && (MODES as readonly string[]).includes(stored)) {
    say(`${stored} (${EXPLAINED[stored as Mode]})`);
  } else {
    say(`settings/moderation holds mode ${JSON.stringify(stored)}, which the widget does not know. Set one: npx leave-a-reply mode <${MODES.join('|')}>`);
  }
}

export async function setMode(connection: Connection, mode: string, say: (line: string) => void) {
  if (!(MODES as readonly string[]).includes(mode)) {
    throw new CliError(`Unknown mode "${mode}": use one of ${MODES.join(', ')}.`);
  }
  await ensureReachable(connection, 'firestore');
  // Written whole: a `moderation` log reference left from a moderator's change would name the wrong change.
  await connection.firestore.doc('settings/moderation').set({ mode });
  say(`Moderation mode of ${connection.describe}: ${mode} (${EXPLAINED[mode as Mode]}).`);
}
