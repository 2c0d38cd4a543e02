import { graphql } from '../../../test/gql';
import { createAgent, loginAdmin, registerCustomer, startSession, type Actor } from '../../../test/support/actors';
import { queryRows } from '../../../test/support/database';
import { eventsDuring, provedLive, type SendMarker } from '../../../test/support/live';
import { CloseChatSession, SendMessage } from '../../../test/support/operations';
import { connectSocket, errorCode, graphqlRequest, subscribe, useTestApp, type SocketClient } from '../../../test/support/test-app';
import { MessageSender } from '../message/message.entity';
import { transcriptText } from '../transcript/transcript.text';

const RateChat = graphql(`
  mutation RateChat($id: ID!, $rating: Int!, $comment: String) {
    rateChatSession(id: $id, rating: $rating, comment: $comment) {
      id
      status
      rating
      ratingComment
    }
  }
`);

const ChatRating = graphql(`
  query ChatRating($id: ID!) {
    chatSession(id: $id) {
      rating
      ratingComment
      transcriptUrl
    }
  }
`);

const RatingStats = graphql(`
  query RatingStats {
    stats {
      averageRating
      ratingCount
    }
  }
`);

const OnRated = graphql(`
  subscription OnRated($id: ID) {
    chatSessionUpdated(id: $id) {
      id
      status
      rating
      ratingComment
      lastMessageAt
    }
  }
`);

type RatedEvent = { chatSessionUpdated: { id: string; status: string; rating: number | null; ratingComment: string | null; lastMessageAt: string | null } };

const handle = useTestApp();
const url = () => handle.app.httpUrl;

let admin: Actor;
const sockets: SocketClient[] = [];
beforeAll(async () => {
  admin = await loginAdmin(url());
});
afterEach(async () => {
  await Promise.all(sockets.splice(0).map((socket) => socket.dispose()));
});

async function send(actor: Actor, sessionId: string, text: string, internal?: boolean) {
  const sent = await graphqlRequest(url(), SendMessage, { input: { sessionId, text, internal } }, actor.token);
  if (!sent.data) throw new Error(`sendMessage failed: ${JSON.stringify(sent.errors)}`);
  return sent.data.sendMessage;
}

async function openChat(name = 'Sari Dewi', email?: string) {
  const customer = await registerCustomer(url(), name, email);
  const sessionId = await startSession(url(), customer, 'Bagaimana cara mengurus NIB?');
  return { customer, sessionId };
}

async function closedChat(name?: string) {
  const chat = await openChat(name);
  const closed = await graphqlRequest(url(), CloseChatSession, { id: chat.sessionId }, admin.token);
  if (!closed.data) throw new Error(`closeChatSession failed: ${JSON.stringify(closed.errors)}`);
  return chat;
}

const rate = (actor: Actor, id: string, rating: number, comment?: string | null) =>
  graphqlRequest(url(), RateChat, { id, rating, comment }, actor.token);

const storedRating = async (sessionId: string) =>
  (
    await queryRows<{ rating: number | null; comment: string | null; rated: boolean }>(
      handle.db.url,
      'select rating, rating_comment as comment, rated_at is not null as rated from chat_session where id = $1',
      [sessionId],
    )
  )[0];

const NOT_RATED = { rating: null, comment: null, rated: false };

