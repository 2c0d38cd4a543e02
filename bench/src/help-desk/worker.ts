/**
 * One client process of the help-desk scenario: it holds its share of the visitors (the widget's
 * socket and requests) and of the agents (the console's), runs the mix when told, and reports
 * what arrived where, with its own CPU and event-loop delay so a saturated generator shows.
 * Each agent's chats and their visitors live in the same process, so both ends of every message
 * are timed on one clock. Driven over IPC by scenarios/help-desk.ts.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { Socket } from 'socket.io-client';
import WebSocket from 'ws';
import { now, waitUntil } from '../infra/time';
import { requestJson } from '../targets/http-client';
import { bearer, connectSocketio } from '../targets/socketio-target';
import { AGENT, VISITOR } from './documents';
import type { AgentSpec, ChatSpec, ClientResult, DeskCommand, DeskKind, DeskReply, DirectionFigures, RunSpec } from './protocol';

const VISITOR_TEXT = 'Selamat siang, izin usaha saya belum terbit di OSS. Apa yang harus saya lengkapi?';
const AGENT_TEXT = 'Baik, mohon kirimkan NIB dan KBLI usaha Anda, kami periksa sekarang.';
/** The API allows 50 operations per socket; the console's feeds take three of the first. */
const SUBSCRIPTIONS_PER_SOCKET = 40;
const CONNECT_TIMEOUT_MS = 30_000;
const SEND_TIMEOUT_MS = 30_000;
const DELAY_RESOLUTION_MS = 10;

let kind: DeskKind = 'api';
let bases: string[] = [];
let localAddress = '127.0.0.1';

interface VisitorConn {
  send(text: string, clientMessageId: string): Promise<void>;
  typing(isTyping: boolean): Promise<void>;
}

interface AgentConn {
  send(sessionId: string, text: string, clientMessageId: string): Promise<void>;
  typing(sessionId: string, isTyping: boolean): Promise<void>;
  take(sessionId: string): Promise<void>;
}

interface Visitor {
  chat: ChatSpec;
  agent: Agent;
  conn: VisitorConn;
}

interface Agent {
  spec: AgentSpec;
  conn: AgentConn;
}

interface InFlight {
  sentAt: number;
  window: boolean;
  acked: boolean;
  arrived: boolean;
}

const visitors = new Map<string, Visitor>();
const agents: Agent[] = [];
const closers: (() => void)[] = [];

/** What the current run has sent and seen; replaced at the start of each run. */
let book = newBook();
let windowOpen = false;
let inboxEvents = 0;

function newBook() {
  return {
    toAgent: new Map<string, InFlight>(),
    toVisitor: new Map<string, InFlight>(),
    latencies: { toAgent: [] as number[], toVisitor: [] as number[] },
    errors: { toAgent: 0, toVisitor: 0, typing: 0, newChats: 0, subscriptions: 0, deliveries: 0 },
    firstDeliveryError: undefined as string | undefined,
    typingSent: 0,
    newChats: 0,
    duplicates: 0,
    inFlight: 0,
    firstError: undefined as string | undefined,
    running: false,
    timers: new Set<NodeJS.Timeout>(),
  };
}

const reply = (message: DeskReply) => process.send?.(message);
const noteError = (error: unknown) => (book.firstError ??= (error as Error).message ?? String(error));

// ---- arrivals --------------------------------------------------------------------------------

function arrived(flights: Map<string, InFlight>, latencies: number[], clientMessageId: string | null | undefined): boolean {
  const flight = clientMessageId ? flights.get(clientMessageId) : undefined;
  if (!flight) return false;
  if (flight.arrived) {
    book.duplicates += 1;
    return false;
  }
  flight.arrived = true;
  if (flight.window) latencies.push(now() - flight.sentAt);
  return true;
}

/** A visitor's message reached its agent: the agent types, then answers it. */
function agentReceived(sessionId: string, clientMessageId: string | null | undefined) {
  if (!arrived(book.toAgent, book.latencies.toAgent, clientMessageId)) return;
  const visitor = visitors.get(sessionId);
  const spec = currentSpec;
  if (!visitor || !spec || !book.running) return;
  const window = book.toAgent.get(clientMessageId!)!.window;
  const { conn } = visitor.agent;
  later(spec.replyDelayMs - spec.typingLeadMs, () => typing(() => conn.typing(sessionId, true)));
  later(spec.replyDelayMs, () => {
    void typing(() => conn.typing(sessionId, false));
    send(book.toVisitor, 'toVisitor', `${clientMessageId}-r`, window, () => conn.send(sessionId, AGENT_TEXT, `${clientMessageId}-r`));
  });
}

