/**
 * `--help` for the program and every command, and the errors a site owner gets for bad arguments:
 * commander's (unknown command or option, missing argument) and the CLI's own (no project, a missing
 * file, an unknown mode, a bad --map), each with exit code 1 and a message that names the fix.
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { cli, FIXTURES, freshProject, scratchFolder } from './cli-env.js';

const project = freshProject('help');

describe('leave-a-reply --help', () => {
  const pages: Array<[string[], RegExp[]]> = [
    [[], [/Usage: leave-a-reply \[options\] \[command\]/, /--project <id>/, /--emulator/, /moderators/, /mode \[mode\]/, /export/, /import/, /GOOGLE_APPLICATION_CREDENTIALS/]],
    [['moderators'], [/Usage: leave-a-reply moderators/, /add/, /remove/, /list/, /sign out of the widget and in again/]],
    [['moderators', 'add'], [/Usage: leave-a-reply moderators add \[options\] <email\|uid>/]],
    [['moderators', 'remove'], [/Usage: leave-a-reply moderators remove \[options\] <email\|uid>/]],
    [['moderators', 'list'], [/Usage: leave-a-reply moderators list/]],
    [['mode'], [/Usage: leave-a-reply mode \[options\] \[mode\]/, /publish-all/, /hold-first-time/, /hold-all/]],
    [['export'], [/Usage: leave-a-reply export/, /--thread <key>/, /--include-private/]],
    [['import'], [/Usage: leave-a-reply import/, /wordpress/, /disqus/]],
    [['import', 'wordpress'], [/<export\.xml>/, /--map <old=new>/, /--map-file <file>/, /--dry-run/, /--keep-pingbacks/, /file\.xml:LINE/]],
    [['import', 'disqus'], [/<export\.xml>/, /--map <old=new>/, /--map-file <file>/, /--dry-run/, /disqus-<dsq:id>/]],
  ];
  for (const [command, expected] of pages) {
    it(`leave-a-reply ${[...command, '--help'].join(' ')}`, async () => {
      const { code, stdout } = await cli([...command, '--help'], { env: {} });
      assert.equal(code, 0);
      for (const pattern of expected) assert.match(stdout, pattern);
    });
  }

  it('--keep-pingbacks is a WordPress option only', async () => {
    assert.doesNotMatch((await cli(['import', 'disqus', '--help'], { env: {} })).stdout, /--keep-pingbacks/);
  });
});

describe('bad arguments', () => {
  const fails = async (args: string[], message: RegExp, env?: Record<string, string>, cwd?: string) => {
    const { code, stdout, stderr } = await cli(args, { env, cwd });
    assert.equal(code, 1, `exit code of ${args.join(' ')}: ${stderr}`);
    assert.match(stderr, message);
    // Errors go to stderr alone: stdout may be a file (`export > comments.json`).
    assert.equal(stdout, '');
  };

  it('an unknown command', () => fails(['moderate'], /unknown command 'moderate'/));
  it('an unknown option', () => fails(['export', '--everything'], /unknown option '--everything'/));
  it('a missing argument', () => fails(['moderators', 'add'], /missing required argument 'email\|uid'/));
  it('an import without a file', () => fails(['import', 'wordpress'], /missing required argument 'export\.xml'/));
  it('an unknown export format', () => fails(['import', 'blogger', 'x.xml'], /unknown command 'blogger'/));

  it('no project anywhere', () =>
    fails(['mode'], /^error: No project: pass --project <id> or set GOOGLE_CLOUD_PROJECT/, {}, scratchFolder()));

  it('the project from GOOGLE_CLOUD_PROJECT, and from .firebaserc', async () => {
    const folder = scratchFolder();
    writeFileSync(join(folder, '.firebaserc'), JSON.stringify({ projects: { default: 'demo-from-rc' } }));
    // A demo project outside the emulators: the message names the project found.
    await fails(['mode'], /"demo-from-rc" is a demo project, which exists only in the emulators: add --emulator/, {}, folder);
    await fails(['mode'], /"demo-from-env" is a demo project/, { GOOGLE_CLOUD_PROJECT: 'demo-from-env' }, folder);
  });

  it('a project ID that is not one', () => fails(['--project', 'My Blog', 'mode'], /"My Blog" is not a Firebase project ID/));

  it('--emulator with nothing listening where firebase.json says', async () => {
    const folder = scratchFolder();
    writeFileSync(join(folder, 'firebase.json'), JSON.stringify({ emulators: { firestore: { host: '127.0.0.1', port: 1 }, auth: { port: 2 } } }));
    await fails(['--emulator', '--project', project, 'mode'], /The Firestore emulator does not answer at 127\.0\.0\.1:1: start the emulators/, {}, folder);
  });

  it('an unknown mode', () => fails(['--project', project, 'mode', 'moderate-everything'], /Unknown mode "moderate-everything": use one of publish-all, hold-first-time, hold-all\./));

  it('an export file that does not exist', () =>
    fails(['--project', project, 'import', 'wordpress', 'no-such-export.xml'], /no-such-export\.xml: no such file\. Give the path of the WordPress \(WXR\) export\./));

  it('a --map without "="', () =>
    fails(['--project', project, 'import', 'wordpress', join(FIXTURES, 'wordpress.xml'), '--map', '/old-slug'], /--map "\/old-slug" is not old=new/));

  it('a --map-file line that is not "old new", and a --map-file that does not exist', async () => {
    const folder = scratchFolder();
    writeFileSync(join(folder, 'map.txt'), '# moved posts\n/a /b\n/c\n');
    await fails(['--project', project, 'import', 'disqus', join(FIXTURES, 'disqus.xml'), '--map-file', join(folder, 'map.txt')], /map\.txt:3: expected "old-key new-key"/);
    await fails(['--project', project, 'import', 'disqus', join(FIXTURES, 'disqus.xml'), '--map-file', join(folder, 'nope.txt')], /--map-file .*nope\.txt: no such file/);
  });

  it('half of the emulators in the environment', () =>
    fails(['--project', project, 'mode'], /FIRESTORE_EMULATOR_HOST is set but FIREBASE_AUTH_EMULATOR_HOST is not/, { FIRESTORE_EMULATOR_HOST: '127.0.0.1:1' }));
});
