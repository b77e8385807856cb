import { execFile } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The `import-comments` server command of the browser suites (test/e2e/import.test.ts): imports one of
 * test/cli/fixtures/ into the shared emulators' test project with the site owner's command line,
 * run as they run it (`leave-a-reply import …`, from source through tsx), so that a page can show
 * what it wrote. Payload: `{ format: 'wordpress' | 'disqus', fixture: 'wordpress.xml', map: { old: new } }`;
 * a test maps every thread to keys of its own, so a rerun against the same emulators cannot collide.
 * Answers `{ code, stdout, stderr }`. Registered in web-test-runner.config.js.
 */
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

export function importComments({ projectId, firestore, auth }) {
  return {
    name: 'import-comments',
    async executeCommand({ command, payload }) {
      if (command !== 'import-comments') return undefined;
      const { format, fixture, map = {} } = payload ?? {};
      if (!['wordpress', 'disqus'].includes(format) || !/^[\w-]+\.xml$/.test(String(fixture))) {
        throw new Error(`import-comments: unexpected payload ${JSON.stringify(payload)}`);
      }
      if (!firestore || !auth) throw new Error('import-comments needs the Firestore and Auth emulators: run the suite through npm test.');
      const args = [
        '--import', 'tsx', join(ROOT, 'src', 'cli', 'main.ts'),
        '--project', projectId,
        'import', format, join(ROOT, 'test', 'cli', 'fixtures', fixture),
        ...Object.entries(map).flatMap(([from, to]) => ['--map', `${from}=${to}`]),
      ];
      const env = { ...process.env, FIRESTORE_EMULATOR_HOST: firestore, FIREBASE_AUTH_EMULATOR_HOST: auth };
      return new Promise((done) => {
        execFile(process.execPath, args, { cwd: ROOT, env }, (error, stdout, stderr) =>
          done({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr }),
        );
      });
    },
  };
}