function visitorReceived(clientMessageId: string | null | undefined) {
  arrived(book.toVisitor, book.latencies.toVisitor, clientMessageId);
}

function inboxEvent() {
  if (windowOpen) inboxEvents += 1;
}

// ---- sending ---------------------------------------------------------------------------------

function send(flights: Map<string, InFlight>, direction: 'toAgent' | 'toVisitor', clientMessageId: string, window: boolean, go: () => Promise<void>) {
  const flight: InFlight = { sentAt: now(), window, acked: false, arrived: false };
  flights.set(clientMessageId, flight);
  book.inFlight += 1;
  go().then(
    () => (flight.acked = true),
    (error) => {
      book.errors[direction] += 1;
      noteError(error);
    },
  ).finally(() => (book.inFlight -= 1));
}

async function typing(go: () => Promise<void>) {
  book.typingSent += 1;
  await go().catch((error) => {
    book.errors.typing += 1;
    noteError(error);
  });
}

function later(ms: number, run: () => void) {
  const timer = setTimeout(() => {
    book.timers.delete(timer);
    run();
  }, Math.max(0, ms));
  book.timers.add(timer);
}

// ---- the API: graphql-ws by hand (light, as the holders are) and GraphQL over HTTP ------------

interface GraphqlSocket {
  subscribe(id: string, query: string, variables?: Record<string, unknown>): void;
  /** A mutation over the socket, its answer unread, as the widget and the console send typing. */
  send(query: string, variables: Record<string, unknown>): void;
  close(): void;
}

function openGraphqlSocket(base: string, token: string, onNext: (id: string, data: Record<string, any>) => void): Promise<GraphqlSocket> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(`${base.replace(/^http/, 'ws')}/graphql`, 'graphql-transport-ws', {
      localAddress,
      perMessageDeflate: false,
      handshakeTimeout: CONNECT_TIMEOUT_MS,
    });
    const timer = setTimeout(() => {
      socket.terminate();
      reject(new Error('graphql-ws: no connection_ack in time'));
    }, CONNECT_TIMEOUT_MS);
    let acked = false;
    socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } })));
    socket.on('message', (raw: Buffer) => {
      const message = JSON.parse(raw.toString()) as { type: string; id?: string; payload?: any };
      if (message.type === 'next') {
        // A delivery may carry errors beside its data (a field that failed): counted, not hidden.
        if (message.payload?.errors?.length) {
          book.errors.deliveries += 1;
          book.firstDeliveryError ??= `${message.id}: ${message.payload.errors[0].message}`;
        }
        return onNext(message.id!, message.payload?.data ?? {});
      }
      if (message.type === 'ping') return socket.send('{"type":"pong"}');
      if (message.type === 'error') {
        book.errors.subscriptions += 1;
        return noteError(new Error(`subscription ${message.id}: ${JSON.stringify(message.payload).slice(0, 300)}`));
      }
      if (message.type === 'connection_ack' && !acked) {
        acked = true;
        clearTimeout(timer);
        let sent = 0;
        resolve({
          subscribe: (id, query, variables) => socket.send(JSON.stringify({ id, type: 'subscribe', payload: { query, variables } })),
          send: (query, variables) => socket.send(JSON.stringify({ id: `send:${(sent += 1)}`, type: 'subscribe', payload: { query, variables } })),
          close: () => socket.terminate(),
        });
      }
    });
    socket.on('error', (error) => {
      if (!acked) {
        clearTimeout(timer);
        reject(error);
      }
    });
    socket.on('close', (code) => {
      if (acked && book.running) noteError(new Error(`a socket closed during the run (${code})`));
    });
  });
}

