import { createEffect, createMemo, For, on, onCleanup, onMount, Show } from 'solid-js';
import { compareIds, linkify, safeHref, type ChatMessage } from './chat-messages';
import type { Conversation } from './conversation';
import { watchSeenMessages, type SeenMessages } from './seen-messages';
import { formatBytes, type Strings } from './strings';

/** How close to the bottom still counts as "reading the latest", so new messages scroll in. */
const STICKY_BOTTOM_PX = 80;

export function MessageList(props: {
  t: Strings;
  locale: string;
  welcome: string;
  conversation: Conversation;
  visible: boolean;
  maxFileSize: number;
  /** Sends a failed message again. */
  onRetry: (key: string) => void;
}) {
  const conversation = props.conversation;
  const byKey = createMemo(() => new Map(conversation.messages().map((message) => [message.key, message])));
  // Keys, not objects, drive the list: a bubble keeps its DOM node from "sending" to "sent", so
  // screen readers announce it once.
  const keys = createMemo(() => conversation.messages().map((message) => message.key), undefined, {
    equals: (a, b) => a.length === b.length && a.every((key, index) => key === b[index]),
  });
  const time = new Intl.DateTimeFormat(props.locale, { hour: '2-digit', minute: '2-digit' });
  const fullTime = new Intl.DateTimeFormat(props.locale, { dateStyle: 'medium', timeStyle: 'short' });
  let log!: HTMLDivElement;
  let stick = true;
  let watcher: SeenMessages | undefined;
  const seen = () => (watcher ??= watchSeenMessages(log, () => props.visible, (id) => conversation.markSeen(id)));
  onCleanup(() => watcher?.dispose());
  createEffect(on(() => props.visible, (visible) => visible && watcher?.check()));
  /** The visitor's newest message the agents have read: it alone says "Dibaca". */
  const readByAgentsId = createMemo(() => {
    const mark = conversation.session()?.agentLastReadMessageId;
    if (!mark) return null;
    const list = conversation.messages();
    for (let index = list.length - 1; index >= 0; index--) {
      const { sender, id } = list[index];
      if (sender === 'CUSTOMER' && id !== null && compareIds(id, mark) <= 0) return id;
    }
    return null;
  });

  const scrollToEnd = () => requestAnimationFrame(() => (log.scrollTop = log.scrollHeight));
  createEffect(
    on([keys, () => conversation.agentTyping(), () => props.visible], () => {
      const last = conversation.messages().at(-1);
      if (stick || last?.sender === 'CUSTOMER') scrollToEnd();
    }),
  );

  return (
    <div
      ref={log}
      class="log"
      role="log"
      aria-live="polite"
      aria-relevant="additions"
      aria-label={props.t.conversation}
      tabindex="0"
      on:scroll={() => (stick = log.scrollHeight - log.scrollTop - log.clientHeight < STICKY_BOTTOM_PX)}
    >
      <Show when={conversation.hasEarlier()}>
        <button type="button" class="earlier" on:click={() => void conversation.loadEarlier()}>
          {props.t.earlier}
        </button>
      </Show>
      <p class="welcome">{props.welcome}</p>
      <For each={keys()}>
        {(key) => {
          const message = () => byKey().get(key)!;
          return (
            <Show when={byKey().has(key)}>
              <MessageItem
                t={props.t}
                message={message()}
                time={time.format(new Date(message().createdAt))}
                fullTime={fullTime.format(new Date(message().createdAt))}
                failure={failureText(props.t, message().failure, props.maxFileSize)}
                onRetry={() => props.onRetry(key)}
                readByAgents={message().id !== null && message().id === readByAgentsId()}
                watchSeen={(element) => {
                  const { id, sender } = message();
                  return id !== null && sender !== 'CUSTOMER' ? seen().watch(element, id) : undefined;
                }}
              />
            </Show>
          );
        }}
      </For>
    </div>
  );
}

/** Failures the visitor can do something about get their own words; retrying would not help them. */
const FINAL_FAILURES = ['FILE_TOO_LARGE', 'UNSUPPORTED_FILE_TYPE', 'SESSION_CLOSED', 'BAD_USER_INPUT'];

