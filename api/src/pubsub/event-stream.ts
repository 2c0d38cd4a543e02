export type Listener<T> = (event: T) => void;

/** Called once when a stream has no more events: without an error it ended, with one it failed. */
export type EndListener = (error?: unknown) => void;

/**
 * Starts delivering events to the listener; resolves, once they flow, to the function that stops
 * them. A source that can run out calls `end` (most never do: a topic lasts as long as the app).
 */
export type OpenStream<T> = (listener: Listener<T>, end: EndListener) => Promise<() => void>;

const ignoreEnd: EndListener = () => {};

/**
 * A subscription's events. The WebSocket server takes them pushed, through `listen`: no queue and
 * no promise per event and subscriber, which is most of what a socket costs when a thousand of
 * them follow one chat. It is also an async iterator, as graphql-js requires of a subscription's
 * source; that path buffers.
 */
export class EventStream<T> implements AsyncIterableIterator<T> {
  private iteration?: Iteration<T>;

  constructor(private readonly open: OpenStream<T>) {}

  /** Any async iterable as a stream: its values are pushed as they come, and it ends when they do. */
  static from<T>(source: AsyncIterable<T>): EventStream<T> {
    if (source instanceof EventStream) return source as EventStream<T>;
    return new EventStream<T>(async (listener, end) => {
      const iterator = source[Symbol.asyncIterator]();
      let stopped = false;
      void (async () => {
        try {
          for (let step = await iterator.next(); !step.done && !stopped; step = await iterator.next()) listener(step.value);
          if (!stopped) end();
        } catch (error) {
          if (!stopped) end(error);
        }
      })();
      return () => {
        stopped = true;
        void iterator.return?.()?.catch(() => {});
      };
    });
  }

  listen(listener: Listener<T>, end: EndListener = ignoreEnd): Promise<() => void> {
    return this.open(listener, end);
  }

  filter(keep: (event: T) => boolean): EventStream<T> {
    return new EventStream((listener, end) =>
      this.open((event) => {
        if (keep(event)) listener(event);
      }, end),
    );
  }

  /** Delivers events up to and including the first that `isLast` recognises, then ends. */
  endAfter(isLast: (event: T) => boolean): EventStream<T> {
    return new EventStream((listener, end) => {
      let ended = false;
      return this.open((event) => {
        if (ended) return;
        listener(event);
        if (!isLast(event)) return;
        ended = true;
        end();
      }, end);
    });
  }

  /** Delivers events until `signal` brings one that `ends` recognises; then ends (as it does when either ends). */
  endWhen<S>(signal: EventStream<S>, ends: (event: S) => boolean): EventStream<T> {
    return new EventStream(async (listener, end) => {
      let ended = false;
      const finish: EndListener = (error) => {
        if (ended) return;
        ended = true;
        end(error);
      };
      // The signal first, so that nothing that should end the stream slips by while it opens.
      const stopSignal = await signal.open((event) => {
        if (ends(event)) finish();
      }, finish);
      try {
        const stopEvents = await this.open((event) => {
          if (!ended) listener(event);
        }, finish);
        return () => {
          stopSignal();
          stopEvents();
        };
      } catch (error) {
        stopSignal();
        throw error;
      }
    });
  }

  next(): Promise<IteratorResult<T, undefined>> {
    this.iteration ??= new Iteration(this.open);
    return this.iteration.next();
  }

  async return(): Promise<IteratorResult<T, undefined>> {
    this.iteration ??= new Iteration(this.open);
    await this.iteration.end();
    return { done: true, value: undefined };
  }

  async throw(error?: unknown): Promise<IteratorResult<T, undefined>> {
    await this.return();
    throw error;
  }

  [Symbol.asyncIterator]() {
    return this;
  }
}

class Iteration<T> {
  private readonly buffered: T[] = [];
  private readonly waiting: { resolve: (result: IteratorResult<T, undefined>) => void; reject: (error: unknown) => void }[] = [];
  private failure: unknown;
  private done = false;
  private readonly stop: Promise<(() => void) | undefined>;

  constructor(open: OpenStream<T>) {
    this.stop = open(
      (event) => {
        const waiter = this.waiting.shift();
        if (waiter) waiter.resolve({ done: false, value: event });
        else if (!this.done) this.buffered.push(event);
      },
      (error) => (error === undefined ? this.finish() : this.fail(error)),
    ).catch((error: unknown) => {
      this.fail(error);
      return undefined;
    });
  }

  /** The source ran out: what is buffered is still read, then the iteration is done. */
  private finish() {
    this.done = true;
    for (const waiter of this.waiting.splice(0)) waiter.resolve({ done: true, value: undefined });
  }

  private fail(error: unknown) {
    this.failure = error;
    for (const waiter of this.waiting.splice(0)) waiter.reject(error);
  }

  next(): Promise<IteratorResult<T, undefined>> {
    if (this.buffered.length > 0) return Promise.resolve({ done: false, value: this.buffered.shift()! });
    if (this.failure !== undefined) return Promise.reject(this.failure);
    if (this.done) return Promise.resolve({ done: true, value: undefined });
    return new Promise((resolve, reject) => this.waiting.push({ resolve, reject }));
  }

  async end(): Promise<void> {
    if (this.done) return;
    this.done = true;
    this.buffered.length = 0;
    for (const waiter of this.waiting.splice(0)) waiter.resolve({ done: true, value: undefined });
    (await this.stop)?.();
  }
}
