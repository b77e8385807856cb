import { threadKeyFromUrl } from '../../config/widget-config.js';
import { childText, children, COMMENT_ID, parseXml, InvalidExport, type Problem, type SourceComment } from './source.js';
import type { ThreadMap } from './thread-map.js';

export interface ReadOptions {
  keepPingbacks: boolean;
  map: ThreadMap;
}

/**
 * A WordPress export (WXR 1.x: Tools → Export → All content): every <item> with its <wp:comment>s.
 * wp:comment_approved is 1 (published), 0 or hold (pending), spam, or trash/post-trashed (left out);
 * wp:comment_type pingback and trackback are left out unless kept.
 *
 * IDs: `wp-<comment_id>`; WordPress numbers comments across the whole site, so they are unique, but
 * two posts mapped to one thread (two sites, or --map) could bring the same number twice: those get
 * `wp-<post_id>-<comment_id>`.
 */
export function readWordPress(text: string, options: ReadOptions): SourceComment[] {
  const { root, lineOf } = parseXml(text, ['rss.channel.item', 'rss.channel.item.wp:comment']);
  const channel = (root['rss'] as Record<string, unknown> | undefined)?.['channel'];
  if (typeof channel !== 'object' || channel === null) {
    throw new InvalidExport([{ line: 1, message: 'not a WordPress export: no <rss><channel> (export it from WordPress: Tools → Export → All content)' }]);
  }
  const problems: Problem[] = [];
  const comments: SourceComment[] = [];
  for (const item of children(channel, 'item')) {
    const postComments = children(item, 'wp:comment');
    if (postComments.length === 0) continue;
    const postId = childText(item, 'wp:post_id').trim();
    const post = postId ? `post ${postId}` : `"${childText(item, 'title').trim()}"`;
    if (!/^\d+$/.test(postId)) {
      problems.push({ line: lineOf(item), message: `${post} has no usable <wp:post_id> (found "${postId}")` });
      continue;
    }
    const link = childText(item, 'link').trim();
    let threadKey: string;
    try {
      // Keep the query only when the address has one: a plain permalink is "/?p=42".
      threadKey = options.map.apply(threadKeyFromUrl(link, { keepQuery: true }));
    } catch {
      problems.push({ line: lineOf(item), message: `${post} has no usable <link> (found "${link}"), so its thread key is unknown` });
      continue;
    }
    for (const comment of postComments) {
      const line = lineOf(comment);
      const commentId = childText(comment, 'wp:comment_id').trim();
      const label = `comment ${commentId || '?'} (${post})`;
      if (!/^\d+$/.test(commentId) || !COMMENT_ID.test(`wp-${postId}-${commentId}`)) {
        problems.push({ line, message: `${label}: <wp:comment_id> is missing or not a number (found "${commentId}")` });
        continue;
      }
      const approved = childText(comment, 'wp:comment_approved').trim();
      const type = childText(comment, 'wp:comment_type').trim();
      const status = ({ '1': 'published', approve: 'published', '0': 'pending', hold: 'pending', spam: 'spam' } as const)[approved];
      const trashed = approved === 'trash' || approved === 'post-trashed';
      if (!status && !trashed) {
        problems.push({ line, message: `${label}: unknown <wp:comment_approved> "${approved}" (expected 1, 0, spam or trash)` });
        continue;
      }
      const skip = trashed ? 'trash' : (type === 'pingback' || type === 'trackback') && !options.keepPingbacks ? 'pingback' : null;
      const createdAt = wordPressDate(childText(comment, 'wp:comment_date_gmt')) ?? wordPressDate(childText(comment, 'wp:comment_date'));
      const body = childText(comment, 'wp:comment_content');
      if (!skip && !createdAt) problems.push({ line, message: `${label} has no date (<wp:comment_date_gmt> and <wp:comment_date> are empty or not dates)` });
      if (!skip && !body.trim()) problems.push({ line, message: `${label} has no text (<wp:comment_content> is empty)` });
      const parent = childText(comment, 'wp:comment_parent').trim();
      comments.push({
        key: `${postId}/${commentId}`,
        parentKey: parent && parent !== '0' ? `${postId}/${parent}` : null,
        id: `wp-${commentId}`,
        label,
        threadKey,
        line,
        status: status ?? 'pending',
        skip,
        name: childText(comment, 'wp:comment_author'),
        email: childText(comment, 'wp:comment_author_email'),
        website: childText(comment, 'wp:comment_author_url'),
        text: body,
        createdAt: createdAt ?? new Date(0),
      });
    }
  }
  if (problems.length > 0) throw new InvalidExport(problems);
  // The same number from two posts in one thread: both take their post's ID.
  const seen = new Map<string, string>();
  const repeated = new Set<string>();
  for (const comment of comments) {
    const where = `${comment.threadKey}\n${comment.id}`;
    const post = comment.key.split('/')[0];
    if (seen.has(where) && seen.get(where) !== post) repeated.add(where);
    seen.set(where, post);
  }
  for (const comment of comments) {
    if (repeated.has(`${comment.threadKey}\n${comment.id}`)) comment.id = `wp-${comment.key.replace('/', '-')}`;
  }
  return comments;
}

/** "2024-01-31 18:04:05", which WordPress writes in UTC in _gmt (zeros when it never set it). */
function wordPressDate(text: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})$/.exec(text.trim());
  if (!match || match[1] === '0000') return null;
  const date = new Date(`${match[1]}-${match[2]}-${match[3]}T${match[4]}:${match[5]}:${match[6]}Z`);
  return Number.isNaN(date.getTime()) ? null : date;
}