describe('rateChatSession', () => {
  it("stores the visitor's rating and comment of its closed chat, and the console hears of it", async () => {
    const { customer, sessionId } = await closedChat();
    const socket = connectSocket(handle.app.wsUrl, admin.token);
    sockets.push(socket);
    const inbox = subscribe(socket, OnRated, {});
    // A closed chat takes no message: the marker is the rating of another closed chat.
    const marker: SendMarker<RatedEvent> = async () => {
      const other = await closedChat('Penanda');
      await rate(other.customer, other.sessionId, 3);
      return (event) => event.chatSessionUpdated.id === other.sessionId && event.chatSessionUpdated.rating === 3;
    };
    await provedLive(inbox, marker);

    let rated!: Awaited<ReturnType<typeof rate>>;
    const heard = await eventsDuring(inbox, marker, async () => {
      rated = await rate(customer, sessionId, 4, '  Cepat dan jelas, terima kasih!  ');
    });
    expect(rated.errors).toBeUndefined();
    expect(rated.data?.rateChatSession).toEqual({ id: sessionId, status: 'CLOSED', rating: 4, ratingComment: 'Cepat dan jelas, terima kasih!' });
    expect(await storedRating(sessionId)).toEqual({ rating: 4, comment: 'Cepat dan jelas, terima kasih!', rated: true });
    expect(heard.map((event) => event.chatSessionUpdated).filter((update) => update.id === sessionId)).toEqual([
      expect.objectContaining({ id: sessionId, rating: 4, ratingComment: 'Cepat dan jelas, terima kasih!' }),
    ]);
    const seen = await graphqlRequest(url(), ChatRating, { id: sessionId }, admin.token);
    expect(seen.data?.chatSession).toMatchObject({ rating: 4, ratingComment: 'Cepat dan jelas, terima kasih!' });
  });

  it('takes a rating without a comment, and a blank comment as none', async () => {
    const { customer, sessionId } = await closedChat();
    const rated = await rate(customer, sessionId, 5, '   ');
    expect(rated.data?.rateChatSession).toMatchObject({ rating: 5, ratingComment: null });
    expect(await storedRating(sessionId)).toEqual({ rating: 5, comment: null, rated: true });
  });

  it('refuses an open chat (BAD_USER_INPUT, reason NOT_CLOSED) and stores nothing', async () => {
    const { customer, sessionId } = await openChat();
    const refused = await rate(customer, sessionId, 5, 'Bagus');
    expect(errorCode(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0].extensions?.reason).toBe('NOT_CLOSED');
    expect(await storedRating(sessionId)).toEqual(NOT_RATED);
  });

  it('refuses a second rating (reason ALREADY_RATED) and keeps the first', async () => {
    const { customer, sessionId } = await closedChat();
    expect((await rate(customer, sessionId, 2, 'Lambat')).errors).toBeUndefined();
    const again = await rate(customer, sessionId, 5, 'Berubah pikiran');
    expect(errorCode(again)).toBe('BAD_USER_INPUT');
    expect(again.errors?.[0].extensions?.reason).toBe('ALREADY_RATED');
    expect(await storedRating(sessionId)).toEqual({ rating: 2, comment: 'Lambat', rated: true });
  });

  it('stores exactly one of two ratings sent at once', async () => {
    const { customer, sessionId } = await closedChat();
    const results = await Promise.all([rate(customer, sessionId, 1, 'Pertama'), rate(customer, sessionId, 5, 'Kedua')]);
    const stored = results.filter((result) => !result.errors);
    expect(stored).toHaveLength(1);
    expect(results.filter((result) => result.errors?.[0].extensions?.reason === 'ALREADY_RATED')).toHaveLength(1);
    const winner = stored[0].data!.rateChatSession;
    expect(await storedRating(sessionId)).toEqual({ rating: winner.rating, comment: winner.ratingComment, rated: true });
  });

  it.each([0, 6, -1])('refuses the rating %p on the field rating', async (rating) => {
    const { customer, sessionId } = await closedChat();
    const refused = await rate(customer, sessionId, rating);
    expect(errorCode(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0].extensions?.field).toBe('rating');
    expect(await storedRating(sessionId)).toEqual(NOT_RATED);
  });

  it('refuses a comment over 1000 characters or with control characters, on the field comment', async () => {
    const { customer, sessionId } = await closedChat();
    for (const comment of ['a'.repeat(1001), 'Bagus\u0007']) {
      const refused = await rate(customer, sessionId, 4, comment);
      expect(errorCode(refused)).toBe('BAD_USER_INPUT');
      expect(refused.errors?.[0].extensions?.field).toBe('comment');
    }
    expect(await storedRating(sessionId)).toEqual(NOT_RATED);
    expect((await rate(customer, sessionId, 4, 'a'.repeat(1000))).errors).toBeUndefined();
  });

  it("is the session's customer's alone: another visitor gets NOT_FOUND, an agent FORBIDDEN, nobody UNAUTHENTICATED", async () => {
    const { sessionId } = await closedChat();
    const stranger = await registerCustomer(url(), 'Orang Lain');
    expect(errorCode(await rate(stranger, sessionId, 5))).toBe('NOT_FOUND');
    expect(errorCode(await rate(admin, sessionId, 5))).toBe('FORBIDDEN');
    expect(errorCode(await graphqlRequest(url(), RateChat, { id: sessionId, rating: 5 }))).toBe('UNAUTHENTICATED');
    expect(await storedRating(sessionId)).toEqual(NOT_RATED);
  });
});

