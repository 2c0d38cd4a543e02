import { batch, createSignal } from 'solid-js';
import {
  compareIds,
  lastStoredId,
  mergeMessages,
  newClientMessageId,
  pendingMessage,
  updateMessage,
  type ChatMessage,
  type ServerMessage,
} from './chat-messages';
import type { ChatSessionStatus } from './gql/graphql';
import { RequestError, type Transport } from './graphql-client';
import { createLiveSocket, type GraphQLErrorLike, type LinkState, type LiveSocket } from './live-socket';
import {
  GetMessagesAfter,
  GetRecentMessages,
  MarkChatSessionRead,
  OnChatSessionUpdated,
  OnMessageAdded,
  OnTypingChanged,
  RegisterCustomer,
  SendFileMessage,
  SendMessage,
  SetTyping,
  StartChatSession,
} from './operations';
import type { FieldErrors, PrechatValues } from './prechat-validation';
import type { VisitorStore } from './saved-visitor';
import type { PageIdentity, Topic } from './widget-config';

/**
 * `loading` while a saved visitor is resumed; `form` before registering; `chat` after; `signin`
 * when the desk chats only with the host site's signed-in users and this visitor is none; `blocked`
 * for a visitor the desk blocked (its token is kept, so it cannot start afresh).
 */
export type Phase = 'loading' | 'form' | 'chat' | 'signin' | 'blocked';

export interface SessionInfo {
  id: string;
  status: ChatSessionStatus;
  agentName: string | null;
  /** 1-based, while the chat waits in its queue; null otherwise. */
  queuePosition: number | null;
  estimatedWaitSeconds: number | null;
  /** The newest message the visitor has read; the agents' messages after it are `unreadCount`. */
  customerLastReadMessageId: string | null;
  /** The newest message the agents have read: the visitor's messages up to it show "Dibaca". */
  agentLastReadMessageId: string | null;
  unreadCount: number;
}

interface SessionPayload {
  id: string;
  status: ChatSessionStatus;
  assignedAdmin: { name: string } | null;
  queuePosition: number | null;
  estimatedWaitSeconds: number | null;
  customerLastReadMessageId: string | null;
  agentLastReadMessageId: string | null;
  unreadCount: number;
}

interface MessagePage {
  edges: { cursor: string; node: ServerMessage }[];
  pageInfo: { endCursor: string | null; startCursor?: string | null; hasPreviousPage?: boolean; hasNextPage?: boolean };
}

export interface ConversationDeps {
  transport: Transport;
  websocketUrl: string;
  store: VisitorStore;
  /** The topics on offer: with any, a new chat needs one of them. */
  topics: () => Topic[];
  /** The chosen topic was withdrawn meanwhile: the offer is worth asking for again. */
  onTopicsStale: () => void;
  /** The host site's signed-in user: registered as a verified visitor, without the form. */
  identity?: PageIdentity;
}

const PAGE_SIZE = 50;
const CATCH_UP_PAGE_SIZE = 100;
const TYPING_IDLE_MS = 3_000;
const TYPING_REFRESH_MS = 4_000;
const AGENT_TYPING_TIMEOUT_MS = 8_000;
/** A subscription may start a moment after the catch-up query ran; a second look closes that gap. */
const SECOND_CATCH_UP_MS = 1_500;
/** While the socket is down, HTTP still brings new messages (a proxy may block WebSockets). */
const POLL_WHILE_DISCONNECTED_MS = 10_000;

export type Conversation = ReturnType<typeof createConversation>;

/**
 * The visitor's side of one conversation: registration, the session, its messages and the live
 * link. Components read its signals and call its actions; they never talk to the API themselves.
 */