function failureText(t: Strings, failure: string | null, maxFileSize: number): string | null {
  if (failure === 'FILE_TOO_LARGE') return t.fileTooLarge(formatBytes(maxFileSize));
  if (failure === 'UNSUPPORTED_FILE_TYPE') return t.fileType;
  if (failure === 'RATE_LIMITED') return t.rateLimited;
  if (failure === 'SESSION_CLOSED') return t.ended;
  if (failure === 'TOPIC_GONE') return t.topicGone;
  return null;
}

function MessageItem(props: {
  t: Strings;
  message: ChatMessage;
  time: string;
  fullTime: string;
  failure: string | null;
  onRetry: () => void;
  /** The visitor's newest message the agents have read. */
  readByAgents: boolean;
  /** Watches the bubble for being seen; returns how to stop. */
  watchSeen: (element: Element) => (() => void) | undefined;
}) {
  let element!: HTMLDivElement;
  onMount(() => {
    const stop = props.watchSeen(element);
    if (stop) onCleanup(stop);
  });
  const kind = () => props.message.sender.toLowerCase();
  const who = () => {
    if (props.message.sender === 'CUSTOMER') return props.t.you;
    if (props.message.sender === 'SYSTEM') return props.t.system;
    return props.message.senderName || props.t.agent;
  };
  return (
    <div ref={element} class={`msg ${kind()}`}>
      <Show when={props.message.sender === 'ADMIN'} fallback={<span class="sr">{who()}: </span>}>
        <span class="who">{who()}</span>
      </Show>
      <div class="bubble">
        <Show when={props.message.file || props.message.upload}>
          <FileView t={props.t} message={props.message} />
        </Show>
        <Show when={props.message.text}>
          <RichText text={props.message.text!} />
        </Show>
      </div>
      <Show when={props.message.sender !== 'SYSTEM'}>
        <div class="meta">
          <time datetime={props.message.createdAt} title={props.fullTime}>
            {props.time}
          </time>
          <Show when={props.message.sender === 'CUSTOMER'}>
            <span class={props.message.status === 'failed' ? 'failed' : undefined} data-status={props.message.status}>
              {props.message.status === 'sending' ? props.t.sending : props.message.status === 'sent' ? props.t.sent : props.t.failed}
            </span>
            <Show when={props.readByAgents}>
              <span class="read" data-read>
                {props.t.read}
              </span>
            </Show>
            <Show when={props.message.status === 'failed' && !FINAL_FAILURES.includes(props.message.failure ?? '')}>
              <button type="button" class="link-button" on:click={() => props.onRetry()}>
                {props.t.retry}
              </button>
            </Show>
          </Show>
        </div>
        <Show when={props.message.status === 'failed' && props.failure}>
          <p class="error" role="alert">
            {props.failure}
          </p>
        </Show>
      </Show>
    </div>
  );
}

/** Text nodes and <a> elements only: a message is never parsed as HTML. */
function RichText(props: { text: string }) {
  return (
    <For each={linkify(props.text)}>
      {(part) =>
        'href' in part ? (
          <a href={part.href} target="_blank" rel="noopener">
            {part.text}
          </a>
        ) : (
          part.text
        )
      }
    </For>
  );
}

function FileView(props: { t: Strings; message: ChatMessage }) {
  const file = () => props.message.file;
  const href = () => (file() ? safeHref(file()!.url) : null);
  const isImage = () => /^image\/(png|jpe?g|gif|webp)$/.test(file()?.mimeType ?? '');
  return (
    <Show
      when={file()}
      fallback={
        <span class="file">
          {props.message.upload?.name}
          <Show when={props.message.status === 'sending'}>
            <span class="sr">{props.t.uploading(Math.round((props.message.progress ?? 0) * 100))}</span>
            <span class="progress" role="progressbar" aria-valuemin="0" aria-valuemax="100" aria-valuenow={Math.round((props.message.progress ?? 0) * 100)}>
              <span style={{ width: `${Math.round((props.message.progress ?? 0) * 100)}%` }} />
            </span>
          </Show>
        </span>
      }
    >
      <Show
        when={isImage() && href()}
        fallback={
          <a class="file" href={href() ?? undefined} target="_blank" rel="noopener" download={file()!.filename}>
            {file()!.filename} ({formatBytes(file()!.size)})
          </a>
        }
      >
        <a href={href()!} target="_blank" rel="noopener">
          <img class="thumb" src={href()!} alt={file()!.filename} loading="lazy" />
        </a>
      </Show>
    </Show>
  );
}
