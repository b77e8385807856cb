import { getApps, initializeApp, type FirebaseApp } from 'firebase/app';
import type { FirebaseSettings } from '../firebase-settings.js';

/**
 * The Firebase app of one FirebaseSettings, alone: App Check (app-check.ts) starts on it before the
 * first REST read, without Firestore or Auth; the connection (connection.ts) finds the same app later.
 */
export function firebaseApp(settings: FirebaseSettings): FirebaseApp {
  // Named by its settings: Auth remembers the reader per app name, so the same settings on the next
  // page find the same guest, and other settings (another project, another emulator) never do.
  const name = `leave-a-reply ${JSON.stringify(settings)}`;
  const { projectId, apiKey, authDomain, appId } = settings;
  return (
    getApps().find((app) => app.name === name) ??
    initializeApp({ projectId, apiKey, authDomain, ...(appId ? { appId } : {}) }, name)
  );
}
