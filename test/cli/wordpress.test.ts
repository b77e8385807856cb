/**
 * `import wordpress` with test/cli/fixtures/wordpress.xml, a WXR 1.2 export of three posts: what lands
 * in Firestore (statuses, threading, the depth cap, re-parenting, pingbacks, private emails, avatars,
 * odd characters, HTML as written), a second run, --dry-run, --map, and broken files that stop with
 * their line number before anything is written.
 */
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { admin, cli, FIXTURES, freshProject, gravatar, hashedUid, importedOnce, lineOf, scratchFolder, storedComments } from './cli-env.js';

const FIXTURE = join(FIXTURES, 'wordpress.xml');
const CAFE = '/2024/03/cafe-at-the-end-of-the-pier';
const projects: Array<ReturnType<typeof admin>> = [];
const fresh = (name: string) => {
  const project = freshProject(name);
  const backend = admin(project);
  projects.push(backend);
  return { project, backend };
};
after(() => Promise.all(projects.map((backend) => backend.close())));

describe('import wordpress', () => {
  const { project, backend } = fresh('wp');
  const imported = importedOnce(project, backend, 'wordpress', FIXTURE);
  const { comment } = imported;

  it('reports counts per thread and in total', () => {
    assert.equal(imported.run.code, 0, imported.run.stderr);
    const lines = imported.run.stdout.split('\n');
    assert.ok(lines.includes(`${CAFE}: 10 new (8 published, 1 pending, 1 spam); 0 already there; skipped 1 trashed, 2 pingbacks/trackbacks; 2 moved up (parent skipped or not published)`), imported.run.stdout);
    assert.ok(lines.includes('/?p=42: 12 new (12 published, 0 pending, 0 spam); 0 already there; 2 attached at the tenth level'), imported.run.stdout);
    assert.ok(lines.includes('/about: 1 new (1 published, 0 pending, 0 spam); 0 already there'), imported.run.stdout);
    assert.match(imported.run.stdout, /^Total \(3 threads\): 23 new \(21 published, 1 pending, 1 spam\); 0 already there; skipped 1 trashed, 2 pingbacks\/trackbacks/m);
    assert.match(imported.run.stdout, new RegExp(`Imported 23 comments into project ${project}`));
    assert.match(imported.run.stderr, /Read and checked in [\d.]+ s, Firestore [\d.]+ s, [\d.]+ s in all; peak memory \d+ MB\./);
    assert.equal(imported.stored.size, 23);
  });

  it('keys threads as the widget keys pages: the path, and the query of a plain permalink', () => {
    assert.equal(comment('wp-101').thread, CAFE);
    assert.equal(comment('wp-201').thread, '/?p=42');
    assert.equal(comment('wp-301').thread, '/about');
  });

  it('maps approved, pending and spam; leaves out the trash, pingbacks and trackbacks', () => {
    const statuses = Object.fromEntries([...imported.stored].map(([id, { data }]) => [id, data['status']]));
    assert.equal(statuses['wp-101'], 'published');
    assert.equal(statuses['wp-105'], 'pending');
    assert.equal(statuses['wp-106'], 'spam');
    for (const id of ['wp-107', 'wp-108', 'wp-109']) assert.equal(imported.stored.has(id), false, `${id} was imported`);
  });

  it('writes exactly the fields the widget writes, with the source date as createdAt and updatedAt', () => {
    const { data } = comment('wp-102');
    assert.deepEqual(Object.keys(data).sort(), ['author', 'createdAt', 'depth', 'parentId', 'rootCreatedAt', 'status', 'text', 'updatedAt']);
    assert.deepEqual(Object.keys(data['author'] as object).sort(), ['avatar', 'name', 'provider', 'uid', 'website']);
    const created = (data['createdAt'] as { toDate(): Date }).toDate();
    assert.equal(created.toISOString(), '2024-03-04T11:02:30.000Z');
    assert.equal((data['updatedAt'] as { toDate(): Date }).toDate().toISOString(), created.toISOString());
    // No GMT date in the export: the local one.
    assert.equal((comment('wp-301').data['createdAt'] as { toDate(): Date }).toDate().toISOString(), '2024-05-01T09:00:00.000Z');
  });

  it('threads replies under their parents, with the top-level comment\'s exact time as rootCreatedAt', () => {
    const place = (id: string) => [comment(id).data['parentId'], comment(id).data['depth']];
    assert.deepEqual(place('wp-101'), [null, 0]);
    assert.deepEqual(place('wp-102'), ['wp-101', 1]);
    assert.deepEqual(place('wp-103'), ['wp-102', 2]);
    assert.deepEqual(place('wp-104'), ['wp-103', 3]);
    assert.equal(comment('wp-101').data['rootCreatedAt'], null);
    const root = comment('wp-101').data['createdAt'] as { isEqual(other: unknown): boolean };
    for (const id of ['wp-102', 'wp-103', 'wp-104']) assert.ok(root.isEqual(comment(id).data['rootCreatedAt']), id);
  });

  it('hangs a reply deeper than ten levels under its ancestor at depth 8', () => {
    const depths = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`wp-${201 + i}`, [comment(`wp-${201 + i}`).data['parentId'], comment(`wp-${201 + i}`).data['depth']]]));
    assert.deepEqual(depths['wp-209'], ['wp-208', 8]);
    assert.deepEqual(depths['wp-210'], ['wp-209', 9]);
    assert.deepEqual(depths['wp-211'], ['wp-209', 9]);
    assert.deepEqual(depths['wp-212'], ['wp-209', 9]);
    const root = comment('wp-201').data['createdAt'] as { isEqual(other: unknown): boolean };
    assert.ok(root.isEqual(comment('wp-212').data['rootCreatedAt']));
  });

  it('moves a published reply up when its parent is trashed or not published', () => {
    // wp-110 answers the pending wp-105: top level. wp-111 answers the trashed wp-107 (a reply to wp-101).
    assert.deepEqual([comment('wp-110').data['parentId'], comment('wp-110').data['depth'], comment('wp-110').data['rootCreatedAt']], [null, 0, null]);
    assert.deepEqual([comment('wp-111').data['parentId'], comment('wp-111').data['depth']], ['wp-101', 1]);
  });

  it('keeps emails in private/contact only; uid and Gravatar from the email, or from the name without one', () => {
    for (const [id, { data }] of imported.stored) assert.doesNotMatch(JSON.stringify(data), /@example\.com|@spam\.example/i, id);
    const ada = comment('wp-101');
    assert.deepEqual(ada.contact, { uid: hashedUid('wordpress', 'ada@example.com'), email: 'Ada@Example.com' });
    assert.deepEqual(ada.data['author'], {
      uid: hashedUid('wordpress', 'ada@example.com'),
      name: 'Ada Lovelace',
      website: 'https://ada.example.org/',
      provider: 'guest',
      avatar: gravatar('ada@example.com'),
    });
    const anonymous = comment('wp-113');
    assert.deepEqual(anonymous.data['author'], { uid: hashedUid('wordpress', ''), name: 'Anonymous', website: null, provider: 'guest', avatar: null });
    assert.deepEqual(anonymous.contact, { uid: hashedUid('wordpress', ''), email: null });
  });

  it('keeps odd characters and the HTML as written (the widget sanitizes on display)', () => {
    assert.equal((comment('wp-104').data['author'] as { name: string }).name, 'مريم الأحمد');
    assert.equal(comment('wp-104').data['text'], 'شكراً على هذه القصة الجميلة!');
    assert.match(comment('wp-102').data['text'] as string, /🎣🌊$/);
    assert.deepEqual(comment('wp-112').data['author'], {
      uid: hashedUid('wordpress', 'tj@example.com'),
      name: 'Tom & Jerry',
      website: 'https://toons.example/',
      provider: 'guest',
      avatar: gravatar('tj@example.com'),
    });
    // A CDATA section split around "]]>", as WordPress writes one.
    assert.equal(comment('wp-112').data['text'], '<p>In XML, <code>]]&gt;</code> ends a CDATA section: ]]> like that.</p>');
    assert.equal(
      comment('wp-103').data['text'],
      '<blockquote>learned to fish</blockquote>Same here!<script>window.__importedScriptRan = true;</script> <img src="x" onerror="window.__importedScriptRan = true">',
    );
    assert.equal(comment('wp-101').data['text'], '<p>What a <strong>lovely</strong> piece &amp; the <em>scones</em> sound perfect!</p>');
  });

  it('a second run creates nothing, says so, and leaves what a moderator changed as it is', async () => {
    await backend.firestore.doc(`threads/${encodeURIComponent(CAFE)}/comments/wp-105`).update({ status: 'published' });
    const again = await cli(['--project', project, 'import', 'wordpress', FIXTURE]);
    assert.equal(again.code, 0, again.stderr);
    assert.match(again.stdout, /^Total \(3 threads\): 0 new \(0 published, 0 pending, 0 spam\); 23 already there/m);
    assert.match(again.stdout, new RegExp(`Nothing new: every comment of .*wordpress\\.xml is already in project ${project}`));
    const now = await storedComments(backend);
    assert.equal(now.size, 23);
    assert.equal(now.get('wp-105')?.data['status'], 'published');
  });
});

