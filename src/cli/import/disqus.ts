import { threadKeyFromUrl } from '../../config/widget-config.js';
import { attribute, childText, children, COMMENT_ID, parseXml, InvalidExport, type Problem, type SourceComment } from './source.js';
import type { ReadOptions } from './wordpress.js';

/**
 * A Disqus export (Admin → Moderation → Export): <thread>s with their <link> and <id> (the page's
 * disqus_identifier), then every <post> naming its thread and its <parent> by dsq:id.
 * isDeleted (or a deleted thread) is left out; isSpam becomes spam; isApproved false, where the export
 * has it, pending. IDs: `disqus-<dsq:id>`, which Disqus numbers across all of its sites.
 */
export function readDisqus(text: string, options: Pick<ReadOptions, 'map'>): SourceComment[] {
  const { root, lineOf } = parseXml(text, ['disqus.thread', 'disqus.post']);
  const disqus = root['disqus'];
  if (typeof disqus !== 'object' || disqus === null) {
    throw new InvalidExport([{ line: 1, message: 'not a Disqus export: no <disqus> root element (export it from Disqus: Admin → Moderation → Export)' }]);
  }
  const problems: Problem[] = [];
  const threads = new Map<string, { key: string; deleted: boolean }>();
  for (const thread of children(disqus, 'thread')) {
    const id = attribute(thread, 'dsq:id');
    const link = childText(thread, 'link').trim();
    const identifier = childText(thread, 'id').trim();
    let key: string;
    try {
      key = threadKeyFromUrl(withoutTracking(link), { keepQuery: true });
    } catch {
      // No usable link: the page's disqus_identifier, which a site may have used as its thread="…" too.
      key = identifier;
    }
    if (!id || !key) {
      problems.push({ line: lineOf(thread), message: `thread ${id || '(no dsq:id)'} has no usable <link> or <id> (found "${link}"), so its thread key is unknown` });
      continue;
    }
    threads.set(id, { key: options.map.apply(key), deleted: childText(thread, 'isDeleted').trim() === 'true' });
  }

  const comments: SourceComment[] = [];
  for (const post of children(disqus, 'post')) {
    const line = lineOf(post);
    const id = attribute(post, 'dsq:id');
    const label = `post ${id || '?'}`;
    if (!COMMENT_ID.test(`disqus-${id}`)) {
      problems.push({ line, message: `<post> without a usable dsq:id (found "${id}")` });
      continue;
    }
    const threadId = attribute((post as Record<string, unknown>)['thread'], 'dsq:id');
    const thread = threads.get(threadId);
    if (!thread) {
      problems.push({ line, message: `${label} belongs to thread "${threadId}", which is not in the file` });
      continue;
    }
    const flag = (name: string) => childText(post, name).trim() === 'true';
    const skip = flag('isDeleted') || thread.deleted ? 'deleted' : null;
    const createdAt = new Date(childText(post, 'createdAt').trim());
    const body = childText(post, 'message');
    const hasDate = /^\d{4}-\d{2}-\d{2}T/.test(childText(post, 'createdAt').trim()) && !Number.isNaN(createdAt.getTime());
    if (!skip && !hasDate) problems.push({ line, message: `${label} has no date (<createdAt> is empty or not a date)` });
    if (!skip && !body.trim()) problems.push({ line, message: `${label} has no text (<message> is empty)` });
    const author = (post as Record<string, unknown>)['author'];
    const parent = attribute((post as Record<string, unknown>)['parent'], 'dsq:id');
    comments.push({
      key: id,
      parentKey: parent || null,
      id: `disqus-${id}`,
      label,
      threadKey: thread.key,
      line,
      status: flag('isSpam') ? 'spam' : childText(post, 'isApproved').trim() === 'false' ? 'pending' : 'published',
      skip,
      name: childText(author, 'name'),
      email: childText(author, 'email'),
      website: '',
      text: body,
      createdAt: hasDate ? createdAt : new Date(0),
      username: childText(author, 'isAnonymous').trim() === 'true' ? '' : childText(author, 'username').trim(),
    });
  }
  if (problems.length > 0) throw new InvalidExport(problems);
  return comments;
}

/**
 * Disqus keeps the address a thread was first loaded at, tracking parameters and all
 * ("?utm_source=feed"). Those are never part of a post's name; a query that is (WordPress's "?p=42")
 * stays, as the widget keeps a canonical URL's.
 */
function withoutTracking(link: string): string {
  let url: URL;
  try {
    url = new URL(link);
  } catch {
    return link;
  }
  for (const name of [...url.searchParams.keys()]) {
    if (/^(utm_|fbclid$|gclid$|mc_cid$|mc_eid$|ref$)/i.test(name)) url.searchParams.delete(name);
  }
  return url.href;
}
