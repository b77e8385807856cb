import { expect } from '@open-wc/testing';
import { replyPlace, type Comment, type PublishedComment } from '../../src/model/comment.js';
import { compareStamps, threadTree, type ThreadNode } from '../../src/model/thread-tree.js';
import { comment } from '../support/memory-store.js';

/** A comment `minutes` after 10:00 on Nov 1, under `parent` if given, in the place replyPlace would give it. */
function at(id: string, minutes: number, parent?: Comment, levels = 10): PublishedComment {
  const createdAt = new Date(Date.UTC(2026, 10, 1, 10, minutes));
  const place = parent ? replyPlace(parent, levels) : null;
  if (parent && !place) throw new Error(`No reply to ${parent.id} with ${levels} levels.`);
  return comment({ id, createdAt, ...(place ?? {}) });
}

const deleted = (of: Comment): Comment => {
  const { id, parentId, depth, rootCreatedAt, createdAt, createdStamp, updatedAt } = of;
  return { id, parentId, depth, rootCreatedAt, createdAt, createdStamp, updatedAt, pending: false, status: 'deleted' };
};

/** The tree as nested IDs: ['a', ['b', ['c']]] */
const outline = (nodes: ThreadNode[]): unknown[] => nodes.flatMap((node) => (node.replies.length ? [node.comment.id, outline(node.replies)] : [node.comment.id]));

const all = { order: 'oldest' as const, more: null, levels: 5 };

describe('threadTree', () => {
  it('nests replies under their parent, oldest first, whatever order they were read in', () => {
    const a = at('a', 0);
    const b = at('b', 1);
    const a1 = at('a1', 2, a);
    const a2 = at('a2', 3, a);
    const a1x = at('a1x', 4, a1);
    expect(outline(threadTree([a1x, a2, b, a1, a], all))).to.deep.equal(['a', ['a1', ['a1x'], 'a2'], 'b']);
  });

  it('puts the pinned top-level comment first in either order, with its replies, even beyond the loaded pages', () => {
    const a = at('a', 0);
    const b = at('b', 1);
    const c = at('c', 2);
    const c1 = at('c1', 3, c);
    expect(outline(threadTree([a, b, c, c1], { ...all, pinned: 'c' }))).to.deep.equal(['c', ['c1'], 'a', 'b']);
    expect(outline(threadTree([a, b, c, c1], { ...all, order: 'newest', pinned: 'a' }))).to.deep.equal(['a', 'c', ['c1'], 'b']);
    // Only "a" is loaded; "c", fetched because it is pinned, shows first all the same.
    const more = { createdStamp: a.createdStamp, id: 'a' };
    expect(outline(threadTree([a, b, c], { ...all, more, pinned: 'c' }))).to.deep.equal(['c', 'a']);
  });

  it('shows a held comment where the store gave it (its author\'s), in place', () => {
    const a = at('a', 0);
    const held: Comment = { ...at('h', 1, a), status: 'pending' };
    expect(outline(threadTree([a, held], all))).to.deep.equal(['a', ['h']]);
  });

  it('puts the newest top-level comment first with order "newest", and still the oldest reply first', () => {
    const a = at('a', 0);
    const b = at('b', 1);
    const b1 = at('b1', 2, b);
    const b2 = at('b2', 3, b);
    expect(outline(threadTree([a, b, b1, b2], { ...all, order: 'newest' }))).to.deep.equal(['b', ['b1', 'b2'], 'a']);
  });

  it('shows top-level comments up to the end of the loaded pages, the reader\'s pending one anyway', () => {
    const [a, b, c] = [at('a', 0), at('b', 1), at('c', 2)];
    const c1 = at('c1', 3, c);
    const mine = { ...at('mine', 9), pending: true };
    const more = { createdStamp: b.createdStamp, id: b.id };
    expect(outline(threadTree([a, b, c, c1, mine], { ...all, more }))).to.deep.equal(['a', 'b', 'mine']);
    expect(outline(threadTree([a, b, c, mine], { ...all, order: 'newest', more: { createdStamp: b.createdStamp, id: b.id } }))).to.deep.equal(['mine', 'c', 'b']);
  });

  it('puts a new comment without the server\'s time last; an edit or deletion waiting for the server stays in place', () => {
    const [a, b, c] = [at('a', 0), at('b', 1), at('c', 2)];
    // Its estimated time is early (a slow clock): last all the same, until the server's time comes.
    const posting = { ...at('new', -5), pending: true };
    const later = new Date(Date.UTC(2026, 10, 1, 11));
    const edited = { ...a, pending: true, editedAt: later, updatedAt: later };
    const gone = { ...deleted(b), pending: true, updatedAt: later };
    // The deleted comment shows for its reply.
    expect(outline(threadTree([posting, gone, edited, at('b1', 3, b), c], all))).to.deep.equal(['a', 'b', ['b1'], 'c', 'new']);
    expect(outline(threadTree([posting, edited, c], { ...all, order: 'newest' }))).to.deep.equal(['new', 'c', 'a']);
  });

  it('shows a deleted comment only while it has replies that show', () => {
    const a = at('a', 0);
    const a1 = at('a1', 1, a);
    const b = at('b', 2);
    expect(outline(threadTree([deleted(a), a1, deleted(b)], all))).to.deep.equal(['a', ['a1']]);
    expect(outline(threadTree([deleted(a), deleted(a1)], all))).to.deep.equal([]);
  });

  it('shows replies deeper than the limit beside their ancestor at the last level, oldest first', () => {
    const l0 = at('l0', 0);
    const l1 = at('l1', 1, l0);
    const l2 = at('l2', 2, l1);
    const l3 = at('l3', 3, l2);
    const late = at('late', 4, l1);
    expect(outline(threadTree([l0, l1, l2, l3, late], { ...all, levels: 2 }))).to.deep.equal(['l0', ['l1', 'l2', 'l3', 'late']]);
  });

  it('leaves out a reply whose parent it has not read, and survives a thread that loops', () => {
    const a = at('a', 0);
    const orphan = comment({ id: 'orphan', parentId: 'gone', depth: 1, rootCreatedAt: a.createdStamp });
    const loop1 = comment({ id: 'x', parentId: 'y', depth: 1, rootCreatedAt: a.createdStamp });
    const loop2 = comment({ id: 'y', parentId: 'x', depth: 1, rootCreatedAt: a.createdStamp });
    expect(outline(threadTree([a, orphan, loop1, loop2], all))).to.deep.equal(['a']);
  });
});

