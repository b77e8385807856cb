/**
 * The attributes reference cannot drift: docs/attributes.md and the README's generated tables are what
 * the components' JSDoc gives today, through the same analyzer and script as `npm run docs:attributes`.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { attributesDoc, jsxTypings, readmeTables, withReadmeTables } from '../../scripts/docs-attributes.js';

const ROOT = resolve(import.meta.dirname, '../..');
let dir = '';
let manifest: Parameters<typeof attributesDoc>[0];

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'lar-manifest-'));
  // The analyzer joins --outdir to its working directory, so it gets a relative path.
  execFileSync(join(ROOT, 'node_modules', '.bin', 'cem'), ['analyze', '--quiet', '--outdir', relative(ROOT, dir)], { cwd: ROOT, stdio: 'pipe' });
  manifest = JSON.parse(readFileSync(join(dir, 'custom-elements.json'), 'utf8'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

test('the manifest names both tags, their attributes and the four events', () => {
  const elements = manifest.modules.flatMap((module) => module.declarations ?? []).filter((declaration) => declaration.customElement);
  const widget = elements.find((element) => element.tagName === 'leave-a-reply');
  const count = elements.find((element) => element.tagName === 'leave-a-reply-count');
  assert.ok(widget && count, 'both tags are in the manifest');
  assert.deepEqual(
    widget.events?.map((event) => [event.name, event.type?.text]),
    [
      ['lar-comment-posted', 'CommentPostedEvent'],
      ['lar-reply-target', 'ReplyTargetEvent'],
      ['lar-signed-in', 'SignedInEvent'],
      ['lar-signed-out', 'SignedOutEvent'],
    ],
  );
  const attributes = new Map(widget.attributes?.map((attribute) => [attribute.name, attribute]));
  for (const name of ['project-id', 'api-key', 'thread', 'loading', 'providers', 'closed', 'lang']) assert.ok(attributes.has(name), name);
  assert.equal(attributes.get('providers')?.default, 'guest');
  assert.equal(attributes.get('loading')?.default, 'lazy');
  assert.equal(attributes.get('project-id')?.default, undefined);
  // Paths a consumer can follow: the package ships dist/, not src/.
  for (const module of manifest.modules) assert.match(module.path, /^dist\/.*\.js$/);
  // The analyzer ran with a temporary --outdir and left package.json's pointer alone.
  assert.equal(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).customElements, 'custom-elements.json');
});

test('docs/attributes.md is what the manifest gives (npm run docs:attributes)', () => {
  assert.equal(readFileSync(join(ROOT, 'docs', 'attributes.md'), 'utf8'), attributesDoc(manifest));
});

test("the README's attribute tables are what the manifest gives (npm run docs:attributes)", () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  assert.equal(readme, withReadmeTables(readme, readmeTables(manifest)));
});

test('the JSX typings name every attribute of both tags', () => {
  const typings = jsxTypings(manifest);
  assert.match(typings, /'leave-a-reply': DetailedHTMLProps<HTMLAttributes<LeaveAReply>, LeaveAReply> & LeaveAReplyAttributes;/);
  assert.match(typings, /'leave-a-reply-count': DetailedHTMLProps<HTMLAttributes<LeaveAReplyCount>, LeaveAReplyCount>/);
  assert.match(typings, /'project-id'\?: string;/);
  assert.match(typings, /'closed'\?: boolean;/);
});
