export type Listener<T> = (event: T) => void;

/** Starts delivering events to the listener; resolves, once they flow, to the function that stops them. */
export type OpenStream<T> = (listener: Listener<T>) => Promise<() => void>;

/**
 * A subscription's events. The WebSocket server takes them pushed, through `listen`: no queue and
 * no promise per event and subscriber, which is most of what a socket costs when a thousand of
 * them follow one chat. It is also an async iterator, as graphql-js requires of a subscription's
 * source; that path buffers.
 */
export class EventStream<T> implements AsyncIterableIterator<T> {
  private iteration?: Iteration<T>;

  constructor(private readonly open: OpenStream<T>) {}

  listen(listener: Listener<T>): Promise<() => void> {
    return this.open(listener);
  }

  filter(keep: (event: T) => boolean): EventStream<T> {
    return new EventStream((listener) =>
      this.open((event) => {
        if (keep(event)) listener(event);
      }),
    );
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
    this.stop = open((event) => {
      const waiter = this.waiting.shift();
      if (waiter) waiter.resolve({ done: false, value: event });
      else if (!this.done) this.buffered.push(event);
    }).catch((error: unknown) => {
      this.failure = error;
      for (const waiter of this.waiting.splice(0)) waiter.reject(error);
      return undefined;
    });
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
