/**
 * Runs one command with the emulators up, their addresses in the environment, then stops them:
 *   npx tsx scripts/with-emulators.ts -- node --import tsx --test test/rules/*.test.ts
 * Exits with the command's exit code.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { DEV_PROJECT_ID, emulatorEnvironment, ROOT, startEmulators } from './emulators.js';

const separator = process.argv.indexOf('--');
const [command, ...args] = separator >= 0 ? process.argv.slice(separator + 1) : [];
if (!command) {
  console.error('Usage: tsx scripts/with-emulators.ts -- <command> [args…]');
  process.exit(2);
}

const emulators = await startEmulators({ projectId: DEV_PROJECT_ID, rules: join(ROOT, 'firestore.rules') });
if (emulators.firestoreMissing) console.warn(`Firestore emulator unavailable: ${emulators.firestoreMissing}`);
const child = spawn(command, args, { stdio: 'inherit', env: { ...process.env, ...emulatorEnvironment(emulators) } });
const code = await new Promise<number>((done) => child.once('exit', (exitCode) => done(exitCode ?? 1)));
await emulators.stop();
process.exit(code);