describe('import wordpress: options', () => {
  it('--keep-pingbacks imports pingbacks and trackbacks as comments', async () => {
    const { project, backend } = fresh('wp-pings');
    const run = await cli(['--project', project, 'import', 'wordpress', FIXTURE, '--keep-pingbacks']);
    assert.equal(run.code, 0, run.stderr);
    const stored = await storedComments(backend);
    assert.equal(stored.size, 25);
    assert.equal((stored.get('wp-108')?.data['author'] as { name: string }).name, 'Pier Lovers &#187; Ten piers to visit');
    assert.equal((stored.get('wp-109')?.data['author'] as { website: string }).website, 'https://seaside.example/weekly/12');
    assert.equal(stored.get('wp-108')?.contact?.['email'], null);
  });

  it('--dry-run prints what would be written and writes nothing', async () => {
    const { project, backend } = fresh('wp-dry');
    const run = await cli(['--project', project, 'import', 'wordpress', FIXTURE, '--dry-run']);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /would write threads\/%2F2024%2F03%2Fcafe-at-the-end-of-the-pier\/comments\/wp-102 \(published, reply to wp-101, depth 1\) by Grace Hopper, 2024-03-04T11:02:30\.000Z/);
    assert.match(run.stdout, /would write threads\/%2F%3Fp%3D42\/comments\/wp-212 \(published, reply to wp-209, depth 9\)/);
    assert.equal(run.stdout.match(/^would write /gm)?.length, 23);
    assert.match(run.stdout, /^Total \(3 threads\): 23 new/m);
    assert.match(run.stdout, new RegExp(`Dry run: nothing was written to project ${project}`));
    assert.equal((await backend.firestore.collectionGroup('comments').get()).size, 0);
    assert.equal((await backend.firestore.collectionGroup('private').get()).size, 0);
  });

  it('--map and --map-file put a post under its new address; a map that matches nothing is a warning', async () => {
    const { project, backend } = fresh('wp-map');
    const folder = scratchFolder();
    writeFileSync(join(folder, 'moved.txt'), '# old new\n/?p=42 /2024/04/a-very-long-conversation\n');
    const run = await cli([
      '--project', project, 'import', 'wordpress', FIXTURE,
      '--map', `${CAFE}=/cafe`, '--map', '/no-such-post=/x', '--map-file', join(folder, 'moved.txt'),
    ]);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /Warning: --map \/no-such-post matched no thread/);
    const stored = await storedComments(backend);
    assert.equal(stored.get('wp-101')?.thread, '/cafe');
    assert.equal(stored.get('wp-201')?.thread, '/2024/04/a-very-long-conversation');
    assert.equal(stored.get('wp-301')?.thread, '/about');
  });
});

