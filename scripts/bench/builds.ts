/**
 * The two script-tag builds the benchmark compares: this checkout's (dist/cdn/, a folder of chunks)
 * and the baseline, the one-file build of the commit before the loading design
 * (docs/performance.md), built once into .cache/baseline/ from a git worktree.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync, symlinkSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotliCompressSync, gzipSync, constants as zlib } from 'node:zlib';
import { ROOT } from '../emulators.js';

/** The last commit whose script tag was one file with everything inside. */
export const BASELINE_COMMIT = 'c823981';

export interface Build {
  name: string;
  /** The folder a site owner would copy; the loader is `leave-a-reply.js` in it. */
  dir: string;
}

export const current: Build = { name: 'this build', dir: join(ROOT, 'dist', 'cdn') };

/** Builds the baseline if it is not there yet; null (with the reason printed) if git cannot. */
export function baseline(): Build | null {
  const worktree = join(ROOT, '.cache', 'baseline');
  const dir = join(worktree, 'dist', 'cdn');
  if (existsSync(join(dir, 'leave-a-reply.js'))) return { name: `baseline (${BASELINE_COMMIT})`, dir };
  const run = (command: string, args: string[], cwd = ROOT) => spawnSync(command, args, { cwd, stdio: 'inherit' }).status === 0;
  if (!existsSync(worktree) && !run('git', ['worktree', 'add', '--detach', worktree, BASELINE_COMMIT])) {
    console.log(`  The baseline needs commit ${BASELINE_COMMIT} (a full clone): skipped.`);
    return null;
  }
  if (!existsSync(join(worktree, 'node_modules'))) symlinkSync(join(ROOT, 'node_modules'), join(worktree, 'node_modules'));
  if (!run(join(ROOT, 'node_modules', '.bin', 'vite'), ['build', '--logLevel', 'warn'], worktree)) return null;
  return { name: `baseline (${BASELINE_COMMIT})`, dir };
}

interface Manifest {
  [key: string]: { file: string; isEntry?: boolean; imports?: string[]; dynamicImports?: string[] };
}

/** A chunk and everything it imports statically: what must load before it runs. */
function withStaticImports(manifest: Manifest, keys: string[]): Set<string> {
  const files = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || files.has(chunk.file)) return;
    files.add(chunk.file);
    chunk.imports?.forEach(visit);
  };
  keys.forEach(visit);
  return files;
}

export interface Sizes {
  files: number;
  raw: number;
  gzip: number;
  brotli: number;
}

function measure(dir: string, files: Iterable<string>): Sizes {
  const sizes = { files: 0, raw: 0, gzip: 0, brotli: 0 };
  for (const file of files) {
    const code = readFileSync(join(dir, file));
    sizes.files++;
    sizes.raw += code.length;
    sizes.gzip += gzipSync(code, { level: 9 }).length;
    sizes.brotli += brotliCompressSync(code, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11 } }).length;
  }
  return sizes;
}

function allScripts(dir: string): string[] {
  const walk = (folder: string): string[] =>
    readdirSync(folder).flatMap((name) => {
      const path = join(folder, name);
      return statSync(path).isDirectory() ? walk(path) : path.endsWith('.js') ? [relative(dir, path)] : [];
    });
  return walk(dir);
}

/** The figures of the issue: the loader, the JS to the first comments (plain, with markup), everything. */
export function buildSizes(build: Build): Array<[string, Sizes]> {
  const manifestPath = join(build.dir, '.vite', 'manifest.json');
  if (!existsSync(manifestPath)) {
    // The baseline is one file: everything loads before the first comment.
    const all = measure(build.dir, allScripts(build.dir));
    return [['loader', all], ['to the first comments, plain text', all], ['to the first comments, with markup', all], ['everything', all]];
  }
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
  // What the loader imports (the widget's chunk, whatever the bundler named it), with its static imports.
  const plain = withStaticImports(manifest, ['src/loader.ts', ...(manifest['src/loader.ts']?.dynamicImports ?? [])]);
  const markup = new Set([...plain, ...withStaticImports(manifest, ['src/security/sanitize.ts'])]);
  return [
    ['loader', measure(build.dir, ['leave-a-reply.js'])],
    ['to the first comments, plain text', measure(build.dir, plain)],
    ['to the first comments, with markup', measure(build.dir, markup)],
    ['everything', measure(build.dir, allScripts(build.dir))],
  ];
}
