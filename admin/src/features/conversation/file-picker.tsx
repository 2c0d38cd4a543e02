import { useId, useRef } from 'react';
import { useI18n } from '../i18n/i18n';
import { PaperclipIcon } from '../shell/icons';

/** The attach button: hands over the one file chosen, which the composer previews before sending. */
export function FilePicker({ accept, onPick }: { accept?: string; onPick(file: File): void }) {
  const { t } = useI18n();
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);

  function picked(file: File | undefined) {
    // Choosing the same file again must still report it.
    if (input.current) input.current.value = '';
    if (file) onPick(file);
  }

  return (
    <>
      <label htmlFor={inputId} className="button file-button">
        <PaperclipIcon /> {t('conversation.attach')}
      </label>
      <input
        id={inputId}
        ref={input}
        type="file"
        className="visually-hidden file-input"
        accept={accept}
        onChange={(e) => picked(e.target.files?.[0])}
      />
    </>
  );
}
