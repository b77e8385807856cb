/**
 * `import disqus` with test/cli/fixtures/disqus.xml: threads keyed by their link (tracking parameters
 * dropped) or, without one, their identifier; Disqus accounts and anonymous authors; spam, deleted,
 * unapproved; replies; a second run; a broken file.
 */
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { admin, cli, FIXTURES, freshProject, gravatar, hashedUid, importedOnce, lineOf, scratchFolder } from './cli-env.js';

const FIXTURE = join(FIXTURES, 'disqus.xml');
const project = freshProject('dsq');
const backend = admin(project);
after(() => backend.close());

describe('import disqus', () => {
  const imported = importedOnce(project, backend, 'disqus', FIXTURE);
  const { comment } = imported;

  it('reports counts per thread and in total', () => {
    assert.equal(imported.run.code, 0, imported.run.stderr);
    const lines = imported.run.stdout.split('\n');
    assert.ok(lines.includes('/2019/05/old-slug: 6 new (4 published, 1 pending, 1 spam); 0 already there; skipped 1 deleted; 1 moved up (parent skipped or not published)'), imported.run.stdout);
    assert.ok(lines.includes('guestbook: 1 new (1 published, 0 pending, 0 spam); 0 already there'), imported.run.stdout);
    assert.ok(lines.includes('/2019/07/removed: 0 new (0 published, 0 pending, 0 spam); 0 already there; skipped 1 deleted'), imported.run.stdout);
    assert.match(imported.run.stdout, /^Total \(3 threads\): 7 new \(5 published, 1 pending, 1 spam\); 0 already there; skipped 2 deleted/m);
    assert.deepEqual([...imported.stored.keys()].sort(), ['disqus-2001', 'disqus-2002', 'disqus-2003', 'disqus-2004', 'disqus-2006', 'disqus-2007', 'disqus-2008']);
  });

  it('keys a thread by its link without tracking parameters, or by its identifier without a link', () => {
    assert.equal(comment('disqus-2001').thread, '/2019/05/old-slug');
    assert.equal(comment('disqus-2008').thread, 'guestbook');
  });

  it('maps spam, unapproved and deleted, and threads the replies', () => {
    assert.equal(comment('disqus-2004').data['status'], 'spam');
    assert.equal(comment('disqus-2007').data['status'], 'pending');
    assert.deepEqual([comment('disqus-2002').data['parentId'], comment('disqus-2002').data['depth']], ['disqus-2001', 1]);
    assert.deepEqual([comment('disqus-2003').data['parentId'], comment('disqus-2003').data['depth']], ['disqus-2002', 2]);
    const root = comment('disqus-2001').data['createdAt'] as { isEqual(other: unknown): boolean };
    assert.ok(root.isEqual(comment('disqus-2003').data['rootCreatedAt']));
    // Its parent was deleted: top level.
    assert.deepEqual([comment('disqus-2006').data['parentId'], comment('disqus-2006').data['depth']], [null, 0]);
  });

  it('a Disqus account is disqus:<username>; an anonymous author is hashed; emails only in private/contact', () => {
    assert.deepEqual(comment('disqus-2001').data['author'], { uid: 'disqus:janedoe', name: 'Jane Doe', website: null, provider: 'guest', avatar: gravatar('jane@example.com') });
    assert.deepEqual(comment('disqus-2001').contact, { uid: 'disqus:janedoe', email: 'jane@example.com' });
    assert.deepEqual(comment('disqus-2002').data['author'], {
      uid: hashedUid('disqus', 'guest@example.net'),
      name: 'Guest Reader',
      website: null,
      provider: 'guest',
      avatar: gravatar('guest@example.net'),
    });
    assert.deepEqual(comment('disqus-2002').contact, { uid: hashedUid('disqus', 'guest@example.net'), email: 'Guest@Example.net' });
    assert.deepEqual(comment('disqus-2006').contact, { uid: hashedUid('disqus', 'dan'), email: null });
    assert.equal((comment('disqus-2006').data['author'] as { avatar: unknown }).avatar, null);
    for (const [id, { data }] of imported.stored) assert.doesNotMatch(JSON.stringify(data), /@example\.(com|net)/i, id);
  });

  it('keeps odd characters and HTML as written', () => {
    assert.equal((comment('disqus-2008').data['author'] as { name: string }).name, 'נועה');
    assert.equal(comment('disqus-2008').data['text'], '<p>שלום! Hello from the guestbook 📖</p>');
    assert.equal(comment('disqus-2002').data['text'], '<p>Agreed &amp; seconded.</p>');
    assert.equal((comment('disqus-2003').data['createdAt'] as { toDate(): Date }).toDate().toISOString(), '2019-05-02T12:45:00.000Z');
  });

  it('a second run creates nothing', async () => {
    const again = await cli(['--project', project, 'import', 'disqus', FIXTURE]);
    assert.equal(again.code, 0, again.stderr);
    assert.match(again.stdout, /^Total \(3 threads\): 0 new \(0 published, 0 pending, 0 spam\); 7 already there/m);
    assert.match(again.stdout, /Nothing new/);
    assert.equal((await backend.firestore.collectionGroup('comments').get()).size, 7);
  });

  it('a post of a thread not in the file, or without a date, stops with its line; nothing written', async () => {
    const other = freshProject('dsq-bad');
    const check = admin(other);
    try {
      const source = readFileSync(FIXTURE, 'utf8');
      const broken = source.replace('<thread dsq:id="1002" />', '<thread dsq:id="4242" />').replace('<createdAt>2019-05-04T09:00:00Z</createdAt>', '<createdAt></createdAt>');
      const file = join(scratchFolder(), 'disqus-broken.xml');
      writeFileSync(file, broken);
      const failed = await cli(['--project', other, 'import', 'disqus', file]);
      assert.equal(failed.code, 1);
      assert.match(failed.stderr, new RegExp(`disqus-broken\\.xml:${lineOf(broken, '<post dsq:id="2008">')}: post 2008 belongs to thread "4242", which is not in the file`));
      assert.match(failed.stderr, new RegExp(`disqus-broken\\.xml:${lineOf(broken, '<post dsq:id="2007">')}: post 2007 has no date`));
      assert.equal((await check.firestore.collectionGroup('comments').get()).size, 0);
    } finally {
      await check.close();
    }
  });
});