async function graphql(base: string, query: string, variables: Record<string, unknown>, token?: string): Promise<any> {
  const headers: Record<string, string> = { 'apollo-require-preflight': 'true', ...(token ? bearer(token) : {}) };
  const post = () => requestJson<{ data?: any; errors?: { message: string; extensions?: { code?: string } }[] }>('POST', `${base}/graphql`, { query, variables }, headers, localAddress);
  // A keep-alive connection the server just closed as idle: nothing reached it, so send it again.
  const response = await post().catch((error: NodeJS.ErrnoException) => (error.code === 'ECONNRESET' ? post() : Promise.reject(error)));
  if (response.errors?.length) {
    const [first] = response.errors;
    throw new Error(`${first!.extensions?.code ?? 'ERROR'}: ${first!.message}`);
  }
  return response.data;
}

async function apiVisitor(chat: ChatSpec): Promise<VisitorConn> {
  const base = bases[chat.instance]!;
  const socket = await openGraphqlSocket(base, chat.visitorToken, (id, data) => {
    if (id === 'm' && data.messageAdded?.sender === 'ADMIN') visitorReceived(data.messageAdded.clientMessageId);
  });
  closers.push(() => socket.close());
  socket.subscribe('m', VISITOR.messageAdded, { sessionId: chat.sessionId });
  socket.subscribe('t', VISITOR.typingChanged, { sessionId: chat.sessionId });
  socket.subscribe('s', VISITOR.chatSessionUpdated, { id: chat.sessionId });
  return {
    send: (text, clientMessageId) => graphql(base, VISITOR.send, { input: { sessionId: chat.sessionId, text, clientMessageId } }, chat.visitorToken),
    typing: async (isTyping) => socket.send(VISITOR.typing, { sessionId: chat.sessionId, isTyping }),
  };
}

async function apiAgent(spec: AgentSpec): Promise<AgentConn> {
  const base = bases[spec.instance]!;
  const onNext = (id: string, data: Record<string, any>) => {
    if (id === 'i') return inboxEvent();
    const message = data.messageAdded;
    if (id.startsWith('m:') && message?.sender === 'CUSTOMER') agentReceived(message.sessionId, message.clientMessageId);
  };
  const sockets: GraphqlSocket[] = [await openGraphqlSocket(base, spec.token, onNext)];
  closers.push(() => sockets.forEach((socket) => socket.close()));
  sockets[0]!.subscribe('i', AGENT.inbox);
  sockets[0]!.subscribe('p', AGENT.presence);
  sockets[0]!.subscribe('n', AGENT.mentioned);
  let onSocket = 3;
  for (const chat of spec.chats) {
    if (onSocket >= SUBSCRIPTIONS_PER_SOCKET) {
      sockets.push(await openGraphqlSocket(base, spec.token, onNext));
      onSocket = 0;
    }
    sockets.at(-1)!.subscribe(`m:${chat.sessionId}`, AGENT.messageAdded, { sessionId: chat.sessionId });
    onSocket += 1;
  }
  return {
    send: (sessionId, text, clientMessageId) => graphql(base, AGENT.send, { input: { sessionId, text, clientMessageId } }, spec.token),
    typing: async (sessionId, isTyping) => sockets[0]!.send(AGENT.typing, { sessionId, isTyping }),
    take: (sessionId) => graphql(base, AGENT.take, { id: sessionId }, spec.token),
  };
}

async function apiNewChat(n: number, agent: Agent) {
  const base = bases[n % 2]!;
  const { registerCustomer } = await graphql(base, VISITOR.register, { input: { name: `Pengunjung baru ${n}` } });
  const { startChatSession } = await graphql(base, VISITOR.start, { input: { message: VISITOR_TEXT } }, registerCustomer.token);
  await agent.conn.take(startChatSession.id);
}

// ---- the Socket.IO design, as its widget and console would use it ------------------------------

async function ack(socket: Socket, event: string, ...args: unknown[]): Promise<any> {
  const answer = await socket.timeout(SEND_TIMEOUT_MS).emitWithAck(event, ...args);
  if (answer?.error) throw new Error(answer.error);
  return answer;
}

