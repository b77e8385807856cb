import type { FirebaseApp } from 'firebase/app';
import { connectFirestoreEmulator, initializeFirestore, type Firestore } from 'firebase/firestore';
import { startAppCheck } from '../app-check.js';
import type { FirebaseSettings } from '../firebase-settings.js';
import { firebaseApp } from './app.js';

/**
 * The Firebase app and Firestore SDK of one FirestoreStore. This module, and everything under
 * data/firestore/ that imports Firebase, is loaded after the first comments are on screen.
 */
export interface Connection {
  app: FirebaseApp;
  db: Firestore;
  settings: FirebaseSettings;
}

/** One per FirestoreStore, and so one per distinct settings (FirestoreStore.for). */
export async function openConnection(settings: FirebaseSettings): Promise<Connection> {
  // App Check first, when it is on (usually started already by the first read): Firestore and Auth
  // find it as they start, so their first requests carry its token.
  await startAppCheck(settings);
  const app = firebaseApp(settings);
  const emulator = settings.firestoreEmulator;
  // Against the emulator, long-polling auto-detection delays the first answer by about 2.3 s
  // (measured: 2,353 ms with it, 113 ms without); real Firestore keeps the SDK's default.
  const db = initializeFirestore(app, emulator ? { experimentalAutoDetectLongPolling: false } : {});
  if (emulator) connectFirestoreEmulator(db, emulator.host, emulator.port);
  return { app, db, settings };
}
