import { useI18n } from '../i18n/i18n';
import { PaperclipIcon } from '../shell/icons';

export interface PreviewedMessage {
  text?: string | null;
  file?: { filename: string } | null;
}

/** One line for a list: the text, or a paperclip and the file's name (with its caption, if any). */
export function MessagePreview({ message }: { message: PreviewedMessage | null | undefined }) {
  const { t } = useI18n();
  if (message?.file) {
    return (
      <span className="message-preview" data-preview="file">
        <PaperclipIcon />
        <span className="visually-hidden">{t('inbox.fileLabel')}</span>
        <span className="preview-filename">{message.file.filename}</span>
        {message.text ? <span> — {message.text}</span> : null}
      </span>
    );
  }
  return <span className="message-preview">{message?.text || t('inbox.noMessages')}</span>;
}
