import { initializeApp, type FirebaseApp } from 'firebase/app';
import { connectFirestoreEmulator, initializeFirestore, type Firestore } from 'firebase/firestore';
import type { FirebaseSettings } from '../firebase-settings.js';

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
export function openConnection(settings: FirebaseSettings): Connection {
  const { projectId, apiKey, authDomain, appId } = settings;
  // Named by its settings: Auth remembers the reader per app name, so the same settings on the next
  // page find the same guest, and other settings (another project, another emulator) never do.
  const app = initializeApp({ projectId, apiKey, authDomain, ...(appId ? { appId } : {}) }, `leave-a-reply ${JSON.stringify(settings)}`);
  const emulator = settings.firestoreEmulator;
  // Against the emulator, long-polling auto-detection delays the first answer by about 2.3 s
  // (measured: 2,353 ms with it, 113 ms without); real Firestore keeps the SDK's default.
  const db = initializeFirestore(app, emulator ? { experimentalAutoDetectLongPolling: false } : {});
  if (emulator) connectFirestoreEmulator(db, emulator.host, emulator.port);
  return { app, db, settings };
}
