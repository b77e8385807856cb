/**
 * `npm run bench:import`: how long a 50 MB WordPress export takes to import, and how much memory.
 * Generates the export under .cache/bench-import/ (many posts, nested comments, every status, HTML
 * bodies), starts the emulators, runs `leave-a-reply import wordpress` as a site owner would (a
 * process of its own, from source through tsx), and prints the file size, the comment count, the
 * time to parse and check, the time in Firestore, the total, and the importer's peak RSS.
 * Figures go in docs/cli.md ("How big an export").
 */
import { execFile } from 'node:child_process';
import { createWriteStream, mkdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { emulatorEnvironment, ROOT, startEmulators } from '../emulators.js';

const TARGET_BYTES = 50 * 1024 * 1024;
const FOLDER = join(ROOT, '.cache', 'bench-import');
const FILE = join(FOLDER, 'wordpress-50mb.xml');
const PROJECT = 'demo-bench-import';

const WORDS = 'the pier café tide gull lantern harbour morning storm boat sail rope salt wind keeper light wave shore sand'.split(' ');
/** Text of about `length` characters, the same every run (a simple generator, no randomness). */
function prose(seed: number, length: number): string {
  const words: string[] = [];
  let size = 0;
  for (let i = 0; size < length; i++) {
    const word = WORDS[(seed * 7 + i * 13) % WORDS.length];
    words.push(word);
    size += word.length + 1;
  }
  return words.join(' ');
}

/** Writes the export a post at a time; answers how many comments it holds. */
async function generate(): Promise<number> {
  mkdirSync(FOLDER, { recursive: true });
  const out = createWriteStream(FILE);
  const write = (text: string) => new Promise<void>((done) => (out.write(text) ? done() : out.once('drain', done)));
  await write(`<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wfw="http://wellformedweb.org/CommentAPI/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel>
	<title>Benchmark Blog</title>
	<link>https://bench.example.com</link>
	<wp:wxr_version>1.2</wp:wxr_version>
`);
  let bytes = 0;
  let comments = 0;
  let commentId = 1;
  for (let post = 1; bytes < TARGET_BYTES; post++) {
    const parts: string[] = [];
    const day = new Date(Date.UTC(2015, 0, 1) + post * 86_400_000);
    parts.push(`	<item>
		<title><![CDATA[Post ${post}: ${prose(post, 30)}]]></title>
		<link>https://bench.example.com/${day.toISOString().slice(0, 7).replace('-', '/')}/post-${post}/</link>
		<wp:post_id>${post}</wp:post_id>
		<wp:post_type><![CDATA[post]]></wp:post_type>
		<content:encoded><![CDATA[<p>${prose(post, 600)}</p>]]></content:encoded>
`);
    // 10 to 40 comments a post.
    const count = 10 + (post % 31);
    const first = commentId;
    for (let i = 0; i < count; i++, commentId++) {
      // Every fifth post is one long chain (past the tenth level); elsewhere every third comment replies.
      const parent = i === 0 ? 0 : post % 5 === 0 ? commentId - 1 : i % 3 === 0 ? first + ((i * 5 + post) % i) : 0;
      const approved = i % 17 === 5 ? '0' : i % 23 === 7 ? 'spam' : i % 29 === 3 ? 'trash' : '1';
      const type = i % 41 === 9 ? 'pingback' : 'comment';
      const date = new Date(day.getTime() + (i + 1) * 3_600_000).toISOString().replace('T', ' ').slice(0, 19);
      parts.push(`		<wp:comment>
			<wp:comment_id>${commentId}</wp:comment_id>
			<wp:comment_author><![CDATA[Reader ${commentId % 5000}]]></wp:comment_author>
			<wp:comment_author_email><![CDATA[reader${commentId % 5000}@example.com]]></wp:comment_author_email>
			<wp:comment_author_url>${commentId % 4 === 0 ? `https://reader${commentId % 5000}.example.org/` : ''}</wp:comment_author_url>
			<wp:comment_author_IP><![CDATA[192.0.2.${commentId % 250}]]></wp:comment_author_IP>
			<wp:comment_date><![CDATA[${date}]]></wp:comment_date>
			<wp:comment_date_gmt><![CDATA[${date}]]></wp:comment_date_gmt>
			<wp:comment_content><![CDATA[<p>${prose(commentId, 350)}</p><p>${i % 4 === 0 ? '<strong>Indeed</strong> — ' : ''}${prose(commentId + 1, 120)} 🌊</p>]]></wp:comment_content>
			<wp:comment_approved><![CDATA[${approved}]]></wp:comment_approved>
			<wp:comment_type><![CDATA[${type}]]></wp:comment_type>
			<wp:comment_parent>${parent}</wp:comment_parent>
			<wp:comment_user_id>0</wp:comment_user_id>
		</wp:comment>
`);
      comments++;
    }
    parts.push('	</item>\n');
    const text = parts.join('');
    bytes += Buffer.byteLength(text);
    await write(text);
  }
  await write('</channel>\n</rss>\n');
  await new Promise((done) => out.end(done));
  return comments;
}

const say = (line = '') => console.log(line);
say('Generating the export…');
const comments = await generate();
const size = statSync(FILE).size;
say(`Export: ${FILE}`);
say(`  ${(size / 1024 / 1024).toFixed(1)} MB, ${comments} comments`);

say('Starting the emulators…');
const emulators = await startEmulators({ projectId: PROJECT, rules: join(ROOT, 'firestore.rules') });
try {
  if (!emulators.firestore) throw new Error(`No Firestore emulator: ${emulators.firestoreMissing}`);
  const env = emulatorEnvironment(emulators);
  say('Importing (leave-a-reply import wordpress)…');
  const started = performance.now();
  const result = await new Promise<{ code: number; stdout: string; stderr: string }>((done) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', join(ROOT, 'src', 'cli', 'main.ts'), '--project', PROJECT, 'import', 'wordpress', FILE],
      {
        cwd: ROOT,
        maxBuffer: 256 * 1024 * 1024,
        env: { ...process.env, FIRESTORE_EMULATOR_HOST: env['LAR_FIRESTORE_EMULATOR'], FIREBASE_AUTH_EMULATOR_HOST: env['LAR_AUTH_EMULATOR'] },
      },
      (error, stdout, stderr) => done({ code: error ? Number(error.code) || 1 : 0, stdout, stderr }),
    );
  });
  const wall = (performance.now() - started) / 1000;
  if (result.code !== 0) throw new Error(`The import failed (exit ${result.code}):\n${result.stderr}`);
  const total = result.stdout.split('\n').find((line) => line.startsWith('Total'));
  const figures = /Read and checked in ([\d.]+) s, Firestore ([\d.]+) s, ([\d.]+) s in all; peak memory (\d+) MB/.exec(result.stderr);
  if (!figures) throw new Error(`The importer printed no figures:\n${result.stderr}`);
  say();
  say(`File size:             ${(size / 1024 / 1024).toFixed(1)} MB (${size} bytes)`);
  say(`Comments in the file:  ${comments}`);
  say(`Imported:              ${total}`);
  say(`Parse + validate:      ${figures[1]} s`);
  say(`Firestore (check + write): ${figures[2]} s`);
  say(`Total (in the CLI):    ${figures[3]} s; ${wall.toFixed(1)} s with Node and tsx starting`);
  say(`Peak RSS (the CLI):    ${figures[4]} MB`);
} finally {
  await emulators.stop();
  rmSync(FOLDER, { recursive: true, force: true });
}
