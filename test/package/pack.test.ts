/**
 * The package as a new user meets it: packed from a clean copy of the repository (what `npm publish`
 * packs: `prepack` builds first), installed from the tarball into a fresh Vite + TypeScript app, type-
 * checked and built there, and rendered in Chromium. Prints the tarball's size and file count and the
 * app's entry size; the shared dist/ of this working tree is never touched (the build runs in the copy).
 *
 * Needs the npm registry or npm's cache for the app's own dependencies (vite, typescript, @types/react),
 * and /usr/bin/chromium (or CHROME_PATH): never a downloaded browser.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import puppeteer, { type Browser } from 'puppeteer-core';

const ROOT = resolve(import.meta.dirname, '../..');
const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';
/**
 * Measured at 424 KB packed, 277 files (npm run test:package prints it), with room for growth; before
 * this limit, the script-tag build's source maps alone made the tarball 1 MB.
 */
const TARBALL_LIMIT = 500 * 1024;
const MINUTES = 60_000;

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  name: string;
  exports: Record<string, string | Record<string, string>>;
};
const installedVersion = (name: string) => (JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;

let work = '';
let tarball = '';
let packed: { size: number; unpackedSize: number; entryCount: number; files: Array<{ path: string; size: number }> };
const cleanups: Array<() => unknown> = [];

function run(command: string, args: string[], cwd: string): string {
  try {
    return execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    // tsc and vite report on stdout: the failure should say what they said.
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    throw new Error(`${command} ${args.join(' ')} failed in ${cwd}:\n${stdout ?? ''}\n${stderr ?? ''}`, { cause: error });
  }
}

before(
  () => {
    work = mkdtempSync(join(tmpdir(), 'lar-package-'));
    cleanups.push(() => rmSync(work, { recursive: true, force: true }));
    // A clean checkout: the files git tracks, and the new ones it would, as they are now; no dist/.
    const copy = join(work, 'repo');
    const files = run('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], ROOT).split('\0').filter(Boolean);
    for (const file of files) {
      const from = join(ROOT, file);
      if (!existsSync(from) || !statSync(from).isFile()) continue; // deleted in the working tree
      mkdirSync(dirname(join(copy, file)), { recursive: true });
      copyFileSync(from, join(copy, file));
    }
    symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'), 'dir');
    const started = performance.now();
    const output = run('npm', ['pack', '--json', '--pack-destination', work], copy);
    // The build's own output comes first, on the same stdout; npm's JSON is the last thing printed.
    const [result] = JSON.parse(output.slice(output.lastIndexOf('\n[\n') + 1)) as [typeof packed & { filename: string }];
    packed = result;
    tarball = join(work, result.filename);
    console.log(
      `npm pack (with its build): ${((performance.now() - started) / 1000).toFixed(1)} s; ${result.filename}: ` +
        `${(result.size / 1024).toFixed(1)} KB packed, ${(result.unpackedSize / 1024).toFixed(1)} KB unpacked, ${result.entryCount} files`,
    );
    const groups = new Map<string, number>();
    for (const file of result.files) {
      const group = /^dist\/cdn\//.test(file.path) ? 'dist/cdn (script tag)' : /^dist\/cli\//.test(file.path) ? 'dist/cli' : /\.js\.map$/.test(file.path) ? 'dist **/*.js.map' : /\.d\.ts$/.test(file.path) ? 'dist **/*.d.ts' : /^dist\/.*\.js$/.test(file.path) ? 'dist **/*.js (npm build)' : 'other';
      groups.set(group, (groups.get(group) ?? 0) + file.size);
    }
    console.log(`unpacked by part: ${[...groups].map(([group, bytes]) => `${group} ${(bytes / 1024).toFixed(1)} KB`).join(', ')}`);
  },
  { timeout: 15 * MINUTES },
);

after(async () => {
  for (const cleanup of cleanups.reverse()) {
    try {
      await cleanup();
    } catch (error) {
      console.error('cleanup:', error);
    }
  }
});

test('the tarball holds the built code and types of every export, the rules and the manifest, and nothing else', () => {
  const paths = new Set(packed.files.map((file) => file.path));
  for (const [entry, target] of Object.entries(pkg.exports)) {
    for (const file of typeof target === 'string' ? [target] : Object.values(target)) assert.ok(paths.has(file.replace(/^\.\//, '')), `${entry}: ${file}`);
  }
  for (const file of ['package.json', 'README.md', 'LICENSE', 'custom-elements.json', 'firestore.rules', 'firestore.indexes.json', 'firebase.json', 'dist/cli/main.js', 'dist/cdn/leave-a-reply.js']) {
    assert.ok(paths.has(file), file);
  }
  assert.ok([...paths].some((path) => /^dist\/cdn\/chunks\/define-.*\.js$/.test(path)), 'the script-tag build and its chunks');
  const unwanted = [...paths].filter((path) => /^(src|test|demo|scripts|docs|\.cache|node_modules)\//.test(path) || /\.map$/.test(path) || path.startsWith('dist/cdn/.vite/'));
  assert.deepEqual(unwanted, []);
  assert.ok(packed.size < TARBALL_LIMIT, `${packed.size} bytes packed, over ${TARBALL_LIMIT}`);
});

test('the manifest in the tarball is the one package.json names, with both tags', () => {
  const manifest = JSON.parse(run('tar', ['-xOzf', tarball, 'package/custom-elements.json'], work)) as {
    modules: Array<{ declarations?: Array<{ tagName?: string }> }>;
  };
  const packedPackage = JSON.parse(run('tar', ['-xOzf', tarball, 'package/package.json'], work)) as { customElements?: string };
  assert.equal(packedPackage.customElements, 'custom-elements.json');
  const tags = manifest.modules.flatMap((module) => module.declarations ?? []).map((declaration) => declaration.tagName);
  assert.ok(tags.includes('leave-a-reply') && tags.includes('leave-a-reply-count'), String(tags));
});

/** A new user's app: what `npm create vite` (vanilla-ts) gives, plus a React component for the JSX typings. */
function writeApp(app: string, closedPort: number) {
  const files: Record<string, string> = {
    'package.json': JSON.stringify({
      name: 'fresh-app',
      private: true,
      type: 'module',
      dependencies: { 'leave-a-reply': `file:${tarball}` },
      devDependencies: { vite: installedVersion('vite'), typescript: installedVersion('typescript'), '@types/react': '^19.0.0' },
    }),
    'tsconfig.json': JSON.stringify({
      compilerOptions: {
        target: 'ES2022',
        module: 'ESNext',
        lib: ['ES2022', 'DOM', 'DOM.Iterable'],
        moduleResolution: 'bundler',
        jsx: 'react-jsx',
        strict: true,
        noEmit: true,
        skipLibCheck: true,
        types: [],
      },
      include: ['src'],
    }),
    'index.html': `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8"><title>A post</title></head>
  <body>
    <leave-a-reply id="unconfigured" loading="eager"></leave-a-reply>
    <leave-a-reply id="configured" loading="eager" project-id="demo-package" api-key="fake-api-key"
      firestore-emulator="127.0.0.1:${closedPort}" auth-emulator="127.0.0.1:${closedPort}" thread="/a-post/"></leave-a-reply>
    <script type="module" src="/src/main.ts"></script>
  </body>
</html>
`,
    'src/main.ts': `import 'leave-a-reply/define.js';
import type { CommentPostedEvent } from 'leave-a-reply';

const widget = document.querySelector('leave-a-reply')!;
const thread: string | null = widget.thread;
widget.addEventListener('lar-comment-posted', (event) => {
  const id: string = event.commentId;
  const parent: string | null = event.parentId;
  console.log(thread, id, parent);
});
document.addEventListener('lar-signed-in', (event) => console.log(event.provider));
widget.addEventListener('lar-reply-target', (event) => console.log(event.comment?.id));
const posted = (event: CommentPostedEvent) => console.log(event.thread);
widget.addEventListener('lar-comment-posted', posted);
// @ts-expect-error The events are typed: a misspelt field does not type-check.
widget.addEventListener('lar-comment-posted', (event) => event.commentID);
`,
    'src/comments.tsx': `import type {} from 'leave-a-reply/jsx';

export const Comments = ({ slug }: { slug: string }) => (
  <leave-a-reply thread={slug} project-id="my-blog" api-key="AIza" providers="guest github" closed />
);
export const Count = ({ slug }: { slug: string }) => <leave-a-reply-count thread={slug} project-id="my-blog" api-key="AIza" />;
// @ts-expect-error closed is a boolean attribute.
export const Wrong = () => <leave-a-reply closed="yes" />;
`,
  };
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(app, file)), { recursive: true });
    writeFileSync(join(app, file), text);
  }
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  await new Promise((done) => server.close(done));
  assert.ok(address && typeof address === 'object');
  return address.port;
}

async function waitForHttp(url: string, process: ChildProcess, timeout: number) {
  const until = Date.now() + timeout;
  while (Date.now() < until) {
    if (process.exitCode !== null) throw new Error(`vite preview exited with ${process.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((done) => setTimeout(done, 200));
  }
  throw new Error(`${url} did not answer within ${timeout} ms`);
}

test('installed into a fresh Vite + TypeScript app, it type-checks, splits, and renders', { timeout: 15 * MINUTES }, async (t) => {
  const app = join(work, 'app');
  const closedPort = await freePort();
  writeApp(app, closedPort);

  await t.test('npm install from the tarball', () => {
    const started = performance.now();
    run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], app);
    console.log(`npm install in the app: ${((performance.now() - started) / 1000).toFixed(1)} s`);
  });

  await t.test('tsc --noEmit: the tag map, the properties, the typed events and the JSX typings', () => {
    run(process.execPath, [join(app, 'node_modules/typescript/bin/tsc'), '--noEmit', '-p', app], app);
  });

  await t.test('vite build: Firestore and Auth in lazy chunks', () => {
    run(process.execPath, [join(app, 'node_modules/vite/bin/vite.js'), 'build', '--manifest', '--logLevel', 'warn'], app);
    const out = join(app, 'dist');
    const manifest = JSON.parse(readFileSync(join(out, '.vite/manifest.json'), 'utf8')) as Record<string, { file: string; isEntry?: boolean; imports?: string[] }>;
    const entryKey = Object.keys(manifest).find((key) => manifest[key]?.isEntry);
    assert.ok(entryKey, 'an entry chunk');
    // What the page loads before any import(): the entry and what it imports statically.
    const eager = new Set<string>();
    const visit = (key: string) => {
      const chunk = manifest[key];
      if (!chunk || eager.has(chunk.file)) return;
      eager.add(chunk.file);
      chunk.imports?.forEach(visit);
    };
    visit(entryKey);
    const chunks = readdirSync(join(out, 'assets')).filter((file) => file.endsWith('.js')).map((file) => `assets/${file}`);
    const code = new Map(chunks.map((file) => [file, readFileSync(join(out, file))]));
    const gzip = (files: string[]) => files.reduce((sum, file) => sum + gzipSync(code.get(file) ?? '').length, 0);
    // Strings only each SDK has (the Firestore service's name, the Auth API's host), which minifying keeps.
    const holding = (marker: string) => chunks.filter((file) => code.get(file)?.includes(marker));
    const firestore = holding('google.firestore.v1.Firestore');
    const auth = holding('identitytoolkit.googleapis.com');
    const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
    console.log(
      `vite build: entry ${kb(gzip([...eager]))} gzip (${[...eager].join(', ')}); Firestore ${kb(gzip(firestore))} gzip ` +
        `(${firestore.join(', ')}); Auth ${kb(gzip(auth))} gzip (${auth.join(', ')}); ${chunks.length} chunks in all`,
    );
    assert.ok(firestore.length > 0 && auth.length > 0, 'the Firestore and Auth SDKs are in the build');
    assert.deepEqual(firestore.filter((file) => eager.has(file)), [], 'Firestore loads lazily');
    assert.deepEqual(auth.filter((file) => eager.has(file)), [], 'Auth loads lazily');
  });

  await t.test('vite preview in Chromium: both elements upgrade and show the widget', async () => {
    const port = await freePort();
    const preview = spawn(process.execPath, [join(app, 'node_modules/vite/bin/vite.js'), 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
      cwd: app,
      stdio: 'ignore',
    });
    cleanups.push(() => preview.exitCode === null && preview.kill());
    const url = `http://127.0.0.1:${port}/`;
    await waitForHttp(url, preview, 30_000);

    const browser: Browser = await puppeteer.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    cleanups.push(() => browser.close());
    const page = await browser.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(String(error)));
    await page.goto(url, { waitUntil: 'load' });

    // Without project-id and api-key: the element is defined, renders into its shadow root and says so.
    await page.waitForFunction(() => document.querySelector('#unconfigured')?.shadowRoot?.textContent?.includes('Comments are unavailable on this page.'), {
      timeout: 30_000,
    });
    // Configured (against an emulator port nobody listens on): the thread renders inside the widget.
    const threadText = await page.waitForFunction(
      () => {
        const thread = document.querySelector('#configured')?.shadowRoot?.querySelector('lar-comment-thread');
        const text = thread?.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim();
        return customElements.get('lar-comment-thread') && text ? text : null;
      },
      { timeout: 30_000 },
    );
    const upgraded = await page.evaluate(() => document.querySelector('#configured') instanceof (customElements.get('leave-a-reply') as CustomElementConstructor));
    console.log(`rendered: unconfigured shows the unavailable notice; configured thread shows "${String(await threadText.jsonValue()).slice(0, 80)}"`);
    assert.ok(upgraded, 'the configured element is an instance of the defined class');
    assert.deepEqual(pageErrors, []);
  });
});
