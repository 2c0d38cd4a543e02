import pino from 'pino';
import { MessageSender } from '../modules/message/message.entity';
import { EventStream, type Listener } from './event-stream';
import { startThrowawayRedis, waitFor, type ThrowawayRedis } from '../../test/faults/throwaway-services';
import { createPubSub } from './pubsub';

/** A source whose events the test pushes by hand, and which says whether anyone listens. */
function manualSource<T>() {
  const listeners = new Set<Listener<T>>();
  const stream = new EventStream<T>(async (listener) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  });
  return { stream, push: (event: T) => listeners.forEach((listener) => listener(event)), listeners };
}

describe('EventStream', () => {
  it('pushes events to a listener until it stops', async () => {
    const { stream, push, listeners } = manualSource<number>();
    const seen: number[] = [];
    const stop = await stream.listen((event) => seen.push(event));
    push(1);
    push(2);
    stop();
    push(3);
    expect(seen).toEqual([1, 2]);
    expect(listeners.size).toBe(0);
  });

  it('filters', async () => {
    const { stream, push } = manualSource<number>();
    const seen: number[] = [];
    await stream.filter((event) => event % 2 === 0).listen((event) => seen.push(event));
    [1, 2, 3, 4].forEach(push);
    expect(seen).toEqual([2, 4]);
  });

  it('iterates in order, buffering what arrives between reads, and stops listening on return', async () => {
    const { stream, push, listeners } = manualSource<string>();
    const first = stream.next();
    await Promise.resolve();
    push('a');
    push('b');
    push('c');
    expect(await first).toEqual({ done: false, value: 'a' });
    expect(await stream.next()).toEqual({ done: false, value: 'b' });
    expect(await stream.next()).toEqual({ done: false, value: 'c' });
    const waiting = stream.next();
    expect(await stream.return()).toEqual({ done: true, value: undefined });
    expect(await waiting).toEqual({ done: true, value: undefined });
    expect(listeners.size).toBe(0);
    expect(await stream.next()).toEqual({ done: true, value: undefined });
  });

  it('rejects a read when the source cannot start', async () => {
    const stream = new EventStream<number>(() => Promise.reject(new Error('redis is down')));
    await expect(stream.next()).rejects.toThrow('redis is down');
  });

  it('tells a listener when its source ends, after the last event, also through filter', async () => {
    let end!: (error?: unknown) => void;
    const stream = new EventStream<number>(async (listener, ended) => {
      end = ended;
      setImmediate(() => {
        listener(1);
        listener(2);
        end();
      });
      return () => {};
    });
    const seen: (number | 'end')[] = [];
    await stream.filter((event) => event > 1).listen((event) => seen.push(event), () => seen.push('end'));
    await new Promise((resolve) => setImmediate(resolve));
    expect(seen).toEqual([2, 'end']);
  });

  it('reads what was buffered before its source ended, then is done', async () => {
    let push!: (event: string) => void;
    let end!: () => void;
    const stream = new EventStream<string>(async (listener, ended) => {
      push = listener;
      end = ended;
      return () => {};
    });
    const first = stream.next();
    await Promise.resolve();
    push('a');
    push('b');
    end();
    expect(await first).toEqual({ done: false, value: 'a' });
    expect(await stream.next()).toEqual({ done: false, value: 'b' });
    expect(await stream.next()).toEqual({ done: true, value: undefined });
  });

  it('makes any async iterable a stream that ends when it does, or fails when it throws', async () => {
    async function* counting() {
      yield 1;
      yield 2;
    }
    async function* failing() {
      yield 1;
      throw new Error('kaboom');
    }
    const outcome = (source: AsyncIterable<number>) =>
      new Promise<unknown[]>((resolve) => {
        const seen: unknown[] = [];
        void EventStream.from(source).listen(
          (event) => seen.push(event),
          (error) => resolve([...seen, error === undefined ? 'end' : (error as Error).message]),
        );
      });
    expect(await outcome(counting())).toEqual([1, 2, 'end']);
    expect(await outcome(failing())).toEqual([1, 'kaboom']);
  });

  it('stops reading an adapted iterable when its listener stops', async () => {
    let returned = false;
    const source: AsyncIterable<number> = {
      [Symbol.asyncIterator]: () => ({
        next: () => new Promise<IteratorResult<number>>(() => {}),
        return: async () => {
          returned = true;
          return { done: true, value: undefined };
        },
      }),
    };
    const stop = await EventStream.from(source).listen(() => {});
    stop();
    expect(returned).toBe(true);
  });

  it('ends after the event that closes it, which is still delivered', async () => {
    const { stream, push } = manualSource<number>();
    const seen: (number | 'end')[] = [];
    await stream.endAfter((event) => event === 2).listen((event) => seen.push(event), () => seen.push('end'));
    [1, 2, 3].forEach(push);
    expect(seen).toEqual([1, 2, 'end']);
  });

  it("ends when another stream's event says so, delivering nothing after it, and stops listening to both", async () => {
    const events = manualSource<string>();
    const signal = manualSource<'moved' | 'touched'>();
    const seen: string[] = [];
    const stop = await events.stream
      .endWhen(signal.stream, (event) => event === 'moved')
      .listen((event) => seen.push(event), () => seen.push('end'));
    events.push('a');
    signal.push('touched');
    events.push('b');
    signal.push('moved');
    events.push('c');
    expect(seen).toEqual(['a', 'b', 'end']);
    stop();
    expect(events.listeners.size + signal.listeners.size).toBe(0);
  });
});

