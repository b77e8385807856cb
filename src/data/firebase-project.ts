import type { FirebaseSettings } from './firebase-settings.js';
import type { ReaderAuth } from './firestore/auth.js';
import type { Connection } from './firestore/connection.js';

/**
 * One site owner's Firebase project, as this page uses it: the SDK connection and the reader's Auth,
 * each loaded the first time something needs it and shared by the comment store and the accounts.
 * Nothing here imports Firebase; the modules under firestore/ do, and they load on demand.
 */
export class FirebaseProject {
  /** One per distinct settings, shared by every widget on the page that uses them. */
  static for(settings: FirebaseSettings): FirebaseProject {
    const key = JSON.stringify(settings);
    let project = projects.get(key);
    if (!project) projects.set(key, (project = new FirebaseProject(settings, key)));
    return project;
  }

  #connection: Promise<Connection> | null = null;
  #auth: Promise<ReaderAuth> | null = null;
  #authHasLoaded!: (auth: ReaderAuth) => void;

  /**
   * Resolves with the reader's Auth once something has loaded it (auth()), without loading it: a
   * thread follows the reader's held comments or a moderator's queue from then on.
   */
  readonly authLoaded = new Promise<ReaderAuth>((loaded) => (this.#authHasLoaded = loaded));

  // Private: a second project with the same settings would need a second Firebase app of the same name.
  private constructor(
    readonly settings: FirebaseSettings,
    /** Names what this browser remembers for the project (its settings, as the app name does). */
    readonly key: string,
  ) {}

  connection(): Promise<Connection> {
    if (!this.#connection) {
      this.#connection = import('./firestore/connection.js').then(({ openConnection }) => openConnection(this.settings));
      // A chunk that did not load (a dropped connection) may load on the next try.
      this.#connection.catch(() => (this.#connection = null));
    }
    return this.#connection;
  }

  auth(): Promise<ReaderAuth> {
    if (!this.#auth) {
      this.#auth = Promise.all([import('./firestore/auth.js'), this.connection()]).then(
        ([{ ReaderAuth }, connection]) => new ReaderAuth(connection.app, this.settings),
      );
      this.#auth.then(this.#authHasLoaded, () => (this.#auth = null));
    }
    return this.#auth;
  }
}

const projects = new Map<string, FirebaseProject>();
