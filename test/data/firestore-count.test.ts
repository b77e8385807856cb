/** countComments against the Firestore emulator: what the e2e suite cannot see from the page. */
import { expect } from '@open-wc/testing';
import { writeAsOwner } from '../../scripts/firestore-rest.js';
import { commentDocument, deletedCommentDocument } from '../../src/data/documents.js';
import { countComments } from '../../src/data/rest/count.js';
import { RestError } from '../../src/data/rest/request.js';
import { threadDocumentId } from '../../src/data/thread-id.js';
import { firestoreEmulator, testEnvironment } from '../support/environment.js';

const settings = () => ({
  projectId: testEnvironment.projectId,
  apiKey: 'demo-api-key',
  authDomain: `${testEnvironment.projectId}.firebaseapp.com`,
  firestoreEmulator: firestoreEmulator(),
});

const write = (thread: string, id: string, data: Record<string, unknown>) =>
  writeAsOwner(firestoreEmulator(), testEnvironment.projectId, ['threads', threadDocumentId(thread), 'comments', id], data);

describe('countComments (Firestore emulator)', () => {
  it('counts a thread whose key needs encoding twice, replies included, deleted comments not', async () => {
    // "%", "/", "." and "_" in the key: its document ID has "%" in it, encoded again in the URL.
    const thread = `/test/${crypto.randomUUID()}/100% café_.x?p=1#no`;
    const createdAt = new Date(Date.UTC(2026, 10, 1));
    const draft = { text: 'Hello.', name: 'Ada', email: '', website: '' };
    await write(thread, 'top', commentDocument('ada', draft, createdAt));
    await write(thread, 'reply', commentDocument('bob', draft, new Date(createdAt.getTime() + 1000), null, { parentId: 'top', depth: 1, rootCreatedAt: createdAt }));
    await write(thread, 'gone', deletedCommentDocument({ parentId: null, depth: 0, rootCreatedAt: null, createdAt }, createdAt));
    // The same key without its last character: another thread, with nothing in it.
    expect(await countComments(settings(), thread)).to.equal(2);
    expect(await countComments(settings(), thread.slice(0, -1))).to.equal(0);
  });

  it('stops when asked, with the abort reason', async () => {
    const stop = new AbortController();
    const counting = countComments(settings(), '/test/aborted', stop.signal);
    stop.abort(new Error('the thread changed'));
    const error = await counting.then(() => null, (reason: unknown) => reason);
    expect(error).to.be.instanceOf(Error);
    expect((error as Error).message).to.equal('the thread changed');
  });

  it('rejects with a RestError the widget maps to its own: status 0 when Firestore cannot be reached', async () => {
    const error = await countComments({ ...settings(), firestoreEmulator: { host: '127.0.0.1', port: 9 } }, '/test/x').then(
      () => null,
      (reason: unknown) => reason,
    );
    expect(error).to.be.instanceOf(RestError);
    expect(error).to.include({ status: 0, code: 'UNAVAILABLE' });
  });
});
