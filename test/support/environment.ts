import { parseHostAndPort, type HostAndPort } from '../../src/data/host-and-port.js';

/** What web-test-runner.config.js tells the page about the emulators scripts/test.ts started. */
interface TestEnvironment {
  projectId: string;
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

/** The attributes that point a widget at the test emulators. */
export function emulatorAttributes(): Record<string, string> {
  if (!testEnvironment.authEmulator) throw new Error('This suite needs the Auth emulator: run it through npm test.');
  firestoreEmulator();
  return {
    'project-id': testEnvironment.projectId,
    'api-key': 'demo-api-key',
    'firestore-emulator': testEnvironment.firestoreEmulator ?? '',
    'auth-emulator': testEnvironment.authEmulator,
  };
}

/** A thread no other test uses, so tests need no clean-up and cannot see each other's comments. */
export function freshThread(): string {
  return `/test/${crypto.randomUUID()}`;
}