describe('import wordpress: broken exports stop before the first write', () => {
  const source = readFileSync(FIXTURE, 'utf8');

  it('a truncated file fails with its line number, and nothing is written', async () => {
    const { project, backend } = fresh('wp-cut');
    const file = join(scratchFolder(), 'export-truncated.xml');
    // Cut in the middle of the second post's comments, as an interrupted download would.
    const cut = source.slice(0, source.indexOf('Level 7 reply.'));
    writeFileSync(file, cut);
    const run = await cli(['--project', project, 'import', 'wordpress', file]);
    assert.equal(run.code, 1);
    const match = /^error: .*export-truncated\.xml:(\d+): malformed XML: (.+)$/m.exec(run.stderr);
    assert.ok(match, run.stderr);
    assert.ok(Number(match[1]) >= 1 && Number(match[1]) <= cut.split('\n').length, `line ${match[1]}`);
    assert.match(run.stderr, /Nothing was imported: fix the export/);
    assert.equal((await backend.firestore.collectionGroup('comments').get()).size, 0);
  });

  it('a comment without text, without a date, without an ID, or replying to a comment not in the file: every line named', async () => {
    const { project, backend } = fresh('wp-bad');
    const broken = source
      .replace('<wp:comment_content><![CDATA[Is the café open in winter?]]></wp:comment_content>', '<wp:comment_content><![CDATA[  ]]></wp:comment_content>')
      .replace(/(<wp:comment_id>110<\/wp:comment_id>[\s\S]*?)<wp:comment_date><!\[CDATA\[[^\]]*\]\]><\/wp:comment_date>\s*<wp:comment_date_gmt><!\[CDATA\[[^\]]*\]\]><\/wp:comment_date_gmt>/, '$1')
      .replace('<wp:comment_id>113</wp:comment_id>', '<wp:comment_id></wp:comment_id>')
      .replace('<wp:comment_parent>102</wp:comment_parent>', '<wp:comment_parent>999</wp:comment_parent>');
    const file = join(scratchFolder(), 'broken.xml');
    writeFileSync(file, broken);
    const run = await cli(['--project', project, 'import', 'wordpress', file]);
    assert.equal(run.code, 1);
    const lineOfComment = (id: string) => lineOf(broken, `<wp:comment>\n\t\t\t<wp:comment_id>${id}</wp:comment_id>`);
    assert.match(run.stderr, new RegExp(`broken\\.xml:${lineOfComment('105')}: comment 105 \\(post 7\\) has no text`));
    assert.match(run.stderr, new RegExp(`broken\\.xml:${lineOfComment('110')}: comment 110 \\(post 7\\) has no date`));
    assert.match(run.stderr, new RegExp(`broken\\.xml:${lineOfComment('')}: comment \\? \\(post 7\\): <wp:comment_id> is missing`));
    assert.match(run.stderr, /broken\.xml:\d+: malformed|Nothing was imported/);
    assert.equal((await backend.firestore.collectionGroup('comments').get()).size, 0);

    // With those fixed, the parent that is not in the file is what is left.
    const orphan = source.replace('<wp:comment_parent>102</wp:comment_parent>', '<wp:comment_parent>999</wp:comment_parent>');
    writeFileSync(file, orphan);
    const again = await cli(['--project', project, 'import', 'wordpress', file]);
    assert.equal(again.code, 1);
    assert.match(again.stderr, new RegExp(`broken\\.xml:${lineOf(orphan, '<wp:comment>\n\t\t\t<wp:comment_id>103</wp:comment_id>')}: comment 103 \\(post 7\\) replies to 999, which is not in the file`));
    assert.equal((await backend.firestore.collectionGroup('comments').get()).size, 0);
  });

  it('a file that is not a WordPress export says so', async () => {
    const { project } = fresh('wp-other');
    const run = await cli(['--project', project, 'import', 'wordpress', join(FIXTURES, 'disqus.xml')]);
    assert.equal(run.code, 1);
    assert.match(run.stderr, /disqus\.xml:1: not a WordPress export: no <rss><channel>/);
  });
});
