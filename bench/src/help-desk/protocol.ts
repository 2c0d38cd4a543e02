/** How the help-desk scenario drives its client processes (see worker.ts), over IPC. */

export type DeskKind = 'api' | 'socketio';

/** One agent and the chats assigned to it, each with its visitor. */
export interface AgentSpec {
  id: string;
  token: string;
  /** 0 or 1: the instance its console is connected to. */
  instance: number;
  chats: ChatSpec[];
}

export interface ChatSpec {
  sessionId: string;
  visitorToken: string;
  instance: number;
  /** Where in each period this visitor writes: spread evenly over all visitors of the run. */
  offsetMs: number;
}

export interface RunSpec {
  tag: string;
  warmupMs: number;
  windowMs: number;
  drainMs: number;
  /** Each visitor writes once per period. */
  periodMs: number;
  /** typing true this long before each send, typing false with it: two typing events per message. */
  typingLeadMs: number;
  /** The agent starts typing its reply this long after the visitor's message arrives. */
  replyDelayMs: number;
  /** New chats started by new visitors, per second, by this client. */
  newChatsPerSecond: number;
}

export type DeskCommand =
  | { cmd: 'setup'; kind: DeskKind; bases: string[]; localAddress: string }
  | { cmd: 'grow'; agents: AgentSpec[]; concurrency: number; timeoutMs: number }
  | { cmd: 'run'; spec: RunSpec }
  | { cmd: 'close' };

export interface DirectionFigures {
  /** Send → arrival on the other side, ms, for messages sent in the measured window. */
  latencies: number[];
  sent: number;
  acknowledged: number;
  /** Acknowledged, never arrived. */
  lost: number;
  errors: number;
}

export interface ClientResult {
  visitorToAgent: DirectionFigures;
  agentToVisitor: DirectionFigures;
  /** The same deliveries of the warm-up: proof that every subscription was live. */
  warmupLost: number;
  duplicates: number;
  typing: { sent: number; errors: number };
  newChats: { started: number; errors: number };
  /** chatSessionUpdated (API) or session:* (Socket.IO) events that reached this client's agents in the window. */
  inboxEvents: number;
  /** Subscription deliveries that carried GraphQL errors (the API), with the first one. */
  deliveryErrors: { count: number; first?: string };
  firstError?: string;
  /** This process, over the measured window. */
  cpuSeconds: number;
  /** How late the event loop ran a 10 ms timer (monitorEventLoopDelay), over the window. */
  eventLoopDelayMs: { p50: number; p99: number; max: number };
  rssBytes: number;
}

export type DeskReply =
  | { evt: 'ready' }
  | { evt: 'grown'; visitors: number; agents: number; failed: number; error?: string }
  | { evt: 'result'; result: ClientResult }
  | { evt: 'closed' }
  | { evt: 'failed'; error: string };