describe('stats averageRating and ratingCount', () => {
  it('average the ratings of closed chats, for ADMIN and SUPERVISOR only', async () => {
    const before = (await graphqlRequest(url(), RatingStats, {}, admin.token)).data!.stats;
    for (const rating of [5, 2]) {
      const { customer, sessionId } = await closedChat();
      await rate(customer, sessionId, rating);
    }
    const after = (await graphqlRequest(url(), RatingStats, {}, admin.token)).data!.stats;
    expect(after.ratingCount).toBe(before.ratingCount + 2);
    expect(after.averageRating).toBeCloseTo(((before.averageRating ?? 0) * before.ratingCount + 7) / (before.ratingCount + 2), 6);

    const agent = await createAgent(url(), admin, 'agen-rating@example.com', 'Agen Rating', 'AGENT');
    expect(errorCode(await graphqlRequest(url(), RatingStats, {}, agent.token))).toBe('FORBIDDEN');
  });
});

describe('transcriptUrl', () => {
  const jayapuraTime = (iso: string) => {
    // Asia/Jayapura is UTC+9 all year.
    const at = new Date(new Date(iso).getTime() + 9 * 3600 * 1000);
    const two = (n: number) => String(n).padStart(2, '0');
    return `${two(at.getUTCDate())}/${two(at.getUTCMonth() + 1)}/${at.getUTCFullYear()} ${two(at.getUTCHours())}.${two(at.getUTCMinutes())}`;
  };

  async function chatWithNote() {
    const { customer, sessionId } = await openChat('Rina Wulandari');
    const reply = await send(admin, sessionId, 'Silakan unggah KTP Anda.');
    await send(admin, sessionId, 'Pelanggan ini sudah dua kali bertanya', true);
    return { customer, sessionId, reply };
  }

  const transcriptUrlOf = async (actor: Actor, sessionId: string) => {
    const read = await graphqlRequest(url(), ChatRating, { id: sessionId }, actor.token);
    if (!read.data?.chatSession) throw new Error(`chatSession failed: ${JSON.stringify(read.errors)}`);
    return read.data.chatSession.transcriptUrl;
  };

  beforeAll(async () => {
    await queryRows(handle.db.url, `update settings set business_hours = jsonb_set(business_hours::jsonb, '{timezone}', '"Asia/Jayapura"')`);
  });

  it("gives the visitor the conversation without notes, in the desk's time zone, as a text file", async () => {
    const { customer, sessionId, reply } = await chatWithNote();
    const response = await fetch(await transcriptUrlOf(customer, sessionId));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="transkrip-\d{4}-\d{2}-\d{2}-[0-9a-f]{8}\.txt"$/);
    const text = await response.text();
    expect(text).toContain('Rina Wulandari: Bagaimana cara mengurus NIB?');
    expect(text).toContain(`[${jayapuraTime(reply.createdAt)}] Admin: Silakan unggah KTP Anda.`);
    expect(text).not.toContain('dua kali bertanya');
    expect(text).not.toContain('catatan internal');
  });

  it("gives the desk the notes, marked '(catatan internal)'", async () => {
    const { sessionId } = await chatWithNote();
    const text = await (await fetch(await transcriptUrlOf(admin, sessionId))).text();
    expect(text).toMatch(/^\[\d{2}\/\d{2}\/\d{4} \d{2}\.\d{2}\] Admin \(catatan internal\): Pelanggan ini sudah dua kali bertanya$/m);
    expect(text).toContain('Admin: Silakan unggah KTP Anda.');
  });

  it("refuses a tampered, expired or someone else's link", async () => {
    const { customer, sessionId } = await chatWithNote();
    const good = new URL(await transcriptUrlOf(customer, sessionId));
    expect((await fetch(good)).status).toBe(200);

    const asStaff = new URL(good);
    asStaff.searchParams.set('v', 'staff');
    expect((await fetch(asStaff)).status).toBe(403);
    const otherReader = new URL(good);
    otherReader.searchParams.set('r', `ADMIN:${admin.id}`);
    expect((await fetch(otherReader)).status).toBe(403);
    const otherChat = new URL(good);
    otherChat.pathname = otherChat.pathname.replace(sessionId, (await openChat()).sessionId);
    expect((await fetch(otherChat)).status).toBe(403);

    const viewer = { role: 'CUSTOMER' as const, customerId: customer.id, tokenId: 't', expiresAt: 0 };
    const expired = handle.app.deps.fileLinks.transcriptUrlFor(sessionId, viewer, Date.now() - 60 * 60 * 1000);
    expect((await fetch(expired)).status).toBe(403);

    const stranger = await registerCustomer(url(), 'Orang Lain');
    const strangers = handle.app.deps.fileLinks.transcriptUrlFor(sessionId, { ...viewer, customerId: stranger.id });
    expect((await fetch(strangers)).status).toBe(404);
  });

  it("is refused to an agent who no longer sees the chat", async () => {
    const { sessionId } = await chatWithNote();
    const agent = await createAgent(url(), admin, 'agen-transkrip@example.com', 'Agen Transkrip', 'AGENT');
    const link = handle.app.deps.fileLinks.transcriptUrlFor(sessionId, { role: 'ADMIN', adminId: agent.id, tokenId: 't', expiresAt: 0 });
    expect((await fetch(link)).status).toBe(404);
  });
});

