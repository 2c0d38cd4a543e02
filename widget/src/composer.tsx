import { onMount, Show } from 'solid-js';
import { AttachIcon, SendIcon } from './icons';
import type { Strings } from './strings';

const MAX_MESSAGE_LENGTH = 5000;
const MAX_HEIGHT_PX = 120;

export function Composer(props: {
  t: Strings;
  allowFiles: boolean;
  accept: string;
  error: string | null;
  setError: (error: string | null) => void;
  /** Returns false to refuse the text for now: the box keeps it, and the focus goes where the caller sent it. */
  onSend: (text: string) => boolean | void;
  onTyping: () => void;
  onFile: (file: File) => void;
  /** Take the focus on appearing: it replaces what had it (the pre-chat form, the "new chat" button). */
  autofocus: boolean;
  ref: (textarea: HTMLTextAreaElement) => void;
}) {
  let textarea!: HTMLTextAreaElement;
  let picker!: HTMLInputElement;

  onMount(() => {
    if (props.autofocus) textarea.focus();
  });

  const grow = () => {
    textarea.style.height = 'auto';
    textarea.style.height = `${Math.min(textarea.scrollHeight, MAX_HEIGHT_PX)}px`;
  };

  /** Whether the focus may stay in the message box. */
  const send = (): boolean => {
    const text = textarea.value;
    if (!text.trim()) return true;
    if ([...text.trim()].length > MAX_MESSAGE_LENGTH) {
      props.setError(props.t.tooLong);
      return true;
    }
    props.setError(null);
    if (props.onSend(text) === false) return false;
    textarea.value = '';
    grow();
    return true;
  };

  return (
    <>
      <Show when={props.error}>
        <p class="composer-error" role="alert">
          {props.error}
        </p>
      </Show>
      <form
        class="composer"
        on:submit={(event) => {
          event.preventDefault();
          if (send()) textarea.focus();
        }}
      >
        <Show when={props.allowFiles}>
          <button type="button" class="icon-button" aria-label={props.t.attach} title={props.t.attach} on:click={() => picker.click()}>
            <AttachIcon />
          </button>
          <input
            ref={picker}
            type="file"
            hidden
            accept={props.accept}
            tabindex="-1"
            on:change={() => {
              const file = picker.files?.[0];
              picker.value = '';
              if (file) props.onFile(file);
            }}
          />
        </Show>
        <textarea
          ref={(element) => {
            textarea = element;
            props.ref(element);
          }}
          rows="1"
          aria-label={props.t.messageLabel}
          placeholder={props.t.placeholder}
          on:input={() => {
            grow();
            if (props.error) props.setError(null);
            props.onTyping();
          }}
          on:keydown={(event) => {
            // Enter sends and Shift+Enter breaks the line; an IME composing text keeps its Enter.
            if (event.key !== 'Enter' || event.shiftKey || event.isComposing) return;
            event.preventDefault();
            send();
          }}
        />
        <button type="submit" class="icon-button send" aria-label={props.t.send} title={props.t.send}>
          <SendIcon />
        </button>
      </form>
    </>
  );
}
