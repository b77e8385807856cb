#!/usr/bin/env node
/**
 * `npx leave-a-reply <command>`: the site owner's command line (docs/cli.md). Moderators, the
 * moderation mode, export, and import from WordPress and Disqus, with firebase-admin, against the
 * emulators or a real project.
 */
import { Command } from 'commander';
import { connect, explainFirebaseError, type Connection, type ConnectionOptions } from './connection.js';
import { CliError } from './errors.js';
import { exportComments } from './export.js';
import { runImport, type ExportFormat, type ImportOptions } from './import/run.js';
import { MODES, setMode, showMode } from './mode.js';
import { addModerator, listModerators, removeModerator } from './moderators.js';

const say = (line: string) => process.stdout.write(`${line}\n`);
const note = (line: string) => process.stderr.write(`${line}\n`);

const program = new Command('leave-a-reply')
  .description("Run the comments of a leave-a-reply site: moderators, moderation mode, export, and import from WordPress and Disqus.")
  .option('--project <id>', 'the Firebase project (default: GOOGLE_CLOUD_PROJECT, GCLOUD_PROJECT, or .firebaserc\'s default)')
  .option('--emulator', "use the local emulators: FIRESTORE_EMULATOR_HOST / FIREBASE_AUTH_EMULATOR_HOST, else firebase.json's \"emulators\" (127.0.0.1:8080 and :9099)")
  .showHelpAfterError('(add --help for usage)')
  .addHelpText(
    'after',
    `
Against a real project, credentials are found the usual Google way: GOOGLE_APPLICATION_CREDENTIALS
(a service account key), or \`gcloud auth application-default login\`.

Examples:
  npx leave-a-reply --project my-blog moderators add me@example.com
  npx leave-a-reply --project my-blog mode hold-first-time
  npx leave-a-reply --project my-blog import wordpress export.xml --dry-run
  npx leave-a-reply --emulator --project demo-blog export > comments.json

More: docs/cli.md`,
  );

/** Runs a command with a connection, closes it, and turns known failures into one clear line. */
function withConnection<A extends unknown[]>(work: (connection: Connection, ...args: A) => Promise<void>) {
  return async (...args: A) => {
    const command = args.at(-1) as Command;
    const connection = await connect(command.optsWithGlobals<ConnectionOptions>());
    try {
      await work(connection, ...args);
    } catch (error) {
      throw explainFirebaseError(error, connection) ?? error;
    } finally {
      await connection.close();
    }
  };
}

const moderators = program
  .command('moderators')
  .description('add, remove or list moderators (accounts with the custom claim moderator: true)')
  .addHelpText('after', '\nThe person must have signed in to the widget once with an account (not as a guest).\nThey must sign out of the widget and in again (or wait up to an hour) for a change to reach their token.');
moderators
  .command('add')
  .description('make an account a moderator (merges moderator: true into its custom claims)')
  .argument('<email|uid>', "the account's email or Firebase uid")
  .action(withConnection((connection, who: string) => addModerator(connection, who, say)));
moderators
  .command('remove')
  .description('take the moderator claim away (other custom claims stay)')
  .argument('<email|uid>', "the account's email or Firebase uid")
  .action(withConnection((connection, who: string) => removeModerator(connection, who, say)));
moderators
  .command('list')
  .description('list the accounts that are moderators')
  .action(withConnection((connection) => listModerators(connection, say)));

program
  .command('mode')
  .description('show the moderation mode, or set it (settings/moderation)')
  .argument('[mode]', MODES.join(' | '))
  .addHelpText(
    'after',
    `
  publish-all       every comment is published at once (the default: no settings document)
  hold-first-time   first-time commenters wait for approval; once one is approved, theirs publish at once
  hold-all          every comment waits for a moderator`,
  )
  .action(withConnection((connection, mode: string | undefined) => (mode === undefined ? showMode(connection, say) : setMode(connection, mode, say))));

program
  .command('export')
  .description('print every comment as JSON on stdout (progress on stderr)')
  .option('--thread <key>', 'only this thread, by its key (the page path, such as /2024/01/hello)')
  .option('--include-private', "include each guest's email (from private/contact); keep that file private")
  .addHelpText('after', '\nExample:\n  npx leave-a-reply --project my-blog export > comments.json')
  .action(
    withConnection((connection, options: { thread?: string; includePrivate?: boolean }) =>
      exportComments(connection, options, (text) => process.stdout.write(text)),
    ),
  );

const importCommand = program
  .command('import')
  .description('import the comments of a WordPress or Disqus export (idempotent: a second run adds nothing)');
for (const [format, source] of [
  ['wordpress', 'a WordPress export (WXR: Tools → Export → All content)'],
  ['disqus', 'a Disqus export (Admin → Moderation → Export)'],
] as const) {
  const command = importCommand
    .command(format)
    .description(`import ${source}`)
    .argument('<export.xml>', 'the export file')
    .option('--map <old=new>', 'a thread key that changed (repeatable): --map /2019/05/old-slug=/2019/05/new-slug', (pair: string, all: string[]) => [...all, pair], [] as string[])
    .option('--map-file <file>', 'thread keys that changed, one "old new" pair a line')
    .option('--dry-run', 'check everything and print what would be written, but write nothing');
  if (format === 'wordpress') command.option('--keep-pingbacks', 'import pingbacks and trackbacks as comments (skipped by default)');
  command
    .addHelpText(
      'after',
      `
The whole file is checked before the first write: a problem stops it with "file.xml:LINE: what was wrong",
and nothing is written. Comment IDs come from the export's own (${format === 'wordpress' ? 'wp-<comment_id>' : 'disqus-<dsq:id>'}),
so a comment already in Firestore is left as it is and a second run adds nothing.`,
    )
    .action(withConnection((connection, file: string, options: ImportOptions) => importFrom(connection, format, file, options)));
}

async function importFrom(connection: Connection, format: ExportFormat, file: string, options: ImportOptions) {
  const started = performance.now();
  const summary = await runImport(format, file, options, connection, say);
  const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  const peak = Math.round(process.resourceUsage().maxRSS / 1024);
  note(
    `Read and checked in ${seconds(summary.readMs)}, Firestore ${seconds(summary.writeMs)}, ${seconds(performance.now() - started)} in all; ` +
      `peak memory ${peak} MB.`,
  );
}

try {
  await program.parseAsync();
} catch (error) {
  if (error instanceof CliError) {
    note(`error: ${error.message}`);
    process.exitCode = error.exitCode;
  } else {
    note(`error: ${(error as Error)?.message ?? String(error)}`);
    if (process.env['LEAVE_A_REPLY_DEBUG']) note(String((error as Error)?.stack));
    else note('(set LEAVE_A_REPLY_DEBUG=1 for the details)');
    process.exitCode = 1;
  }
}
