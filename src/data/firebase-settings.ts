import type { HostAndPort } from './host-and-port.js';

/** What the widget needs to reach the site owner's Firebase project. Nothing here is secret. */
export interface FirebaseSettings {
  projectId: string;
  apiKey: string;
  authDomain: string;
  appId?: string;
  /** A reCAPTCHA Enterprise site key: App Check is on (app-check.ts); needs `appId`. */
  appCheckSiteKey?: string;
  /** Local emulators, for development and tests. */
  firestoreEmulator?: HostAndPort;
  authEmulator?: HostAndPort;
}

/** The address of Firestore's REST API for these settings: Google's, or the emulator's. */
export function firestoreOrigin(settings: FirebaseSettings): string {
  const emulator = settings.firestoreEmulator;
  return emulator ? `http://${emulator.host}:${emulator.port}` : 'https://firestore.googleapis.com';
}
