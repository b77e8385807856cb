import { expect } from '@open-wc/testing';
import { readCountedThread } from '../../src/config/widget-config.js';

const page = 'https://blog.example/page/2/';

describe('readCountedThread (<leave-a-reply-count thread>)', () => {
  it('reads a post\'s address as the key its own widget derives from it', () => {
    for (const address of ['/2026/11/post/', '/2026/11/post', '/2026/11/post/index.html', 'https://blog.example/2026/11/post/index.html#comments']) {
      expect(readCountedThread(address, page), address).to.deep.equal({ ok: true, value: '/2026/11/post' });
    }
    // A canonical URL's query is part of its key: WordPress's plain permalinks.
    expect(readCountedThread('https://blog.example/?p=42', page)).to.deep.equal({ ok: true, value: '/?p=42' });
    expect(readCountedThread('/caf%C3%A9/', page)).to.deep.equal({ ok: true, value: '/café' });
  });

  it('takes any other text as the key, as the post\'s widget has it in its own thread attribute', () => {
    expect(readCountedThread(' my-post ', page)).to.deep.equal({ ok: true, value: 'my-post' });
    expect(readCountedThread('2026/11/post/', page)).to.deep.equal({ ok: true, value: '2026/11/post/' });
    expect(readCountedThread('//not-a-host', page)).to.deep.equal({ ok: true, value: '//not-a-host' });
    expect(readCountedThread('https://', page)).to.deep.equal({ ok: true, value: 'https://' });
  });

  it('names the attribute and the fix when it is missing or too long', () => {
    for (const missing of [null, '', '  ']) {
      const checked = readCountedThread(missing, page);
      expect(checked.ok).to.equal(false);
      expect(!checked.ok && checked.problems.map((problem) => problem.attribute)).to.deep.equal(['thread']);
    }
    const long = readCountedThread('x'.repeat(1501), page);
    expect(!long.ok && long.problems[0]!.message).to.match(/"thread" attribute is too long/);
  });
});
