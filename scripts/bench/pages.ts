/**
 * Serves blog pages for the benchmark from memory: a short bench post, an empty page for the render
 * benchmark, and the demo blog's review with and without the widget, each loading a given build's
 * script tag from /cdn/.
 */
import { readFileSync, existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import type { HostAndPort } from '../../src/data/host-and-port.js';
import { ROOT } from '../emulators.js';
import type { Build } from './builds.js';

export interface Emulated {
  projectId: string;
  firestore: HostAndPort;
  auth: HostAndPort;
}

const TYPES: Record<string, string> = { '.js': 'text/javascript', '.css': 'text/css', '.html': 'text/html', '.json': 'application/json' };
const REVIEW = join(ROOT, 'demo', '2026', '11', 'the-lighthouse-keeper', 'index.html');

/** `/bench/<thread>`: a short post whose comments are in view at once. */
function benchPost(emulated: Emulated, thread: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bench post</title></head>
<body><article><h1>Bench post</h1><p>Text.</p></article>
<leave-a-reply project-id="${emulated.projectId}" api-key="demo-api-key" thread="${thread}"
  firestore-emulator="${emulated.firestore.host}:${emulated.firestore.port}" auth-emulator="${emulated.auth.host}:${emulated.auth.port}"></leave-a-reply>
<script type="module" src="/cdn/leave-a-reply.js"></script></body></html>`;
}

/** How the review loads the widget: the README's script tag, the same at low priority, or not at all. */
type ReviewVariant = 'with-widget' | 'low-priority' | 'without-widget';

const SCRIPT_TAGS: Record<ReviewVariant, string> = {
  'with-widget': '<script type="module" src="/cdn/leave-a-reply.js"></script>',
  'low-priority': '<script type="module" async fetchpriority="low" src="/cdn/leave-a-reply.js"></script>',
  'without-widget': '',
};

/** The demo's review as a site owner deploys it. */
function review(emulated: Emulated, variant: ReviewVariant): string {
  const source = readFileSync(REVIEW, 'utf8');
  // A demo page that changed how it loads the widget would otherwise be measured without it.
  if (!/import '[./]*src\/loader\.ts';/.test(source)) throw new Error(`${REVIEW} no longer imports src/loader.ts: update review() in scripts/bench/pages.ts.`);
  const html = source
    .replaceAll('%VITE_LAR_PROJECT_ID%', emulated.projectId)
    .replaceAll('%VITE_LAR_FIRESTORE_EMULATOR%', `${emulated.firestore.host}:${emulated.firestore.port}`)
    .replaceAll('%VITE_LAR_AUTH_EMULATOR%', `${emulated.auth.host}:${emulated.auth.port}`)
    .replace(/<script type="module">\s*import '[./]*src\/loader\.ts';\s*<\/script>/, SCRIPT_TAGS[variant])
    // The demo's own scripts (its fake account chooser, its design and language switchers) are for the
    // demo server; a site owner's page has none.
    .replace(/<!-- Demo only:[\s\S]*?<\/script>/g, '');
  return variant === 'without-widget' ? html.replace(/<leave-a-reply[\s\S]*?<\/leave-a-reply>/, '') : html;
}

export interface PageServer {
  origin: string;
  /** Which build /cdn/ serves. */
  use(build: Build): void;
  close(): void;
}

export function servePages(emulated: Emulated): Promise<PageServer> {
  let build: Build | null = null;
  const respond = (path: string): [string, string | Buffer] | null => {
    if (path.startsWith('/cdn/') && build) {
      const file = normalize(join(build.dir, path.slice('/cdn/'.length)));
      return file.startsWith(build.dir) && existsSync(file) ? [TYPES[extname(file)] ?? 'application/octet-stream', readFileSync(file)] : null;
    }
    // Nothing but the script tag: the render benchmark adds its own widgets.
    if (path === '/render/') return ['text/html', '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Render</title></head><body><script type="module" src="/cdn/leave-a-reply.js"></script></body></html>'];
    if (path.startsWith('/bench/')) return ['text/html', benchPost(emulated, decodeURIComponent(path.slice('/bench'.length)))];
    const variant = /^\/review\/([\w-]+)\/$/.exec(path)?.[1];
    if (variant && variant in SCRIPT_TAGS) return ['text/html', review(emulated, variant as ReviewVariant)];
    if (path === '/blog.css') return ['text/css', readFileSync(join(ROOT, 'demo', 'blog.css'))];
    return null;
  };
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    const [type, body] = respond(path) ?? [];
    if (type && body !== undefined) response.writeHead(200, { 'content-type': type }).end(body);
    else response.writeHead(404).end();
  });
  return new Promise((done) =>
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      done({ origin: `http://127.0.0.1:${port}`, use: (next) => void (build = next), close: () => server.close() });
    }),
  );
}
