import { useId, useRef, useState, type FormEvent, type KeyboardEvent, type ReactNode } from 'react';
import { useI18n } from '../i18n/i18n';
import { useCannedPicker } from './canned-picker';

type ComposerMode = 'reply' | 'note';

/**
 * The reply box: Enter sends, Shift+Enter adds a line, and typing is reported while it lasts. In
 * note mode it writes an internal note: the visitor is told of no typing, and notes are text only.
 */
export function Composer(props: {
  onSend(text: string, internal: boolean): void;
  onInput(): void;
  onStopTyping(): void;
  /** Fills {{customer.name}} in a canned reply picked with "/". */
  customerName: string;
  /** Extra controls beside Send, such as the file picker; left out while writing a note. */
  extra?: ReactNode;
}) {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const [mode, setMode] = useState<ComposerMode>('reply');
  const writingNote = mode === 'note';
  const inputId = useId();
  const hintId = useId();
  const input = useRef<HTMLTextAreaElement>(null);
  const picker = useCannedPicker({ text, customerName: props.customerName, onInsert: changeText });

  function submit(event?: FormEvent) {
    event?.preventDefault();
    const message = text.trim();
    if (!message) return;
    props.onSend(message, writingNote);
    props.onStopTyping();
    setText('');
    input.current?.focus();
  }

  function changeText(value: string) {
    setText(value);
    if (writingNote) return;
    if (value) props.onInput();
    else props.onStopTyping();
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (picker.onKeyDown(event)) return;
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      submit();
    }
  }

  function switchTo(next: ComposerMode) {
    if (next === 'note') props.onStopTyping();
    else if (text) props.onInput();
    setMode(next);
    input.current?.focus();
  }

  const label = writingNote ? t('conversation.notePlaceholder') : t('conversation.composer');
  return (
    <form className={`composer${writingNote ? ' note' : ''}`} onSubmit={submit}>
      <div role="group" aria-label={t('conversation.composerMode')} className="segmented composer-mode">
        {(['reply', 'note'] as const).map((option) => (
          <button
            key={option}
            type="button"
            aria-pressed={mode === option}
            className={mode === option ? 'active' : ''}
            onClick={() => switchTo(option)}
          >
            {option === 'reply' ? t('conversation.replyMode') : t('conversation.internalNote')}
          </button>
        ))}
      </div>
      <label htmlFor={inputId} className="visually-hidden">
        {label}
      </label>
      <textarea
        id={inputId}
        ref={input}
        rows={2}
        value={text}
        placeholder={label}
        aria-describedby={hintId}
        {...picker.inputProps}
        onChange={(e) => changeText(e.target.value)}
        onKeyDown={onKeyDown}
        onBlur={props.onStopTyping}
      />
      {picker.listbox}
      <div className="composer-actions">
        <span id={hintId} className="hint">
          {t('conversation.composerHint')}
        </span>
        {!writingNote && props.extra}
        <button type="submit" className="button primary" disabled={!text.trim()}>
          {writingNote ? t('conversation.saveNote') : t('conversation.send')}
        </button>
      </div>
    </form>
  );
}