export function createConversation(deps: ConversationDeps) {
  const [phase, setPhase] = createSignal<Phase>('loading');
  const [session, setSession] = createSignal<SessionInfo | null>(null);
  const [messages, setMessages] = createSignal<ChatMessage[]>([]);
  const [hasEarlier, setHasEarlier] = createSignal(false);
  const [agentTyping, setAgentTyping] = createSignal(false);
  /** The typing agent's name, from its typing event. */
  const [typistName, setTypistName] = createSignal<string | null>(null);
  /** Registered, with no chat yet: the chat starts when the visitor sends its first message. */
  const [draft, setDraft] = createSignal(false);
  const [link, setLink] = createSignal<LinkState>('idle');
  /** The teamId the next chat starts in. */
  const [topic, setTopic] = createSignal<string | null>(null);

  let token = deps.store.load()?.token ?? null;
  let socket: LiveSocket | null = null;
  let unfollow: (() => void) | null = null;
  let firstCursor: string | null = null;
  let lastCursor: string | null = null;
  let catchUpRunning: Promise<void> | null = null;
  let catchUpAgain = false;
  let lastCatchUpOk = false;
  let starting: Promise<void> | null = null;
  /** Bumped whenever live delivery starts over: a (re)connection, or a new session followed. */
  let liveGeneration = 0;
  /**
   * Whether live messages may move `lastCursor`: only once a catch-up has run after the
   * subscription surely started, so that nothing before a live message can be missing.
   */
  let cursorFollowsLive = false;
  let typingSentAt = 0;
  let typingTimer: ReturnType<typeof setTimeout> | undefined;
  let agentTypingTimer: ReturnType<typeof setTimeout> | undefined;
  let pollTimer: ReturnType<typeof setInterval> | undefined;
  /** The newest message seen on screen and not yet marked read on the server; one mark at a time. */
  let seenUnmarked: string | null = null;
  let marking = false;
  const request = deps.transport.request;
  /** Files of the visitor's unsent file messages, kept for a retry. */
  const files = new Map<string, File>();

  const isOpen = () => session()?.status !== undefined && session()!.status !== 'CLOSED';
  const canWrite = () => isOpen() || (draft() && !session());
  /** The chosen topic while it is still on offer. */
  const chosenTopic = () => deps.topics().find((offered) => offered.teamId === topic())?.teamId ?? null;
  /** A chat yet to start, with topics on offer and none of them chosen. */
  const topicMissing = () => !session() && deps.topics().length > 0 && chosenTopic() === null;

  function applySession(payload: SessionPayload) {
    if (session() && session()!.id !== payload.id) return;
    setSession({
      id: payload.id,
      status: payload.status,
      agentName: payload.assignedAdmin?.name ?? null,
      queuePosition: payload.queuePosition,
      estimatedWaitSeconds: payload.estimatedWaitSeconds,
      customerLastReadMessageId: payload.customerLastReadMessageId,
      agentLastReadMessageId: payload.agentLastReadMessageId,
      unreadCount: payload.unreadCount,
    });
    if (payload.status === 'CLOSED') {
      setAgentTyping(false);
      stopTyping();
      unfollow?.();
      unfollow = null;
    }
  }

  /** Folds messages in; what is unread is the server's count (see `markSeen`). */
  function absorb(incoming: ServerMessage[]) {
    if (!incoming.length) return;
    const { list, added } = mergeMessages(messages(), incoming);
    batch(() => {
      setMessages(list);
      if (added.some((message) => message.sender === 'ADMIN')) setAgentTyping(false);
    });
  }

  /** Marks the chat read up to `seenUnmarked`, again while a newer message was seen meanwhile. */
  async function sendMarks(sessionId: string) {
    marking = true;
    try {
      while (seenUnmarked !== null && session()?.id === sessionId) {
        const messageId = seenUnmarked;
        const data = await request(MarkChatSessionRead, { id: sessionId, messageId });
        if (seenUnmarked === messageId) seenUnmarked = null;
        applySession(data.markChatSessionRead);
      }
    } catch {
      // Offline, or the chat is gone: the next message seen marks it, and the catch-up shows the rest.
      seenUnmarked = null;
    } finally {
      marking = false;
    }
  }

  function resetSession() {
    files.clear();
    unfollow?.();
    unfollow = null;
    firstCursor = lastCursor = null;
    cursorFollowsLive = false;
    seenUnmarked = null;
    batch(() => {
      setSession(null);
      setMessages([]);
      setHasEarlier(false);
      setAgentTyping(false);
      setDraft(false);
    });
  }

  /** A clean page that the visitor's first message turns into a chat. */
  function startDraft() {
    resetSession();
    batch(() => {
      setDraft(true);
      setPhase('chat');
    });
  }

  /** Live delivery starts over: a catch-up once it surely flows lets live messages move the cursor again. */
  function restartLive() {
    const generation = ++liveGeneration;
    cursorFollowsLive = false;
    setTimeout(async () => {
      await catchUp();
      if (generation === liveGeneration && lastCatchUpOk && link() === 'connected') cursorFollowsLive = true;
    }, SECOND_CATCH_UP_MS);
  }

  function signOut() {
    deps.store.clear();
    token = null;
    socket?.dispose();
    socket = null;
    resetSession();
    batch(() => {
      setTopic(null);
      setLink('idle');
      setPhase('form');
    });
  }

  /** The session is no longer ours to see: what is left is the "start a new one" screen. */
  function sessionGone() {
    resetSession();
    if (token) deps.store.save({ token, ...savedIdentity() });
  }

  /** Which signed-in user the stored token was given for, kept along with it. */
  const savedIdentity = () => {
    const externalId = deps.store.load()?.externalId;
    return externalId ? { externalId } : {};
  };

  function handleError(error: unknown) {
    const code = error instanceof RequestError ? error.code : 'INTERNAL_SERVER_ERROR';
    const reason = error instanceof RequestError ? error.reason : undefined;
    if (code === 'UNAUTHENTICATED') signOut();
    else if (code === 'NOT_FOUND') sessionGone();
    else if (code === 'FORBIDDEN' && reason === 'BLOCKED') blocked();
    else if (code === 'FORBIDDEN' && reason === 'IDENTITY_REQUIRED') setPhase('signin');
  }

  /** Nothing more to do here: the socket goes, the token stays (a new registration would be refused). */
  function blocked() {
    socket?.dispose();
    socket = null;
    resetSession();
    batch(() => {
      setLink('idle');
      setPhase('blocked');
    });
  }

  /** The page's signed-in user, as a verified visitor; the stored token goes along, so a blocked browser is refused. */
  async function registerIdentity(identity: PageIdentity) {
    try {
      const data = await request(RegisterCustomer, {
        input: {
          name: identity.name,
          email: identity.email ?? null,
          phone: identity.phone ?? null,
          externalId: identity.externalId,
          identityHash: identity.hash,
        },
      });
      token = data.registerCustomer.token;
      deps.store.save({ token, externalId: identity.externalId });
      startDraft();
    } catch (error) {
      const forbidden = error instanceof RequestError && error.code === 'FORBIDDEN';
      if (forbidden && error.reason === 'BLOCKED') return blocked();
      if (error instanceof RequestError && error.code === 'UNAUTHENTICATED') {
        deps.store.clear();
        token = null;
        return registerIdentity(identity);
      }
      setPhase(forbidden ? 'signin' : 'form');
    }
  }

  function ensureSocket(): LiveSocket {
    socket ??= createLiveSocket({
      url: deps.websocketUrl,
      token: () => token,
      onState: (state) => {
        setLink(state);
        if (state !== 'connected') cursorFollowsLive = false;
      },
      onConnected: () => {
        void catchUp();
        restartLive();
      },
      onUnauthorized: signOut,
      onForbidden: blocked,
    });
    return socket;
  }

  function follow(sessionId: string) {
    const live = ensureSocket();
    const onError = (errors: GraphQLErrorLike[]) => {
      const code = errors[0]?.extensions?.code;
      handleError(new RequestError(code ?? 'INTERNAL_SERVER_ERROR', errors[0]?.message ?? ''));
    };
    const stops = [
      live.subscribe(OnMessageAdded, { sessionId }, (data) => {
        if (session()?.id !== sessionId) return;
        absorb([data.messageAdded]);
        // Without this, every reconnect would fetch again what already arrived live.
        const { id } = data.messageAdded;
        if (cursorFollowsLive && lastCursor !== null && compareIds(id, lastCursor) > 0) lastCursor = id;
      }, onError),
      live.subscribe(OnTypingChanged, { sessionId }, (data) => {
        const event = data.typingChanged;
        if (session()?.id === sessionId && event.sender === 'ADMIN') showAgentTyping(event.isTyping, event.senderName ?? null);
      }),
      live.subscribe(OnChatSessionUpdated, { id: sessionId }, (data) => applySession(data.chatSessionUpdated)),
    ];
    unfollow?.();
    unfollow = () => stops.forEach((stop) => stop());
    if (link() === 'connected') restartLive();
  }

  function showAgentTyping(isTyping: boolean, name: string | null) {
    clearTimeout(agentTypingTimer);
    if (isTyping) setTypistName(name);
    setAgentTyping(isTyping);
    // A lost "stopped typing" event must not leave the dots on for ever.
    if (isTyping) agentTypingTimer = setTimeout(() => setAgentTyping(false), AGENT_TYPING_TIMEOUT_MS);
  }

  function takeFirstPage(sessionId: string, page: MessagePage) {
    if (session()?.id !== sessionId) return;
    absorb(page.edges.map((edge) => edge.node));
    firstCursor = page.pageInfo.startCursor ?? null;
    lastCursor = page.pageInfo.endCursor ?? lastCursor;
    setHasEarlier(Boolean(page.pageInfo.hasPreviousPage));
  }

  /**
   * Asks for exactly what came after the last cursor seen, page by page: after a reload, after a
   * reconnect, and while the socket is down. Merging by id keeps anything from arriving twice.
   */
  function catchUp(): Promise<void> {
    if (catchUpRunning) {
      catchUpAgain = true;
      // Resolves once the run asked for here is done too, not only the one under way.
      return catchUpRunning.then(() => catchUpRunning ?? undefined);
    }
    catchUpRunning = (async () => {
      try {
        const current = session();
        if (!current) return;
        if (lastCursor === null) {
          const data = await request(GetRecentMessages, { id: current.id, last: PAGE_SIZE });
          if (!data.chatSession) return sessionGone();
          applySession(data.chatSession);
          takeFirstPage(current.id, data.chatSession.messages);
        } else {
          for (let more = true; more && lastCursor !== null && session()?.id === current.id; ) {
            const after: string = lastCursor;
            const data = await request(GetMessagesAfter, { id: current.id, after, first: CATCH_UP_PAGE_SIZE });
            if (!data.chatSession) return sessionGone();
            if (session()?.id !== current.id) return;
            applySession(data.chatSession);
            const page: MessagePage & { pageInfo: { hasNextPage: boolean } } = data.chatSession.messages;
            absorb(page.edges.map((edge) => edge.node));
            lastCursor = page.pageInfo.endCursor ?? lastCursor;
            more = page.pageInfo.hasNextPage;
          }
        }
        lastCatchUpOk = true;
        resendAfterOutage();
      } catch (error) {
        lastCatchUpOk = false;
        if (error instanceof RequestError && error.code === 'BAD_USER_INPUT') lastCursor = null;
        handleError(error);
      } finally {
        catchUpRunning = null;
        if (catchUpAgain) {
          catchUpAgain = false;
          void catchUp();
        }
      }
    })();
    return catchUpRunning;
  }

  /** Messages that failed only because the API was unreachable go again, with the same clientMessageId. */
  function resendAfterOutage() {
    for (const message of messages()) {
      if (message.status === 'failed' && message.failure === 'NETWORK') void deliver(message.key);
    }
  }

  function openSession(started: SessionPayload & { messages: MessagePage }) {
    deps.store.save({ token: token!, sessionId: started.id, ...savedIdentity() });
    // In one batch, so the composer (shown for the draft, then for the session) is never remounted.
    batch(() => {
      applySession(started);
      setDraft(false);
      takeFirstPage(started.id, started.messages);
    });
    if (started.status !== 'CLOSED') follow(started.id);
  }

  /**
   * A chat starts with the visitor's first message, in the same call, so agents never see an
   * empty chat; a file goes right after (the empty chat stays the visitor's alone until it does).
   * Resolves to whether `first` was stored by the start itself.
   */
  async function startChat(first: ChatMessage | null): Promise<boolean> {
    if (starting) {
      await starting.catch(() => {});
      if (session()) return false;
    }
    const teamId = chosenTopic();
    const input = {
      ...(first ? { message: first.text, clientMessageId: first.clientMessageId } : {}),
      ...(teamId ? { teamId } : {}),
    };
    const attempt = request(StartChatSession, { input, last: PAGE_SIZE }).then((data) => openSession(data.startChatSession));
    starting = attempt;
    try {
      await attempt;
    } finally {
      if (starting === attempt) starting = null;
    }
    return first !== null;
  }

  function startPolling() {
    clearInterval(pollTimer);
    pollTimer = setInterval(() => {
      if (isOpen() && link() !== 'connected') void catchUp();
      else if (canWrite() && !session()) resendAfterOutage();
    }, POLL_WHILE_DISCONNECTED_MS);
  }

  /** Sends (or re-sends, with the same clientMessageId) one of the visitor's messages. */
  async function deliver(key: string) {
    const message = messages().find((item) => item.key === key);
    if (!message || message.status === 'sent' || !canWrite() || topicMissing()) return;
    const file = files.get(key);
    if (!file && message.text === null) return;
    setMessages((list) => updateMessage(list, key, { status: 'sending', failure: null, progress: null }));
    try {
      if (!session() && (await startChat(file ? null : message))) return;
      const current = session();
      if (!current) return;
      const stored = file
        ? (
            await deps.transport.upload(
              SendFileMessage,
              // The spec sends the file as null in `operations` and maps the form part onto it.
              { input: { sessionId: current.id, file: null as unknown as File, caption: null, clientMessageId: message.clientMessageId } },
              'variables.input.file',
              file,
              (progress) => setMessages((list) => updateMessage(list, key, { progress })),
            )
          ).sendFileMessage
        : (
            await request(SendMessage, {
              input: { sessionId: current.id, text: message.text!, clientMessageId: message.clientMessageId },
            })
          ).sendMessage;
      files.delete(key);
      if (session()?.id === current.id) absorb([stored]);
    } catch (error) {
      const topicGone = error instanceof RequestError && error.code === 'BAD_USER_INPUT' && error.field === 'teamId';
      const code = topicGone ? 'TOPIC_GONE' : error instanceof RequestError ? error.code : 'INTERNAL_SERVER_ERROR';
      if (topicGone) {
        setTopic(null);
        deps.onTopicsStale();
      }
      // The subscription may have delivered it already: the send worked, only its answer was lost.
      const confirmed = messages().find((item) => item.key === key)?.id != null;
      if (!confirmed) setMessages((list) => updateMessage(list, key, { status: 'failed', failure: code }));
      if (code === 'SESSION_CLOSED') void catchUp();
      handleError(error);
    }
  }

  function sendTyping(isTyping: boolean) {
    const current = session();
    if (!current || !isOpen()) return;
    const variables = { sessionId: current.id, isTyping };
    // Over the open socket where there is one: no HTTP request for each pause in typing.
    if (!socket?.sendIfConnected(SetTyping, variables)) request(SetTyping, variables).catch(() => {});
  }

  function stopTyping() {
    clearTimeout(typingTimer);
    if (!typingSentAt) return;
    typingSentAt = 0;
    sendTyping(false);
  }

  return {
    phase,
    session,
    messages,
    hasEarlier,
    agentTyping,
    typistName,
    canWrite,
    /** A visitor who may write but has no chat yet: the pre-chat form's, or a saved visitor's next one. */
    startsNewChat: () => draft() && !session(),
    link,
    /** The agents' (and system) messages the visitor has not seen, as the server counts them. */
    unread: () => session()?.unreadCount ?? 0,

    /** Resumes a saved visitor (its token and open session), or waits for the form. */
    async start() {
      startPolling();
      const saved = deps.store.load();
      // Another (or a first) signed-in user on this browser: its own verified visitor.
      if (deps.identity && saved?.externalId !== deps.identity.externalId) return registerIdentity(deps.identity);
      if (!saved) return setPhase('form');
      token = saved.token;
      if (!saved.sessionId) return startDraft();
      setPhase('chat');
      setSession({
        id: saved.sessionId,
        status: 'WAITING',
        agentName: null,
        queuePosition: null,
        estimatedWaitSeconds: null,
        customerLastReadMessageId: null,
        agentLastReadMessageId: null,
        unreadCount: 0,
      });
      await catchUp();
      const current = session();
      if (current && current.status !== 'CLOSED') follow(current.id);
    },

    /** The pre-chat form: registers the visitor (once); the chat itself starts with the first message. */
    async register(values: PrechatValues): Promise<{ fieldErrors?: FieldErrors; error?: 'rate' | 'failed' } | null> {
      try {
        if (!token) {
          const data = await request(RegisterCustomer, {
            input: { name: values.name.trim(), email: values.email.trim() || null, phone: values.phone.trim() || null },
          });
          token = data.registerCustomer.token;
          deps.store.save({ token });
        }
        batch(() => {
          setTopic(values.topic || null);
          startDraft();
        });
        return null;
      } catch (error) {
        if (!(error instanceof RequestError)) return { error: 'failed' };
        if (error.code === 'BAD_USER_INPUT' && error.field) return { fieldErrors: { [error.field]: error.message } };
        if (error.code === 'UNAUTHENTICATED') {
          token = null;
          deps.store.clear();
        }
        return { error: error.code === 'RATE_LIMITED' ? 'rate' : 'failed' };
      }
    },

    /** From the "conversation has ended" screen: a new chat starts with the next message. */
    startNew() {
      batch(() => {
        setTopic(null);
        startDraft();
      });
    },

    topic,
    setTopic,
    topicMissing,
    /** For the parts beside the chat (the rating prompt) that ask the server on the visitor's behalf. */
    request,

    sendText(text: string) {
      const body = text.trim();
      if (!body || !canWrite() || topicMissing()) return;
      stopTyping();
      const message = pendingMessage(newClientMessageId(), body, null, lastStoredId(messages()));
      setMessages((list) => [...list, message]);
      void deliver(message.key);
    },

    /** The caller has checked size and type already; the server checks again. */
    sendFile(file: File) {
      if (!canWrite() || topicMissing()) return;
      const message = pendingMessage(newClientMessageId(), null, { name: file.name, size: file.size, type: file.type }, lastStoredId(messages()));
      files.set(message.key, file);
      setMessages((list) => [...list, message]);
      void deliver(message.key);
    },

    retry(key: string) {
      void deliver(key);
    },

    async loadEarlier() {
      const current = session();
      if (!current || !firstCursor) return;
      try {
        const data = await request(GetRecentMessages, { id: current.id, last: PAGE_SIZE, before: firstCursor });
        if (!data.chatSession || session()?.id !== current.id) return;
        const page = data.chatSession.messages;
        absorb(page.edges.map((edge) => edge.node));
        firstCursor = page.pageInfo.startCursor ?? firstCursor;
        setHasEarlier(page.pageInfo.hasPreviousPage);
      } catch (error) {
        handleError(error);
      }
    },

    /** Call on every keystroke: says "typing" once, refreshes it now and then, and stops after a pause. */
    noteTyping() {
      if (!isOpen()) return;
      clearTimeout(typingTimer);
      typingTimer = setTimeout(stopTyping, TYPING_IDLE_MS);
      if (Date.now() - typingSentAt < TYPING_REFRESH_MS) return;
      typingSentAt = Date.now();
      sendTyping(true);
    },

    stopTyping,

    /** The visitor has seen message `id` (on screen, the panel open): marks the chat read up to it. */
    markSeen(id: string) {
      const current = session();
      const marked = seenUnmarked ?? current?.customerLastReadMessageId ?? null;
      if (!current || (marked !== null && compareIds(id, marked) <= 0)) return;
      seenUnmarked = id;
      if (!marking) void sendMarks(current.id);
    },
  };
}