async function socketioVisitor(chat: ChatSpec): Promise<VisitorConn> {
  const socket = await connectSocketio(bases[chat.instance]!, chat.visitorToken, localAddress);
  closers.push(() => socket.disconnect());
  socket.on('message:new', (message: { sender: string; clientMessageId: string | null }) => {
    if (message.sender === 'ADMIN') visitorReceived(message.clientMessageId);
  });
  await ack(socket, 'session:join', chat.sessionId);
  return {
    send: (text, clientMessageId) => ack(socket, 'message:send', { sessionId: chat.sessionId, text, clientMessageId }),
    typing: async (isTyping) => void socket.emit(isTyping ? 'typing:start' : 'typing:stop', { sessionId: chat.sessionId }),
  };
}

async function socketioAgent(spec: AgentSpec): Promise<AgentConn> {
  const base = bases[spec.instance]!;
  const socket = await connectSocketio(base, spec.token, localAddress);
  closers.push(() => socket.disconnect());
  socket.on('message:new', (message: { sessionId: string; sender: string; clientMessageId: string | null }) => {
    if (message.sender === 'CUSTOMER') agentReceived(message.sessionId, message.clientMessageId);
  });
  socket.on('session:new', inboxEvent);
  socket.on('session:assigned', inboxEvent);
  for (const chat of spec.chats) await ack(socket, 'session:join', chat.sessionId);
  return {
    send: (sessionId, text, clientMessageId) => ack(socket, 'message:send', { sessionId, text, clientMessageId }),
    typing: async (sessionId, isTyping) => void socket.emit(isTyping ? 'typing:start' : 'typing:stop', { sessionId }),
    take: async (sessionId) => {
      await requestJson('PATCH', `${base}/api/chat-sessions/${sessionId}/assign`, {}, bearer(spec.token), localAddress);
      await ack(socket, 'session:join', sessionId);
    },
  };
}

async function socketioNewChat(n: number, agent: Agent) {
  const base = bases[n % 2]!;
  const { token } = await requestJson<{ token: string }>('POST', `${base}/api/customers`, { name: `Pengunjung baru ${n}` }, {}, localAddress);
  const { id } = await requestJson<{ id: string }>('POST', `${base}/api/chat-sessions`, {}, bearer(token), localAddress);
  await requestJson('POST', `${base}/api/chat-sessions/${id}/messages`, { text: VISITOR_TEXT }, bearer(token), localAddress);
  await agent.conn.take(id);
}

// ---- commands --------------------------------------------------------------------------------

async function grow(specs: AgentSpec[], concurrency: number, timeoutMs: number) {
  const deadline = now() + timeoutMs;
  let failed = 0;
  let error: string | undefined;
  const attempt = async (work: () => Promise<void>) => {
    if (now() > deadline) {
      failed += 1;
      error ??= 'out of time';
      return;
    }
    await work().catch((cause: Error) => {
      failed += 1;
      error ??= cause.message;
    });
  };
  const fresh: Agent[] = [];
  await inLanes(specs, concurrency, (spec) =>
    attempt(async () => {
      const conn = await (kind === 'api' ? apiAgent(spec) : socketioAgent(spec));
      fresh.push({ spec, conn });
    }),
  );
  agents.push(...fresh);
  const chats = fresh.flatMap((agent) => agent.spec.chats.map((chat) => ({ chat, agent })));
  await inLanes(chats, concurrency, ({ chat, agent }) =>
    attempt(async () => {
      const conn = await (kind === 'api' ? apiVisitor(chat) : socketioVisitor(chat));
      visitors.set(chat.sessionId, { chat, agent, conn });
    }),
  );
  reply({ evt: 'grown', visitors: visitors.size, agents: agents.length, failed, error });
}

let currentSpec: RunSpec | undefined;

