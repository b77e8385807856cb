import type { DeletedComment } from '../../src/model/comment.js';
import { commentStoreContract } from '../contract/comment-store.js';
import { comment, MemoryStore } from '../support/memory-store.js';

// One store is the whole "server": every reader's page shares it.
const shared = new MemoryStore();

commentStoreContract('MemoryStore', {
  readersStore: () => shared,
  otherReaderPosts: (threadKey, draft) => shared.postComment(threadKey, draft),
  seed: async (threadKey, comments) => {
    for (const { id, name, text, createdAt, place, deleted } of comments) {
      const where = place ? { ...place, rootCreatedAt: place.rootCreatedAt.toISOString() } : {};
      const seeded = comment({ id, text, createdAt, ...where, author: { uid: 'someone', name, website: null, provider: 'guest', avatar: null } });
      if (deleted) {
        const { id, parentId, depth, rootCreatedAt, createdStamp, updatedAt } = seeded;
        const left: DeletedComment = { id, parentId, depth, rootCreatedAt, createdAt, createdStamp, updatedAt, pending: false, status: 'deleted' };
        shared.add(threadKey, left);
      } else {
        shared.add(threadKey, seeded);
      }
    }
  },
  // The reader of this store moderates for the moment of the action (memory has one reader).
  moderatorDoes: async (threadKey, action) => {
    shared.moderator = true;
    try {
      await shared.moderate(threadKey, action);
    } finally {
      shared.moderator = false;
    }
  },
  timeout: 1000,
});
