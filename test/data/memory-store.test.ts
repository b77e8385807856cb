import { commentStoreContract } from '../contract/comment-store.js';
import { comment, MemoryStore } from '../support/memory-store.js';

// One store is the whole "server": every reader's page shares it.
const shared = new MemoryStore();

commentStoreContract('MemoryStore', {
  readersStore: () => shared,
  otherReaderPosts: (threadKey, draft) => shared.postComment(threadKey, draft),
  seed: async (threadKey, comments) => {
    for (const { id, name, text, createdAt } of comments) {
      shared.add(threadKey, comment({ id, text, createdAt, author: { name, website: null, provider: 'guest', avatar: null } }));
    }
  },
  timeout: 1000,
});
