/**
 * A client process that holds many idle subscribed sockets, so that opening 10,000 of them and
 * receiving 1,000 deliveries per message does not make the bench's own process the bottleneck.
 * It counts deliveries without parsing them. Driven by the parent over IPC (see pool.ts).
 */
import { io } from 'socket.io-client';
import WebSocket from 'ws';
import { closeSocket } from '../targets/floor-target';
import { MESSAGE_ADDED_QUERY, type HolderCommand, type HolderReply, type HolderSpec } from './protocol';

const OPEN_TIMEOUT_MS = 30_000;
const localAddress = process.argv[2] ?? '127.0.0.1';

/** A held socket of either library, closed the same way. */
interface Held {
  close(): Promise<void>;
}

const sockets = new Set<Held>();
let generation = 0; // bumped by a reset
let ready = 0; // sockets that received at least one delivery since the last reset
let received = 0;
let lastAt = 0; // epoch ms (fractional) of the latest delivery, comparable across processes
const seenIn = new WeakMap<Held, number>();
let pending: { ready?: number; received?: number; timer: NodeJS.Timeout } | undefined;

const epochNow = () => performance.timeOrigin + performance.now();

function reply(message: HolderReply) {
  process.send?.(message);
}

function countDelivery(socket: Held) {
  received += 1;
  lastAt = epochNow();
  if (seenIn.get(socket) !== generation) {
    seenIn.set(socket, generation);
    ready += 1;
  }
  if (pending && met(pending)) answerWait(false);
}

const met = (target: { ready?: number; received?: number }) =>
  (target.ready === undefined || ready >= target.ready) && (target.received === undefined || received >= target.received);

function answerWait(timedOut: boolean) {
  if (!pending) return;
  clearTimeout(pending.timer);
  pending = undefined;
  reply({ evt: 'counts', ready, received, lastAt, open: sockets.size, timedOut });
}

/** Resolves once the socket is open and its subscription was sent (the server may still be setting it up). */
function openOne(spec: HolderSpec): Promise<void> {
  if (spec.protocol === 'socketio') return openSocketio(spec);
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(spec.url, spec.protocol === 'graphql-ws' ? 'graphql-transport-ws' : undefined, {
      localAddress,
      perMessageDeflate: false,
      handshakeTimeout: OPEN_TIMEOUT_MS,
    });
    let subscribed = false;
    const held: Held = { close: () => closeSocket(socket) };
    const timer = setTimeout(() => {
      socket.terminate();
      reject(new Error('socket did not open in time'));
    }, OPEN_TIMEOUT_MS);
    const done = () => {
      subscribed = true;
      clearTimeout(timer);
      sockets.add(held);
      resolve();
    };
    socket.on('open', () => {
      if (spec.protocol === 'floor') {
        socket.send(JSON.stringify({ type: 'subscribe', sessionId: spec.sessionId }));
        done();
      } else {
        socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${spec.token}` } }));
      }
    });
    socket.on('message', (data: Buffer) => {
      if (spec.protocol === 'floor') return countDelivery(held);
      const text = data.toString();
      if (text.includes('"type":"next"')) return countDelivery(held);
      if (!subscribed && text.includes('"type":"connection_ack"')) {
        socket.send(
          JSON.stringify({ id: '1', type: 'subscribe', payload: { query: MESSAGE_ADDED_QUERY, variables: { id: spec.sessionId } } }),
        );
        done();
      } else if (text.includes('"type":"ping"')) {
        socket.send('{"type":"pong"}');
      }
    });
    socket.on('error', (error) => {
      if (!subscribed) {
        clearTimeout(timer);
        reject(error);
      }
    });
    socket.on('close', () => sockets.delete(held));
  });
}

/** A Socket.IO client over the WebSocket transport that joined the session's room (acknowledged). */
function openSocketio(spec: HolderSpec): Promise<void> {
  return new Promise((resolve, reject) => {
    const socket = io(spec.url, {
      transports: ['websocket'],
      auth: { token: spec.token },
      forceNew: true,
      reconnection: false,
      timeout: OPEN_TIMEOUT_MS,
      localAddress,
      // localAddress is passed on to `ws` (engine.io-client picks it), though its types omit it.
    } as Parameters<typeof io>[1]);
    const held: Held = {
      close: async () => {
        socket.disconnect();
      },
    };
    socket.on('message:new', () => countDelivery(held));
    socket.once('connect_error', (error) => reject(error));
    socket.once('connect', () => {
      socket.timeout(OPEN_TIMEOUT_MS).emit('session:join', spec.sessionId, (error: Error | null, reply: { error?: string }) => {
        if (error || reply?.error) {
          socket.disconnect();
          return reject(error ?? new Error(reply.error));
        }
        sockets.add(held);
        resolve();
      });
    });
    socket.on('disconnect', () => sockets.delete(held));
  });
}

async function open(spec: HolderSpec, count: number, concurrency: number) {
  let started = 0;
  let failed = 0;
  let firstError: string | undefined;
  const lane = async () => {
    while (started < count) {
      started += 1;
      await openOne(spec).catch((error: Error) => {
        failed += 1;
        firstError ??= error.message;
      });
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, lane));
  reply({ evt: 'opened', open: sockets.size, failed, error: firstError });
}

function wait(target: { ready?: number; received?: number }, timeoutMs: number) {
  if (pending) answerWait(true);
  pending = { ...target, timer: setTimeout(() => answerWait(true), timeoutMs) };
  if (met(pending)) answerWait(false);
}

async function closeAll() {
  await Promise.all([...sockets].map((socket) => socket.close()));
  sockets.clear();
  reply({ evt: 'closed' });
}

/** Answers once no delivery arrived for `quietMs`: the stragglers of earlier messages are in. */
async function quiet(quietMs: number, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (epochNow() - lastAt < quietMs && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
  reply({ evt: 'counts', ready, received, lastAt, open: sockets.size, timedOut: epochNow() - lastAt < quietMs });
}

process.on('message', (command: HolderCommand) => {
  switch (command.cmd) {
    case 'open':
      return void open(command.spec, command.count, command.concurrency);
    case 'wait':
      return wait(command, command.timeoutMs);
    case 'quiet':
      return void quiet(command.quietMs, command.timeoutMs);
    case 'reset':
      generation += 1;
      ready = 0;
      received = 0;
      return;
    case 'close':
      return void closeAll();
  }
});
process.on('disconnect', () => process.exit(0));
