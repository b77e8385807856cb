import type { UserRecord } from 'firebase-admin/auth';
import { ensureReachable, type Connection } from './connection.js';
import { CliError } from './errors.js';

/**
 * Moderators are accounts with the custom claim `moderator: true`, which firestore.rules checks. The
 * claim travels in the ID token, so it reaches a browser only with the next token.
 */
const NEXT_TOKEN = 'They must sign out of the widget and in again (or wait up to an hour) for the claim to reach their token.';

export async function addModerator(connection: Connection, who: string, say: (line: string) => void) {
  await ensureReachable(connection, 'auth');
  const user = await findUser(connection, who);
  if (user.providerData.length === 0) {
    throw new CliError(`${label(user)} is a guest (an anonymous account): a moderator signs in with a provider (Google, GitHub, email…). Ask them to sign in to the widget with one first.`);
  }
  const claims = user.customClaims ?? {};
  if (claims['moderator'] === true) {
    say(`${label(user)} is already a moderator of ${connection.describe}.`);
    return;
  }
  // Merged: other tools may keep their own claims on the same account.
  await connection.auth.setCustomUserClaims(user.uid, { ...claims, moderator: true });
  say(`${label(user)} is now a moderator of ${connection.describe}. ${NEXT_TOKEN}`);
}

export async function removeModerator(connection: Connection, who: string, say: (line: string) => void) {
  await ensureReachable(connection, 'auth');
  const user = await findUser(connection, who);
  const { moderator, ...others } = user.customClaims ?? {};
  if (moderator === undefined) {
    say(`${label(user)} is not a moderator of ${connection.describe}; nothing changed.`);
    return;
  }
  await connection.auth.setCustomUserClaims(user.uid, Object.keys(others).length > 0 ? others : null);
  say(`${label(user)} is no longer a moderator of ${connection.describe}. ${NEXT_TOKEN}`);
}

export async function listModerators(connection: Connection, say: (line: string) => void) {
  await ensureReachable(connection, 'auth');
  const moderators: UserRecord[] = [];
  let pageToken: string | undefined;
  do {
    const page = await connection.auth.listUsers(1000, pageToken);
    moderators.push(...page.users.filter((user) => user.customClaims?.['moderator'] === true));
    pageToken = page.pageToken;
  } while (pageToken);
  if (moderators.length === 0) {
    say(`No moderators in ${connection.describe}. Add one: npx leave-a-reply moderators add <email>`);
    return;
  }
  say(`${moderators.length} moderator${moderators.length === 1 ? '' : 's'} in ${connection.describe}:`);
  for (const user of moderators) say(`  ${user.uid}\t${user.email ?? '(no email)'}\t${user.displayName ?? ''}`.trimEnd());
}

/** An email (anything with "@") or a uid, as the Firebase console's Authentication tab lists them. */
async function findUser(connection: Connection, who: string): Promise<UserRecord> {
  const byEmail = who.includes('@');
  try {
    return byEmail ? await connection.auth.getUserByEmail(who) : await connection.auth.getUser(who);
  } catch (error) {
    if ((error as { code?: string }).code === 'auth/user-not-found' || (error as { code?: string }).code === 'auth/invalid-uid') {
      throw new CliError(
        `No user with the ${byEmail ? 'email' : 'uid'} "${who}" in ${connection.describe}. ` +
          'They must sign in to the widget once with an account (not as a guest); the Firebase console lists users under Authentication → Users.',
      );
    }
    throw error;
  }
}

const label = (user: UserRecord) => (user.email ? `${user.email} (${user.uid})` : user.uid);
