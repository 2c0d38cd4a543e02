import {
  applyLiveUpdate,
  byLastActivity,
  chatSessionsKey,
  listOrder,
  matchesFilter,
  queueFilter,
  waitingSince,
  type LiveSession,
} from '../src/features/inbox/session-list-cache';

const session = (over: Partial<LiveSession> = {}): LiveSession => ({
  id: 's-new',
  status: 'WAITING',
  createdAt: '2026-05-01T10:00:00.000Z',
  assignedAdmin: null,
  customer: { name: 'Rina Wati', email: 'rina@example.com' },
  ...over,
});
const edge = (id: string, createdAt: string) => ({ node: { id, createdAt } });

describe('queues', () => {
  it('judges membership the way the API filters', () => {
    const mine = session({ status: 'ACTIVE', assignedAdmin: { id: 'me' } });
    expect(matchesFilter(session(), queueFilter('waiting'), { id: 'me' })).toBe(true);
    expect(matchesFilter(mine, queueFilter('waiting'), { id: 'me' })).toBe(false);
    expect(matchesFilter(mine, queueFilter('mine'), { id: 'me' })).toBe(true);
    expect(matchesFilter(mine, queueFilter('mine'), { id: 'someone-else' })).toBe(false);
    expect(matchesFilter(mine, queueFilter('active'), { id: 'someone-else' })).toBe(true);
    expect(matchesFilter(session(), queueFilter('active'), { id: 'me' })).toBe(true); // waiting is open too
    expect(matchesFilter(session({ status: 'CLOSED' }), queueFilter('active'), { id: 'me' })).toBe(false);
    expect(matchesFilter(session({ status: 'CLOSED' }), queueFilter('closed'), { id: 'me' })).toBe(true);
    expect(matchesFilter(session(), queueFilter('waiting', 'RINA@EX'), { id: 'me' })).toBe(true);
    expect(matchesFilter(session(), queueFilter('waiting', 'wati'), { id: 'me' })).toBe(true);
    expect(matchesFilter(session(), queueFilter('waiting', 'budi'), { id: 'me' })).toBe(false);
  });

  it("keeps to an AGENT's sight: its own chats, and the waiting ones of its teams and of no team", () => {
    const agent = { id: 'me', role: 'AGENT' as const, teamIds: ['nib'] };
    const waiting = queueFilter('waiting');
    expect(matchesFilter(session(), waiting, agent)).toBe(true);
    expect(matchesFilter(session({ team: { id: 'nib' } }), waiting, agent)).toBe(true);
    expect(matchesFilter(session({ team: { id: 'kbli' } }), waiting, agent)).toBe(false);
    expect(matchesFilter(session({ team: { id: 'kbli' } }), waiting, { ...agent, teamIds: [] })).toBe(true);
    expect(matchesFilter(session({ team: { id: 'kbli' } }), waiting, { id: 'me', role: 'SUPERVISOR' })).toBe(true);
    const active = queueFilter('active');
    expect(matchesFilter(session({ status: 'ACTIVE', assignedAdmin: { id: 'other' } }), active, agent)).toBe(false);
    expect(matchesFilter(session({ status: 'ACTIVE', assignedAdmin: { id: 'me' }, team: { id: 'kbli' } }), active, agent)).toBe(true);
  });

  it('keeps a count-only read apart from the list it counts', () => {
    const filter = queueFilter('waiting');
    expect(chatSessionsKey({ filter, first: 20 })).not.toBe(chatSessionsKey({ filter, first: 0 }));
    expect(chatSessionsKey({ filter, first: 20 })).toBe(chatSessionsKey({ filter: { ...filter, search: '  ' }, first: 20 }));
  });
});

