import { useId, useRef, useState, type ClipboardEvent, type DragEvent, type FormEvent, type KeyboardEvent } from 'react';
import { useI18n } from '../i18n/i18n';
import { setEnterToSend, useEnterToSend } from '../shortcuts/enter-to-send';
import { shortcutMatches } from '../shortcuts/shortcut-registry';
import { useComposerPicker } from './mention-picker';
import { FilePicker } from './file-picker';
import { FilePreview } from './file-preview';
import { useUploadLimits } from './upload-limits';

type ComposerMode = 'reply' | 'note';

/**
 * The reply box: Enter sends and Shift+Enter adds a line, or, with Enter-to-send off, Enter adds
 * a line and Ctrl/Cmd+Enter sends. Typing is reported while it lasts. A file (attached, pasted or
 * dropped) is previewed with a caption before it is sent. In note mode it writes an internal
 * note: the visitor is told of no typing, and notes are text only.
 */
export function Composer(props: {
  onSend(text: string, internal: boolean): void;
  onSendFile(file: File, caption: string): void;
  onInput(): void;
  onStopTyping(): void;
  /** Fills {{customer.name}} in a canned reply picked with "/". */
  customerName: string;
}) {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const [mode, setMode] = useState<ComposerMode>('reply');
  const writingNote = mode === 'note';
  const enterToSend = useEnterToSend();
  const inputId = useId();
  const hintId = useId();
  const input = useRef<HTMLTextAreaElement>(null);
  const picker = useComposerPicker({ text, customerName: props.customerName, writingNote, onInsert: changeText });
  const limits = useUploadLimits();
  // Each choice gets its own number, so choosing another file starts a fresh preview.
  const [attachment, setAttachment] = useState<{ file: File; choice: number } | null>(null);
  const [fileProblem, setFileProblem] = useState<string | null>(null);

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
    if (picker.onKeyDown(event) || event.nativeEvent.isComposing) return;
    if (shortcutMatches('send', event, enterToSend)) {
      event.preventDefault();
      submit();
    } else if (attachment && shortcutMatches('cancelFile', event)) {
      event.preventDefault();
      dropAttachment();
    }
  }

  function switchTo(next: ComposerMode) {
    if (next === 'note') {
      props.onStopTyping();
      dropAttachment();
    } else if (text) props.onInput();
    setMode(next);
    input.current?.focus();
  }

  function choose(file: File) {
    const problem = limits.problemWith(file);
    setFileProblem(problem);
    if (!problem) setAttachment((current) => ({ file, choice: (current?.choice ?? 0) + 1 }));
  }

  function dropAttachment() {
    setAttachment(null);
    setFileProblem(null);
    input.current?.focus();
  }

  function sendAttachment(caption: string) {
    if (attachment) props.onSendFile(attachment.file, caption);
    dropAttachment();
  }

  function onPaste(event: ClipboardEvent<HTMLTextAreaElement>) {
    const file = event.clipboardData.files[0];
    if (!file || writingNote) return;
    event.preventDefault();
    choose(file);
  }

  // Dropping a file anywhere on the composer attaches it; in note mode it is refused, rather than
  // left to the browser, which would open the file in place of the console.
  function onDragOver(event: DragEvent) {
    if (!event.dataTransfer.types.includes('Files')) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = writingNote ? 'none' : 'copy';
  }

  function onDrop(event: DragEvent) {
    const file = event.dataTransfer.files[0];
    if (!file) return;
    event.preventDefault();
    if (!writingNote) choose(file);
  }

  const label = writingNote ? t('conversation.notePlaceholder') : t('conversation.composer');
  return (
    <>
      {attachment && (
        <FilePreview
          key={attachment.choice}
          file={attachment.file}
          onSend={sendAttachment}
          onCancel={dropAttachment}
        />
      )}
      <form className={`composer${writingNote ? ' note' : ''}`} onSubmit={submit} onDragOver={onDragOver} onDrop={onDrop}>
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
          onPaste={onPaste}
          onBlur={props.onStopTyping}
        />
        {picker.listbox}
        {fileProblem && (
          <p className="form-error small" role="alert">
            {fileProblem}
          </p>
        )}
        <div className="composer-actions">
          <span id={hintId} className="hint">
            {enterToSend ? t('conversation.composerHint') : t('composer.hintCtrlEnter')}
          </span>
          <label className="enter-to-send">
            <input type="checkbox" checked={enterToSend} onChange={(e) => setEnterToSend(e.target.checked)} />{' '}
            {t('composer.enterToSend')}
          </label>
          {!writingNote && <FilePicker accept={limits.accept} onPick={choose} />}
          <button type="submit" className="button primary" disabled={!text.trim()}>
            {writingNote ? t('conversation.saveNote') : t('conversation.send')}
          </button>
        </div>
      </form>
    </>
  );
}
