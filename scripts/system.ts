/**
 * What the project needs from the machine beyond npm: Chromium for the browser suites, and Google's
 * Firestore emulator (the gcloud component, looked for where the SDK installs it) with Java to run it.
 * Chromium and Java are installed from Debian's packages when this runs as root with apt-get;
 * otherwise the error names the exact command to run.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export function findChromium(): string | null {
  const fromEnv = process.env['CHROME_PATH'];
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  return CHROMIUM_CANDIDATES.find((path) => existsSync(path)) ?? null;
}

/** Chromium's path, after installing Debian's package if need be. Throws with the fix if it cannot. */
export function ensureChromium(log: (line: string) => void): string {
  const found = findChromium();
  if (found) return found;
  const installed = aptInstall('chromium', 'Chromium (for the browser suites)', log) && findChromium();
  if (!installed) throw new Error(`Chromium is missing. Install it: ${aptCommand('chromium')} (or set CHROME_PATH).`);
  return installed;
}

/** Java's major version, after installing Debian's default Java if none is there; null if none. */
export function ensureJava(log: (line: string) => void): number | null {
  return javaMajorVersion() ?? (aptInstall('default-jre-headless', 'Java (for the Firestore emulator)', log) ? javaMajorVersion() : null);
}

export function aptCommand(packageName: string): string {
  return `apt-get update && apt-get install -y ${packageName}`;
}

function aptInstall(packageName: string, what: string, log: (line: string) => void): boolean {
  const canInstall = process.getuid?.() === 0 && spawnSync('apt-get', ['--version']).status === 0;
  if (!canInstall) return false;
  log(`${what} is not installed; installing it: ${aptCommand(packageName)}`);
  const result = spawnSync('sh', ['-c', aptCommand(packageName)], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  return result.status === 0;
}

function javaMajorVersion(): number | null {
  const result = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (result.error || result.status !== 0) return null;
  const match = /version "(\d+)(?:\.(\d+))?/.exec(result.stderr + result.stdout);
  if (!match) return null;
  // Java 8 and older call themselves "1.8".
  return match[1] === '1' ? Number(match[2]) : Number(match[1]);
}

/** The gcloud SDK's Firestore emulator, wherever the SDK is installed; null without it. */
export function findGcloudFirestoreEmulator(): string | null {
  const relative = join('platform', 'cloud-firestore-emulator', 'cloud_firestore_emulator');
  const roots = [
    process.env['CLOUDSDK_ROOT_DIR'],
    '/usr/lib/google-cloud-sdk',
    '/usr/share/google-cloud-sdk',
    '/opt/google-cloud-sdk',
    join(homedir(), 'google-cloud-sdk'),
  ];
  const gcloud = spawnSync('gcloud', ['info', '--format=value(installation.sdk_root)'], { encoding: 'utf8' });
  if (gcloud.status === 0) roots.unshift(gcloud.stdout.trim());
  for (const root of roots) {
    if (root && existsSync(join(root, relative))) return join(root, relative);
  }
  return null;
}
