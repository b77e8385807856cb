/**
 * `export`: every comment as JSON on stdout, threading and identity included, emails only with
 * --include-private, one thread with --thread, progress on stderr.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { admin, cli, FIXTURES, freshProject, gravatar, hashedUid } from './cli-env.js';

const project = freshProject('export');
const backend = admin(project);
after(() => backend.close());

interface Exported {
  project: string;
  comments: Array<{ id: string; thread: string; parentId: string | null; depth: number; status: string; author: Record<string, unknown> | null; text: string | null; createdAt: string; updatedAt: string; editedAt: string | null }>;
}

describe('export', () => {
  before(async () => {
    const imported = await cli(['--project', project, 'import', 'wordpress', join(FIXTURES, 'wordpress.xml')]);
    assert.equal(imported.code, 0, imported.stderr);
  });

  it('prints every comment, whatever its status, with its thread key, place and times; no emails', async () => {
    const run = await cli(['--project', project, 'export']);
    assert.equal(run.code, 0, run.stderr);
    const exported = JSON.parse(run.stdout) as Exported;
    assert.equal(exported.project, project);
    assert.equal(exported.comments.length, 23);
    assert.doesNotMatch(run.stdout, /"email"|@example\.com/);
    assert.deepEqual(exported.comments.find((comment) => comment.id === 'wp-102'), {
      id: 'wp-102',
      thread: '/2024/03/cafe-at-the-end-of-the-pier',
      parentId: 'wp-101',
      depth: 1,
      status: 'published',
      author: { uid: hashedUid('wordpress', 'grace@example.com'), name: 'Grace Hopper', website: 'http://grace.example.net/', provider: 'guest', avatar: gravatar('grace@example.com') },
      text: 'I learned to fish off <a href="https://example.org/pier" rel="nofollow">this very pier</a>. 🎣🌊',
      createdAt: '2024-03-04T11:02:30.000Z',
      updatedAt: '2024-03-04T11:02:30.000Z',
      editedAt: null,
    });
    assert.deepEqual(
      ['wp-105', 'wp-106'].map((id) => exported.comments.find((comment) => comment.id === id)?.status),
      ['pending', 'spam'],
    );
    // Progress goes to stderr, as a count when stderr is not a terminal.
    assert.match(run.stderr, /Exported: 23\/23/);
  });

  it('--include-private adds each email from private/contact', async () => {
    const run = await cli(['--project', project, 'export', '--include-private']);
    assert.equal(run.code, 0, run.stderr);
    const byId = new Map((JSON.parse(run.stdout) as Exported).comments.map((comment) => [comment.id, comment]));
    assert.equal(byId.get('wp-101')?.author?.['email'], 'Ada@Example.com');
    assert.equal(byId.get('wp-113')?.author?.['email'], null);
    assert.equal([...byId.values()].filter((comment) => typeof comment.author?.['email'] === 'string').length, 22);
  });

  it('--thread exports one thread, with or without the emails', async () => {
    const run = await cli(['--project', project, 'export', '--thread', '/about', '--include-private']);
    assert.equal(run.code, 0, run.stderr);
    const { comments } = JSON.parse(run.stdout) as Exported;
    assert.deepEqual(comments.map((comment) => [comment.id, comment.thread, comment.author?.['name'], comment.author?.['email']]), [['wp-301', '/about', "Zoë Ö'Brien", 'zoe@example.com']]);
    const plain = JSON.parse((await cli(['--project', project, 'export', '--thread', '/?p=42'])).stdout) as Exported;
    assert.equal(plain.comments.length, 12);
    assert.ok(plain.comments.every((comment) => comment.thread === '/?p=42' && !('email' in (comment.author ?? {}))));
  });

  it('an empty project or thread is an empty list', async () => {
    const run = await cli(['--project', project, 'export', '--thread', '/nothing-here']);
    assert.equal(run.code, 0, run.stderr);
    assert.deepEqual((JSON.parse(run.stdout) as Exported).comments, []);
  });
});
