import { createHash } from 'node:crypto';
import { Timestamp } from 'firebase-admin/firestore';
import { commentDocument, type Place } from '../../data/documents.js';
import { threadDocumentId } from '../../data/thread-id.js';
import { gravatarUrl } from '../../model/avatar.js';
import { InvalidExport, type Problem, type SourceComment } from './source.js';

/** The deepest `depth` the rules allow: ten levels, 0 to 9 (MAX_LEVELS in src/model/comment.ts). */
const DEEPEST = 9;

/** One comment to write: its two documents, exactly as the widget writes a guest's. */
export interface PlannedComment {
  source: SourceComment;
  threadKey: string;
  threadId: string;
  id: string;
  status: SourceComment['status'];
  comment: Omit<ReturnType<typeof commentDocument>, 'status'> & { status: SourceComment['status'] };
  contact: { uid: string; email: string | null };
  /** Hung elsewhere than under its source parent: `up` (parent left out or not published), `capped` (deeper than ten levels). */
  moved: 'up' | 'capped' | null;
}

export interface Plan {
  comments: PlannedComment[];
  /** Left out, by thread key and reason. */
  skipped: SourceComment[];
}

interface Placement extends Place {
  /** The top-level ancestor's time, which every reply below it stores as rootCreatedAt. */
  root: Timestamp;
  moved: PlannedComment['moved'];
}

/**
 * Decides where each comment hangs and builds its documents. A reply whose parent is left out, or is
 * not published while the reply is, hangs under its nearest ancestor that is (or at the top level),
 * so no published reply hides under a comment readers cannot see. A reply deeper than ten levels
 * hangs under its ancestor at depth 8, as the widget attaches one (replyPlace).
 * Every parent must be in the file, in the same thread; every problem is reported at once.
 */
export async function planImport(comments: SourceComment[], uidPrefix: 'wordpress' | 'disqus'): Promise<Plan> {
  const byKey = new Map<string, SourceComment>();
  const problems: Problem[] = [];
  for (const comment of comments) {
    if (byKey.has(comment.key)) problems.push({ line: comment.line, message: `${comment.label} appears twice (first at line ${byKey.get(comment.key)?.line})` });
    byKey.set(comment.key, comment);
  }
  for (const comment of comments) {
    if (comment.parentKey === null) continue;
    const parent = byKey.get(comment.parentKey);
    if (!parent) problems.push({ line: comment.line, message: `${comment.label} replies to ${comment.parentKey.split('/').pop()}, which is not in the file` });
    else if (parent.threadKey !== comment.threadKey) problems.push({ line: comment.line, message: `${comment.label} replies to ${parent.label}, which is in another thread` });
  }
  // A loop of parents (a corrupt export) would never reach the top level.
  for (const comment of comments) {
    let steps = 0;
    for (let at: SourceComment | undefined = comment; at?.parentKey; at = byKey.get(at.parentKey)) {
      if (++steps > comments.length) {
        problems.push({ line: comment.line, message: `${comment.label} is its own ancestor: its parents form a loop` });
        break;
      }
    }
  }
  if (problems.length > 0) throw new InvalidExport(problems);

  const placements = new Map<string, Placement>();
  const place = (comment: SourceComment): Placement => {
    const known = placements.get(comment.key);
    if (known) return known;
    let parent = comment.parentKey === null ? undefined : byKey.get(comment.parentKey);
    let moved: Placement['moved'] = null;
    while (parent && (parent.skip || (comment.status === 'published' && parent.status !== 'published'))) {
      moved = 'up';
      parent = parent.parentKey === null ? undefined : byKey.get(parent.parentKey);
    }
    let placement: Placement;
    if (!parent) {
      placement = { parentId: null, depth: 0, rootCreatedAt: null, root: Timestamp.fromDate(comment.createdAt), moved };
    } else {
      const above = place(parent);
      placement =
        above.depth < DEEPEST
          ? { parentId: parent.id, depth: above.depth + 1, rootCreatedAt: above.root, root: above.root, moved }
          : { parentId: above.parentId, depth: DEEPEST, rootCreatedAt: above.root, root: above.root, moved: 'capped' };
    }
    placements.set(comment.key, placement);
    return placement;
  };

  const avatars = new Map<string, Promise<string | null>>();
  const planned: PlannedComment[] = [];
  const skipped: SourceComment[] = [];
  for (const source of comments) {
    if (source.skip) {
      skipped.push(source);
      continue;
    }
    const { parentId, depth, rootCreatedAt, moved } = place(source);
    const email = source.email.trim();
    const address = email.toLowerCase();
    if (address && !avatars.has(address)) avatars.set(address, gravatarUrl(address));
    const uid = source.username ? `${uidPrefix}:${source.username}` : `${uidPrefix}:${hash(address || source.name.trim().toLowerCase())}`;
    const createdAt = Timestamp.fromDate(source.createdAt);
    const draft = { text: source.text, name: source.name.trim() || 'Anonymous', email, website: source.website };
    planned.push({
      source,
      threadKey: source.threadKey,
      threadId: threadDocumentId(source.threadKey),
      id: source.id,
      status: source.status,
      comment: { ...commentDocument(uid, draft, createdAt, address ? await avatars.get(address) : null, { parentId, depth, rootCreatedAt }), status: source.status },
      contact: { uid, email: email || null },
      moved,
    });
  }
  return { comments: planned, skipped };
}

/** The first 20 hex digits of the SHA-256: enough to tell authors apart, short enough to read. */
function hash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 20);
}
