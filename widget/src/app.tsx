import { createMemo, createSignal, onMount, Show } from 'solid-js';
import { ChatWindow } from './chat-window';
import { createConversation } from './conversation';
import type { Transport } from './graphql-client';
import { Launcher } from './launcher';
import { leaveOfflineMessage } from './offline-desk';
import { GetWidgetConfig } from './operations';
import type { PanelState } from './panel-state';
import type { VisitorStore } from './saved-visitor';
import { formatBytes, stringsFor } from './strings';
import { cssColor, parseColor, themeFor } from './contrast';
import { DEFAULT_DISPLAY_CONFIG, fileProblem, mergeConfig, type PageConfig, type ServerWidgetConfig } from './widget-config';

const DEFAULT_PRIMARY = parseColor(DEFAULT_DISPLAY_CONFIG.primaryColor)!;

export interface AppProps {
  page: PageConfig;
  transport: Transport;
  websocketUrl: string;
  store: VisitorStore;
  panel: PanelState;
}

export function App(props: AppProps) {
  const locale = props.page.locale ?? 'id';
  const t = stringsFor(locale);
  const [open, setOpen] = createSignal(false);
  const [everOpened, setEverOpened] = createSignal(false);
  const [restored, setRestored] = createSignal(false);
  const [server, setServer] = createSignal<ServerWidgetConfig | null>(null);
  const [composerError, setComposerError] = createSignal<string | null>(null);
  const config = createMemo(() => mergeConfig(props.page, server()));
  const theme = createMemo(() => {
    const { accent, surface, onSurface } = themeFor(parseColor(config().primaryColor) ?? DEFAULT_PRIMARY);
    return { '--p': cssColor(accent), '--p-bg': cssColor(surface), '--p-ink': cssColor(onSurface) };
  });
  const conversation = createConversation({
    transport: props.transport,
    websocketUrl: props.websocketUrl,
    store: props.store,
    topics: () => config().topics,
    onTopicsStale: () => void loadServerConfig(),
    identity: props.page.identity,
  });
  let launcher!: HTMLButtonElement;
  let panel: HTMLElement | undefined;
  let composer: HTMLTextAreaElement | undefined;

  // Also on every opening, so "online" is fresh when the visitor looks.
  const loadServerConfig = () =>
    props.transport
      .request(GetWidgetConfig)
      .then((data) => setServer(data.widgetConfig))
      .catch(() => {});

  onMount(() => {
    void loadServerConfig();
    void conversation.start();
    // Left open before a reload: shown again, without taking the focus from the page.
    if (props.panel.wasOpen()) {
      setRestored(true);
      setEverOpened(true);
      setOpen(true);
    }
  });

  const focusInside = () =>
    requestAnimationFrame(() => {
      const target =
        panel?.querySelector<HTMLElement>('#lc-name') ??
        (composer?.isConnected ? composer : null) ??
        panel?.querySelector<HTMLElement>('.ended button, .head button');
      target?.focus();
    });

  const show = () => {
    setRestored(false);
    setEverOpened(true);
    setOpen(true);
    props.panel.remember(true);
    void loadServerConfig();
    focusInside();
  };

  const hide = () => {
    setOpen(false);
    props.panel.remember(false);
    conversation.stopTyping();
    launcher.focus();
  };

  const attach = (file: File) => {
    const problem = fileProblem(file, config());
    if (problem === 'too-large') return setComposerError(t.fileTooLarge(formatBytes(config().maxFileSize)));
    if (problem === 'type') return setComposerError(t.fileType);
    setComposerError(null);
    conversation.sendFile(file);
  };

  return (
    <div
      class="root"
      classList={{ left: config().position === 'bottom-left', open: open() }}
      style={theme()}
      lang={locale}
      on:keydown={(event) => {
        // Anywhere in the widget, the launcher included; the page never sees this Escape.
        if (event.key !== 'Escape' || !open()) return;
        event.stopPropagation();
        hide();
      }}
    >
      <Show when={everOpened()}>
        <ChatWindow
          t={t}
          locale={locale === 'en' ? 'en-GB' : 'id-ID'}
          english={locale === 'en'}
          config={config()}
          conversation={conversation}
          visible={open()}
          restored={restored()}
          composerError={composerError()}
          setComposerError={setComposerError}
          onAttach={attach}
          onClose={hide}
          ref={(element) => (panel = element)}
          composerRef={(element) => (composer = element)}
          offline={{ send: (input) => leaveOfflineMessage(props.transport, props.store, input), resume: () => void conversation.start() }}
        />
      </Show>
      <Launcher t={t} open={open()} unread={conversation.unread()} onToggle={() => (open() ? hide() : show())} ref={(element) => (launcher = element)} />
    </div>
  );
}
