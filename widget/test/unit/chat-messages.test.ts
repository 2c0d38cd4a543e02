import { compareIds, lastStoredId, linkify, mergeMessages, newClientMessageId, pendingMessage, type ServerMessage } from '../../src/chat-messages';

const stored = (id: string, extra: Partial<ServerMessage> = {}): ServerMessage => ({
  id,
  sessionId: 's1',
  sender: 'ADMIN',
  senderName: 'Agen',
  text: `pesan ${id}`,
  createdAt: '2026-01-01T00:00:00.000Z',
  clientMessageId: null,
  file: null,
  ...extra,
});

describe('mergeMessages', () => {
  it('adds each message once, whichever way it arrives, in id order', () => {
    const first = mergeMessages([], [stored('2'), stored('1')]);
    expect(first.list.map((m) => m.id)).toEqual(['1', '2']);
    expect(first.added).toHaveLength(2);
    const again = mergeMessages(first.list, [stored('2'), stored('3'), stored('1')]);
    expect(again.list.map((m) => m.id)).toEqual(['1', '2', '3']);
    expect(again.added.map((m) => m.id)).toEqual(['3']);
  });

  it("confirms the visitor's pending message by clientMessageId, keeping its key", () => {
    const pending = pendingMessage('w-abc', 'halo');
    const { list, added } = mergeMessages([pending], [stored('7', { sender: 'CUSTOMER', clientMessageId: 'w-abc', text: 'halo' })]);
    expect(added).toEqual([]);
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ key: pending.key, id: '7', status: 'sent', text: 'halo' });
  });

  it('keeps unsent messages after the stored ones', () => {
    const pending = pendingMessage('w-1', 'belum');
    const { list } = mergeMessages([pending], [stored('9')]);
    expect(list.map((m) => m.text)).toEqual(['pesan 9', 'belum']);
  });

  it('keeps a failed bubble in time order: replies that come after it go below it', () => {
    const before = mergeMessages([], [stored('5')]).list;
    const failed = { ...pendingMessage('w-svg', null, { name: 'gambar.svg', size: 10, type: 'image/svg+xml' }, lastStoredId(before)), status: 'failed' as const };
    const written = pendingMessage('w-2', 'lalu ini', null, lastStoredId(before));
    const { list } = mergeMessages([...before, failed, written], [stored('8'), stored('6')]);
    expect(list.map((m) => m.text ?? m.upload?.name)).toEqual(['pesan 5', 'gambar.svg', 'lalu ini', 'pesan 6', 'pesan 8']);
  });
});

it('orders ids numerically, beyond 2^53', () => {
  expect(['10', '9', '9007199254740993', '9007199254740992'].sort(compareIds)).toEqual([
    '9',
    '10',
    '9007199254740992',
    '9007199254740993',
  ]);
});

it('makes client message ids the API accepts, different each time', () => {
  const a = newClientMessageId();
  expect(a).toMatch(/^[\x21-\x7E]{1,100}$/);
  expect(newClientMessageId()).not.toBe(a);
});

describe('linkify', () => {
  it('links http(s) URLs only, leaving trailing punctuation outside', () => {
    expect(linkify('Lihat https://oss.go.id/a?b=1, lalu http://x.id. javascript:alert(1) ftp://y')).toEqual([
      { text: 'Lihat ' },
      { href: 'https://oss.go.id/a?b=1', text: 'https://oss.go.id/a?b=1' },
      { text: ', lalu ' },
      { href: 'http://x.id/', text: 'http://x.id' },
      { text: '. javascript:alert(1) ftp://y' },
    ]);
  });

  it('keeps a balanced closing parenthesis and drops an unbalanced one', () => {
    expect(linkify('(https://en.wikipedia.org/wiki/Foo_(bar))')).toEqual([
      { text: '(' },
      { href: 'https://en.wikipedia.org/wiki/Foo_(bar)', text: 'https://en.wikipedia.org/wiki/Foo_(bar)' },
      { text: ')' },
    ]);
  });

  it('never produces markup: angle brackets end a URL and stay text', () => {
    const parts = linkify('<a href="https://evil.example">x</a>');
    expect(parts.map((p) => p.text).join('')).toBe('<a href="https://evil.example">x</a>');
    expect(parts.filter((p) => 'href' in p)).toEqual([{ href: 'https://evil.example/', text: 'https://evil.example' }]);
  });
});
