/**
 * A server-side command of the browser suites that does what the site owner's Admin SDK does to Auth:
 * `set-claims`, with `{ uid, claims }`, sets a user's custom claims in the Auth emulator, as
 * `npx leave-a-reply moderators add` does in a real project (test/e2e/moderation.test.ts makes
 * moderators with it). The user's next ID token carries them: sign in again. Registered in
 * web-test-runner.config.js.
 */
export function authClaims({ authEmulator, projectId }) {
  return {
    name: 'auth-claims',
    async executeCommand({ command, payload }) {
      if (command !== 'set-claims') return undefined;
      if (!authEmulator) throw new Error('set-claims needs the Auth emulator: run the suite through scripts/with-emulators.ts.');
      const { uid, claims } = payload ?? {};
      if (typeof uid !== 'string' || typeof claims !== 'object' || claims === null) {
        throw new Error(`set-claims: expected { uid, claims }, got ${JSON.stringify(payload)}`);
      }
      // The emulator's way to say "admin", as for Firestore: Bearer owner.
      const response = await fetch(`http://${authEmulator}/identitytoolkit.googleapis.com/v1/projects/${projectId}/accounts:update`, {
        method: 'POST',
        headers: { Authorization: 'Bearer owner', 'Content-Type': 'application/json' },
        body: JSON.stringify({ localId: uid, customAttributes: JSON.stringify(claims) }),
      });
      if (!response.ok) throw new Error(`set-claims: the Auth emulator answered ${response.status} ${await response.text()}`);
      return true;
    },
  };
}
