import { parseHostAndPort, type HostAndPort } from '../../src/data/host-and-port.js';

/** What web-test-runner.config.js tells the page about the emulators scripts/test.ts started. */
interface TestEnvironment {
  /** Holds firestore.rules with the spam windows at zero, so tests can post quickly (test/support/node/test-rules.js). */
  projectId: string;
  /** Holds firestore.rules exactly as shipped, for the tests of the spam limits. */
  strictProjectId: string;
  firestoreEmulator: string | null;
  authEmulator: string | null;
  /** `host:port` of a server that accepts connections and never answers. */
  stalledServer: string;
}

declare global {
  interface Window {
    larTest: TestEnvironment;
  }
}

export const testEnvironment = window.larTest;

export function firestoreEmulator(): HostAndPort {
  const address = parseHostAndPort(testEnvironment.firestoreEmulator ?? '');
  if (!address) throw new Error('This suite needs the Firestore emulator: run it through npm test.');
  return address;
}

/** A server that accepts connections and never answers, as a connection that has stalled. */
export function stalledServer(): HostAndPort {
  const address = parseHostAndPort(testEnvironment.stalledServer);
  if (!address) throw new Error('web-test-runner.config.js starts the stalled server: run the suite through npm test.');
  return address;
}

export function authEmulator(): HostAndPort {
  const address = parseHostAndPort(testEnvironment.authEmulator ?? '');
  if (!address) throw new Error('This suite needs the Auth emulator: run it through npm test.');
  return address;
}

/**
 * The attributes that point a widget at the test emulators: at the project without spam waits, or
 * (`strict`) at the one with the rules exactly as shipped.
 */
export function emulatorAttributes(options: { strict?: boolean } = {}): Record<string, string> {
  if (!testEnvironment.authEmulator) throw new Error('This suite needs the Auth emulator: run it through npm test.');
  firestoreEmulator();
  return {
    'project-id': options.strict ? testEnvironment.strictProjectId : testEnvironment.projectId,
    'api-key': 'demo-api-key',
    'firestore-emulator': testEnvironment.firestoreEmulator ?? '',
    'auth-emulator': testEnvironment.authEmulator,
  };
}

/** A thread no other test uses, so tests need no clean-up and cannot see each other's comments. */
export function freshThread(): string {
  return `/test/${crypto.randomUUID()}`;
}

/**
 * Closes every Firebase app this test page opened, so their Firestore streams end cleanly. The
 * emulator keeps a stream a page merely abandoned open for a while, and a file that leaves many
 * behind starves the next file's streams (measured: the next file's first write never answered).
 * Call it in an `after` hook of a file that uses the SDK in the test page itself.
 */
export async function closeFirebaseApps(): Promise<void> {
  const { deleteApp, getApps } = await import('firebase/app');
  await Promise.all(getApps().map((app) => deleteApp(app)));
}
