import { Show } from 'solid-js';
import { ChatIcon, CloseIcon } from './icons';
import type { Strings } from './strings';

export function Launcher(props: {
  t: Strings;
  open: boolean;
  unread: number;
  onToggle: () => void;
  ref: (button: HTMLButtonElement) => void;
}) {
  const label = () => {
    const action = props.open ? props.t.closeChat : props.t.openChat;
    return props.unread > 0 && !props.open ? `${action}, ${props.t.unread(props.unread)}` : action;
  };
  return (
    <button
      ref={props.ref}
      type="button"
      class="launcher"
      aria-label={label()}
      aria-expanded={props.open}
      aria-controls="lc-panel"
      on:click={() => props.onToggle()}
    >
      <Show when={props.open} fallback={<ChatIcon />}>
        <CloseIcon />
      </Show>
      <Show when={props.unread > 0 && !props.open}>
        <span class="badge" aria-hidden="true">
          {props.unread > 99 ? '99+' : props.unread}
        </span>
      </Show>
    </button>
  );
}