describe.each([
  ['in process', undefined],
  ['through Redis', process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379'],
])('pub/sub %s', (_name, redisUrl) => {
  const logger = pino({ level: 'silent' });

  it('hands every listener of a channel the same event object, and a failing listener costs the others nothing', async () => {
    const pubsub = createPubSub({ url: redisUrl, prefix: `test-events-${process.pid}-${Date.now()}:` }, logger);
    const received: unknown[] = [];
    const stops = await Promise.all([
      pubsub.subscribe('TYPING_CHANGED', 's1').listen((event) => received.push(event)),
      pubsub.subscribe('TYPING_CHANGED', 's1').listen(() => {
        throw new Error('a broken subscriber');
      }),
      pubsub.subscribe('TYPING_CHANGED', 's1').listen((event) => received.push(event)),
      pubsub.subscribe('TYPING_CHANGED', 'other').listen((event) => received.push(event)),
    ]);
    await pubsub.publish('TYPING_CHANGED', { sessionId: 's1', sender: MessageSender.CUSTOMER, isTyping: true }, 's1');
    const deadline = Date.now() + 2000;
    while (received.length < 2 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(received).toEqual([
      { sessionId: 's1', sender: 'CUSTOMER', isTyping: true },
      { sessionId: 's1', sender: 'CUSTOMER', isTyping: true },
    ]);
    expect(received[0]).toBe(received[1]);
    for (const stop of stops) stop();
    await pubsub.close();
  });
  it('announces once per id, however often and on however many instances it is asked', async () => {
    const prefix = `test-announce-${process.pid}-${Date.now()}:`;
    const first = createPubSub({ url: redisUrl, prefix }, logger);
    const second = redisUrl ? createPubSub({ url: redisUrl, prefix }, logger) : first;
    const received: unknown[] = [];
    const stops = await Promise.all([
      first.subscribe('TYPING_CHANGED', 's1').listen((event) => received.push(event)),
      first.subscribe('ADMIN_PRESENCE_CHANGED').listen((event) => received.push(event)),
    ]);
    const events = [
      { topic: 'TYPING_CHANGED' as const, payload: { sessionId: 's1', sender: MessageSender.CUSTOMER, isTyping: true }, key: 's1' },
      { topic: 'ADMIN_PRESENCE_CHANGED' as const, payload: { adminId: 'a1', online: true } },
    ];
    await Promise.all([first.announceOnce('one', events), second.announceOnce('one', events), first.announceOnce('one', events)]);
    await first.announceOnce('two', events.slice(1));
    const deadline = Date.now() + 2000;
    while (received.length < 3 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 10));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(received).toEqual([events[0]!.payload, events[1]!.payload, events[1]!.payload]);
    for (const stop of stops) stop();
    await Promise.all([...new Set([first, second])].map((pubsub) => pubsub.close()));
  });
});

describe('an announcement made while Redis is down', () => {
  let redis: ThrowawayRedis;
  beforeAll(async () => {
    redis = await startThrowawayRedis();
  });
  afterAll(() => redis.stop());

  it('is counted as a failure and delivered, once, after Redis is back', async () => {
    const logger = pino({ level: 'silent' });
    const prefix = `test-retry-${process.pid}:`;
    let failures = 0;
    const sender = createPubSub({ url: redis.url, prefix }, logger, () => (failures += 1));
    const receiver = createPubSub({ url: redis.url, prefix }, logger);
    const received: unknown[] = [];
    await receiver.subscribe('ADMIN_PRESENCE_CHANGED').listen((event) => received.push(event));
    await redis.stop();
    await sender.announceOnce('during-outage', [{ topic: 'ADMIN_PRESENCE_CHANGED', payload: { adminId: 'a1', online: false } }]);
    expect(failures).toBe(1);
    await redis.start();
    await waitFor(() => received.length === 1, 10_000, 'the announcement after the restart');
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(received).toEqual([{ adminId: 'a1', online: false }]);
    await Promise.all([sender.close(), receiver.close()]);
  }, 20_000);

  it('lets the pub/sub close while Redis is down, instead of rejecting and leaving its clients reconnecting', async () => {
    await redis.start();
    const pubsub = createPubSub({ url: redis.url, prefix: `test-close-${process.pid}:` }, pino({ level: 'silent' }));
    const received: unknown[] = [];
    await pubsub.subscribe('ADMIN_PRESENCE_CHANGED').listen((event) => received.push(event));
    await pubsub.publish('ADMIN_PRESENCE_CHANGED', { adminId: 'a2', online: true });
    await waitFor(() => received.length === 1, 5000, 'the pub/sub connected');
    await redis.stop();
    await expect(pubsub.close()).resolves.toBeUndefined();
  });
});