describe('applyLiveUpdate', () => {
  const edges = [edge('b', '2026-05-01T09:00:00Z'), edge('a', '2026-05-01T08:00:00Z')];
  const make = () => edge('s-new', '2026-05-01T10:00:00.000Z');

  it('puts a new session on top and counts it', () => {
    const result = applyLiveUpdate(edges, false, session(), true, 'newestFirst', make);
    expect(result.edges.map((e) => e.node.id)).toEqual(['s-new', 'b', 'a']);
    expect(result.delta).toBe(1);
  });

  it('puts an older session at its place', () => {
    const result = applyLiveUpdate(edges, false, session({ createdAt: '2026-05-01T08:30:00Z' }), true, 'newestFirst', make);
    expect(result.edges.map((e) => e.node.id)).toEqual(['b', 's-new', 'a']);
  });

  it('leaves a session below the loaded pages to the next page, but counts it', () => {
    const result = applyLiveUpdate(edges, true, session({ createdAt: '2026-05-01T07:00:00Z' }), true, 'newestFirst', make);
    expect(result.edges).toBe(edges);
    expect(result.delta).toBe(1);
  });

  it('removes a session that no longer matches, once', () => {
    const result = applyLiveUpdate(edges, false, session({ id: 'b' }), false, 'newestFirst', make);
    expect(result.edges.map((e) => e.node.id)).toEqual(['a']);
    expect(result.delta).toBe(-1);
    expect(applyLiveUpdate(result.edges, false, session({ id: 'b' }), false, 'newestFirst', make).delta).toBe(0);
  });

  it('changes nothing for a session already listed that still matches', () => {
    expect(applyLiveUpdate(edges, false, session({ id: 'a' }), true, 'newestFirst', make)).toEqual({ edges, delta: 0 });
  });

  describe('in the waiting queue, which the API lists oldest first', () => {
    const waiting = [edge('a', '2026-05-01T08:00:00Z'), edge('b', '2026-05-01T09:00:00Z')];
    it('is the order of the Menunggu queue only', () => {
      expect(listOrder(queueFilter('waiting'))).toBe('oldestFirst');
      expect(listOrder(queueFilter('active'))).toBe('newestFirst');
    });

    it('puts a new visitor at the bottom, behind those who waited longer', () => {
      const result = applyLiveUpdate(waiting, false, session(), true, 'oldestFirst', make);
      expect(result.edges.map((e) => e.node.id)).toEqual(['a', 'b', 's-new']);
    });

    it('puts a session that waited longer at its place', () => {
      const result = applyLiveUpdate(waiting, false, session({ createdAt: '2026-05-01T08:30:00Z' }), true, 'oldestFirst', make);
      expect(result.edges.map((e) => e.node.id)).toEqual(['a', 's-new', 'b']);
    });

    it('leaves a newer visitor to the next page while pages remain, but counts it', () => {
      const result = applyLiveUpdate(waiting, true, session(), true, 'oldestFirst', make);
      expect(result.edges).toBe(waiting);
      expect(result.delta).toBe(1);
    });

    describe('ordered by when each visitor first wrote (queuedAt), then id, as the API orders it', () => {
      const queued = (id: string, createdAt: string, queuedAt: string | null) => ({ node: { id, createdAt, queuedAt } });
      const line = [
        queued('a', '2026-05-01T07:00:00Z', '2026-05-01T08:00:00Z'),
        queued('c', '2026-05-01T08:30:00Z', '2026-05-01T09:00:00Z'),
      ];
      const place = (over: Partial<LiveSession>) => {
        const arriving = session(over);
        const make = () => queued(arriving.id, arriving.createdAt, arriving.queuedAt ?? null);
        return applyLiveUpdate(line, false, arriving, true, 'oldestFirst', make).edges.map((e) => e.node.id);
      };

      it('puts a chat opened before the others but written in after them behind them', () => {
        expect(place({ createdAt: '2026-05-01T06:00:00Z', queuedAt: '2026-05-01T09:30:00Z' })).toEqual(['a', 'c', 's-new']);
      });

      it('puts a chat handed back to the queue at the place its first message gave it', () => {
        expect(place({ createdAt: '2026-05-01T09:45:00Z', queuedAt: '2026-05-01T08:15:00Z' })).toEqual(['a', 's-new', 'c']);
      });

      it('breaks a tie of queuedAt by id', () => {
        expect(place({ id: 'b', createdAt: '2026-05-01T05:00:00Z', queuedAt: '2026-05-01T09:00:00Z' })).toEqual(['a', 'b', 'c']);
        expect(place({ id: 'd', createdAt: '2026-05-01T05:00:00Z', queuedAt: '2026-05-01T09:00:00Z' })).toEqual(['a', 'c', 'd']);
      });

      it('falls back to createdAt only for a chat without queuedAt', () => {
        expect(place({ createdAt: '2026-05-01T08:45:00Z', queuedAt: null })).toEqual(['a', 's-new', 'c']);
      });

      it('keeps the newest-first lists ordered by createdAt', () => {
        const newest = [queued('c', '2026-05-01T09:00:00Z', '2026-05-01T07:00:00Z'), queued('a', '2026-05-01T08:00:00Z', '2026-05-01T09:30:00Z')];
        const opened = session({ createdAt: '2026-05-01T08:30:00Z', queuedAt: '2026-05-01T09:45:00Z' });
        const result = applyLiveUpdate(newest, false, opened, true, 'newestFirst', () => queued('s-new', '', null));
        expect(result.edges.map((e) => e.node.id)).toEqual(['c', 's-new', 'a']);
      });
    });
  });
});

describe('waitingSince', () => {
  it("counts a wait from the visitor's first message, and from the chat's creation only without one", () => {
    expect(waitingSince({ createdAt: '2026-05-01T07:00:00Z', queuedAt: '2026-05-01T08:00:00Z' })).toBe('2026-05-01T08:00:00Z');
    expect(waitingSince({ createdAt: '2026-05-01T07:00:00Z', queuedAt: null })).toBe('2026-05-01T07:00:00Z');
  });
});

describe('byLastActivity', () => {
  it('puts the chat with the newest message first, and one without messages by its creation', () => {
    const edges = [
      { node: { id: 'a', createdAt: '2026-05-01T08:00:00Z', lastMessageAt: '2026-05-01T08:05:00Z' } },
      { node: { id: 'b', createdAt: '2026-05-01T07:00:00Z', lastMessageAt: '2026-05-01T09:30:00Z' } },
      { node: { id: 'c', createdAt: '2026-05-01T09:00:00Z', lastMessageAt: null } },
    ];
    expect(byLastActivity(edges).map((e) => e.node.id)).toEqual(['b', 'c', 'a']);
    expect(edges.map((e) => e.node.id)).toEqual(['a', 'b', 'c']);
  });
});
