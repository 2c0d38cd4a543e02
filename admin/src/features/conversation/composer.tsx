import { useId, useRef, useState, type FormEvent, type KeyboardEvent, type ReactNode } from 'react';
import { useI18n } from '../i18n/i18n';

/** The reply box: Enter sends, Shift+Enter adds a line, and typing is reported while it lasts. */
export function Composer(props: {
  onSend(text: string): void;
  onInput(): void;
  onStopTyping(): void;
  /** Extra controls beside Send, such as the file picker. */
  extra?: ReactNode;
}) {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const inputId = useId();
  const hintId = useId();
  const input = useRef<HTMLTextAreaElement>(null);

  function submit(event?: FormEvent) {
    event?.preventDefault();
    const message = text.trim();
    if (!message) return;
    props.onSend(message);
    props.onStopTyping();
    setText('');
    input.current?.focus();
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      submit();
    }
  }

  return (
    <form className="composer" onSubmit={submit}>
      <label htmlFor={inputId} className="visually-hidden">
        {t('conversation.composer')}
      </label>
      <textarea
        id={inputId}
        ref={input}
        rows={2}
        value={text}
        placeholder={t('conversation.composer')}
        aria-describedby={hintId}
        onChange={(e) => {
          setText(e.target.value);
          if (e.target.value) props.onInput();
          else props.onStopTyping();
        }}
        onKeyDown={onKeyDown}
        onBlur={props.onStopTyping}
      />
      <div className="composer-actions">
        <span id={hintId} className="hint">
          {t('conversation.composerHint')}
        </span>
        {props.extra}
        <button type="submit" className="button primary" disabled={!text.trim()}>
          {t('conversation.send')}
        </button>
      </div>
    </form>
  );
}