async function run(spec: RunSpec) {
  book = newBook();
  book.running = true;
  currentSpec = spec;
  inboxEvents = 0;
  const startedAt = now();
  const windowStart = startedAt + spec.warmupMs;
  const windowEnd = windowStart + spec.windowMs;
  let sequence = 0;
  for (const visitor of visitors.values()) {
    const write = (at: number) => {
      if (at >= windowEnd) return;
      later(at - spec.typingLeadMs - now(), () => void typing(() => visitor.conn.typing(true)));
      later(at - now(), () => {
        void typing(() => visitor.conn.typing(false));
        const clientMessageId = `${spec.tag}-${(sequence += 1)}`;
        send(book.toAgent, 'toAgent', clientMessageId, at >= windowStart, () => visitor.conn.send(VISITOR_TEXT, clientMessageId));
        write(at + spec.periodMs);
      });
    };
    write(startedAt + spec.typingLeadMs + (visitor.chat.offsetMs % spec.periodMs));
  }
  if (spec.newChatsPerSecond > 0 && agents.length) {
    const every = 1000 / spec.newChatsPerSecond;
    let n = 0;
    const next = (at: number) => {
      if (at >= windowEnd) return;
      later(at - now(), () => {
        n += 1;
        const agent = agents[n % agents.length]!;
        book.newChats += 1;
        (kind === 'api' ? apiNewChat(n, agent) : socketioNewChat(n, agent)).catch((error) => {
          book.errors.newChats += 1;
          noteError(error);
        });
        next(at + every);
      });
    };
    next(startedAt + every / 2);
  }

  const delay = monitorEventLoopDelay({ resolution: DELAY_RESOLUTION_MS });
  let cpuStart = process.cpuUsage();
  later(windowStart - now(), () => {
    windowOpen = true;
    cpuStart = process.cpuUsage();
    delay.enable();
  });
  await waitUntil(() => now() >= windowEnd, spec.warmupMs + spec.windowMs + 5000, 50);
  windowOpen = false;
  delay.disable();
  const cpu = process.cpuUsage(cpuStart);
  const inboxInWindow = inboxEvents;

  // The replies to the window's last messages are still due; then everything must have arrived.
  const everything = () => [...book.toAgent.values(), ...book.toVisitor.values()];
  await waitUntil(() => book.timers.size === 0 && book.inFlight === 0, spec.replyDelayMs + SEND_TIMEOUT_MS + 5000, 50);
  await waitUntil(() => everything().every((flight) => !flight.acked || flight.arrived), spec.drainMs, 50);
  book.running = false;
  for (const timer of book.timers) clearTimeout(timer);

  const figures = (flights: Map<string, InFlight>, latencies: number[], errors: number): DirectionFigures => {
    const window = [...flights.values()].filter((flight) => flight.window);
    return {
      latencies,
      sent: window.length,
      acknowledged: window.filter((flight) => flight.acked).length,
      lost: window.filter((flight) => flight.acked && !flight.arrived).length,
      errors,
    };
  };
  // The histogram holds the timer's whole interval: the delay is what exceeds the resolution.
  const ms = (ns: number) => Math.max(0, Math.round(ns / 1e4 - DELAY_RESOLUTION_MS * 100) / 100);
  const result: ClientResult = {
    visitorToAgent: figures(book.toAgent, book.latencies.toAgent, book.errors.toAgent),
    agentToVisitor: figures(book.toVisitor, book.latencies.toVisitor, book.errors.toVisitor),
    warmupLost: everything().filter((flight) => !flight.window && flight.acked && !flight.arrived).length,
    duplicates: book.duplicates,
    typing: { sent: book.typingSent, errors: book.errors.typing },
    newChats: { started: book.newChats, errors: book.errors.newChats },
    inboxEvents: inboxInWindow,
    deliveryErrors: { count: book.errors.deliveries, first: book.firstDeliveryError },
    firstError: book.firstError ?? (book.errors.subscriptions ? 'a subscription failed' : undefined),
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    eventLoopDelayMs: { p50: ms(delay.percentile(50)), p99: ms(delay.percentile(99)), max: ms(delay.max) },
    rssBytes: process.memoryUsage().rss,
  };
  reply({ evt: 'result', result });
}

async function inLanes<T>(items: T[], lanes: number, work: (item: T) => Promise<void>) {
  let next = 0;
  const lane = async () => {
    while (next < items.length) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(lanes, items.length) }, lane));
}

process.on('message', (command: DeskCommand) => {
  const fail = (error: Error) => reply({ evt: 'failed', error: error.stack ?? error.message });
  switch (command.cmd) {
    case 'setup':
      ({ kind, bases, localAddress } = command);
      return reply({ evt: 'ready' });
    case 'grow':
      return void grow(command.agents, command.concurrency, command.timeoutMs).catch(fail);
    case 'run':
      return void run(command.spec).catch(fail);
    case 'close':
      for (const close of closers.splice(0)) close();
      return reply({ evt: 'closed' });
  }
});
process.on('disconnect', () => process.exit(0));