describe('replyPlace', () => {
  it('puts a reply one level under its parent, with the top-level comment\'s exact time', () => {
    const root = { ...at('root', 0), createdStamp: '2026-11-01T10:00:00.123456789Z' };
    const child = replyPlace(root, 5);
    expect(child).to.deep.equal({ parentId: 'root', depth: 1, rootCreatedAt: '2026-11-01T10:00:00.123456789Z' });
    expect(replyPlace(comment({ id: 'c', ...child! }), 5)).to.deep.equal({ parentId: 'c', depth: 2, rootCreatedAt: root.createdStamp });
  });

  it('attaches a reply to a comment at the limit beside it, at the limit; none with one level, or to a pending or deleted comment', () => {
    const root = at('root', 0);
    const child = at('child', 1, root);
    expect(replyPlace(child, 2)).to.deep.equal({ parentId: 'root', depth: 1, rootCreatedAt: root.createdStamp });
    expect(replyPlace(root, 1)).to.equal(null);
    expect(replyPlace({ ...root, pending: true }, 5)).to.equal(null);
    expect(replyPlace(deleted(root), 5)).to.equal(null);
  });
});

describe('compareStamps', () => {
  it('orders RFC 3339 times exactly, whatever the length of their fractions', () => {
    expect(compareStamps('2026-11-01T10:00:31Z', '2026-11-01T10:00:31.5Z')).to.equal(-1);
    expect(compareStamps('2026-11-01T10:00:31.000001Z', '2026-11-01T10:00:31.000000999Z')).to.equal(1);
    expect(compareStamps('2026-11-01T10:00:31.50Z', '2026-11-01T10:00:31.5Z')).to.equal(0);
  });
});