describe('emailTranscript without SMTP_URL', () => {
  it('is refused with reason MAIL_NOT_CONFIGURED, and not offered, even to a customer with an email', async () => {
    const { customer, sessionId } = await openChat('Email Ada', 'ada@contoh.id');
    const refused = await graphqlRequest(url(), 'mutation Email($id: ID!) { emailTranscript(id: $id) }', { id: sessionId }, customer.token);
    expect(errorCode(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0].extensions?.reason).toBe('MAIL_NOT_CONFIGURED');
    const offered = await graphqlRequest(url(), 'query Can($id: ID!) { chatSession(id: $id) { canEmailTranscript } }', { id: sessionId }, customer.token);
    expect(offered.data).toEqual({ chatSession: { canEmailTranscript: false } });
  });
});

describe('transcriptText', () => {
  it("writes a file message as '[berkas: name]' after its caption", () => {
    const text = transcriptText({
      customerName: 'Budi',
      startedAt: new Date('2026-12-01T01:00:00Z'),
      timeZone: 'Asia/Jakarta',
      lines: [
        { sender: MessageSender.CUSTOMER, senderName: null, text: null, filename: 'ktp.pdf', internal: false, createdAt: new Date('2026-12-01T01:02:00Z') },
        { sender: MessageSender.CUSTOMER, senderName: 'Budi', text: 'Ini NPWP', filename: 'npwp.png', internal: false, createdAt: new Date('2026-12-01T17:05:00Z') },
      ],
    });
    expect(text.split('\n')).toEqual([
      'Transkrip percakapan dengan Budi',
      'Dimulai 01/12/2026 08.00 (Asia/Jakarta)',
      '',
      '[01/12/2026 08.02] Budi: [berkas: ktp.pdf]',
      '[02/12/2026 00.05] Budi: Ini NPWP [berkas: npwp.png]',
      '',
    ]);
  });
});
