import { createSignal, Match, Show, Switch } from 'solid-js';
import { Composer } from './composer';
import type { Conversation, SessionInfo } from './conversation';
import { acceptAttribute } from './file-types';
import { CloseIcon } from './icons';
import { MessageList } from './message-list';
import { OfflineForm, ReopeningNotice } from './offline-form';
import type { OfflineInput } from './offline-desk';
import { PrechatForm } from './prechat-form';
import { RatingPrompt } from './rating-prompt';
import { roundWait, type Strings } from './strings';
import { TopicPicker } from './topic-picker';
import type { DisplayConfig } from './widget-config';

export interface ChatWindowProps {
  t: Strings;
  locale: string;
  english: boolean;
  config: DisplayConfig;
  conversation: Conversation;
  visible: boolean;
  /** Shown again by a reload: nothing in it takes the focus from the page. */
  restored: boolean;
  composerError: string | null;
  setComposerError: (error: string | null) => void;
  onAttach: (file: File) => void;
  onClose: () => void;
  ref: (panel: HTMLElement) => void;
  composerRef: (textarea: HTMLTextAreaElement) => void;
  /** The offline form's send, and showing the conversation it started. */
  offline: { send: (input: OfflineInput) => Promise<void>; resume: () => void };
}

export function ChatWindow(props: ChatWindowProps) {
  const conversation = props.conversation;
  const [dragging, setDragging] = createSignal(false);
  const [topicError, setTopicError] = createSignal<string | null>(null);
  let topicSelect: HTMLSelectElement | undefined;
  const session = () => conversation.session();
  const ended = () => !conversation.canWrite();
  const canDrop = () => props.config.allowFileUpload && conversation.phase() === 'chat' && !ended();
  /** A first message waits for a topic: the picker says so and takes the focus. */
  const refusedForTopic = () => {
    if (!conversation.topicMissing()) return false;
    setTopicError(props.t.topicRequired);
    topicSelect?.focus();
    return true;
  };
  const attach = (file: File) => {
    if (!refusedForTopic()) props.onAttach(file);
  };
  /** Connected agents do not answer outside business hours, nor while none is ONLINE. */
  const answering = () => props.config.online === true && !props.config.desk.offline;
  const hasFiles = (event: DragEvent) => Array.from(event.dataTransfer?.types ?? []).includes('Files');

  return (
    <section
      ref={props.ref}
      id="lc-panel"
      class="panel"
      classList={{ drag: dragging() }}
      data-drop={props.t.dropHere}
      role="dialog"
      aria-labelledby="lc-title"
      hidden={!props.visible}
      on:dragover={(event) => {
        if (!canDrop() || !hasFiles(event)) return;
        event.preventDefault();
        setDragging(true);
      }}
      on:dragleave={(event) => {
        if (!event.relatedTarget || !(event.currentTarget as Node).contains(event.relatedTarget as Node)) setDragging(false);
      }}
      on:drop={(event) => {
        setDragging(false);
        if (!canDrop() || !hasFiles(event)) return;
        event.preventDefault();
        const file = event.dataTransfer?.files[0];
        if (file) attach(file);
      }}
    >
      <header class="head">
        <div class="titles">
          <h2 id="lc-title">{props.config.widgetTitle}</h2>
          <Show when={props.config.online !== null}>
            <p class="presence">
              <span class="dot" classList={{ on: answering() }} aria-hidden="true" />
              {answering() ? `${props.t.online} · ${props.t.onlineHint}` : `${props.t.offline} · ${props.t.offlineHint}`}
            </p>
          </Show>
        </div>
        <button type="button" class="icon-button" aria-label={props.t.closeChat} title={props.t.closeChat} on:click={() => props.onClose()}>
          <CloseIcon />
        </button>
      </header>
      <Show when={conversation.link() === 'reconnecting' && conversation.phase() === 'chat'}>
        <div class="bar" role="status">
          {props.t.reconnecting}
        </div>
      </Show>
      <div class="body">
        <Switch>
          <Match when={conversation.phase() === 'loading'}>
            <p class="center">{props.t.loading}</p>
          </Match>
          <Match when={conversation.phase() === 'blocked'}>
            <p class="center" role="status">
              {props.t.blocked}
            </p>
          </Match>
          <Match when={conversation.phase() === 'signin' || (conversation.phase() === 'form' && props.config.identityRequired)}>
            <p class="center" role="status">
              {props.config.identityPrompt ?? props.t.signInPrompt}
            </p>
          </Match>
          <Match when={(conversation.phase() === 'form' || conversation.startsNewChat()) && props.config.desk.offline}>
            <OfflineForm
              t={props.t}
              locale={props.english ? 'en' : 'id'}
              desk={props.config.desk}
              topics={props.config.topics}
              send={props.offline.send}
              onOpenConversation={props.offline.resume}
            />
          </Match>
          <Match when={conversation.phase() === 'form'}>
            <PrechatForm
              t={props.t}
              english={props.english}
              welcome={props.config.welcomeMessage}
              topics={props.config.topics}
              conversation={conversation}
            />
          </Match>
          <Match when={conversation.phase() === 'chat'}>
            <ReopeningNotice desk={props.config.desk} locale={props.english ? 'en' : 'id'} />
            <p class="queue" role="status">
              {queueText(props.t, session())}
            </p>
            <MessageList
              t={props.t}
              locale={props.locale}
              welcome={props.config.welcomeMessage}
              conversation={conversation}
              visible={props.visible}
              maxFileSize={props.config.maxFileSize}
              onRetry={(key) => refusedForTopic() || conversation.retry(key)}
            />
            <div class="typing" role="status">
              {conversation.agentTyping() ? props.t.agentTyping(conversation.typistName() ?? session()?.agentName ?? null) : ''}
            </div>
            <Show
              when={!ended()}
              fallback={
                <div class="ended">
                  <h3>{props.t.ended}</h3>
                  <p>{props.t.endedHint}</p>
                  <Show when={session()}>{(closed) => <RatingPrompt english={props.english} sessionId={closed().id} request={conversation.request} />}</Show>
                  <button type="button" class="primary" on:click={() => conversation.startNew()}>
                    {props.t.newChat}
                  </button>
                </div>
              }
            >
              <Show when={!session() && props.config.topics.length > 0}>
                <div class="topic-row">
                  <TopicPicker
                    t={props.t}
                    id="lc-topic-draft"
                    topics={props.config.topics}
                    value={conversation.topic()}
                    error={conversation.topicMissing() ? topicError() : null}
                    onChange={(teamId) => {
                      conversation.setTopic(teamId);
                      setTopicError(null);
                    }}
                    ref={(element) => (topicSelect = element)}
                  />
                </div>
              </Show>
              <Composer
                t={props.t}
                allowFiles={props.config.allowFileUpload}
                accept={acceptAttribute(props.config.allowedFileTypes)}
                error={props.composerError}
                setError={props.setComposerError}
                onSend={(text) => {
                  if (refusedForTopic()) return false;
                  conversation.sendText(text);
                }}
                onTyping={() => conversation.noteTyping()}
                onFile={attach}
                autofocus={props.visible && !props.restored}
                ref={props.composerRef}
              />
            </Show>
          </Match>
        </Switch>
      </div>
    </section>
  );
}

/** Empty unless the chat waits in a queue with a known place; the live region stays in place either way. */
function queueText(t: Strings, session: SessionInfo | null): string {
  if (session?.status !== 'WAITING' || session.queuePosition == null) return '';
  const wait = session.estimatedWaitSeconds == null ? null : roundWait(session.estimatedWaitSeconds);
  return t.queuePlace(session.queuePosition, wait);
}
