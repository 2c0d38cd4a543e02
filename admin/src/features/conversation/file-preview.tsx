import { useEffect, useId, useState } from 'react';
import { useI18n } from '../i18n/i18n';
import { FileIcon } from '../shell/icons';
import { shortcutMatches } from '../shortcuts/shortcut-registry';
import { formatSize } from './message-bubble';

/**
 * A chosen file before it goes out: a thumbnail for an image, otherwise its icon, name and size,
 * with an optional caption. Enter (or Send) sends it with the caption, Escape (or Cancel) drops it.
 */
export function FilePreview(props: { file: File; onSend(caption: string): void; onCancel(): void }) {
  const { t } = useI18n();
  const { file } = props;
  const captionId = useId();
  const [caption, setCaption] = useState('');
  const thumbnail = useObjectUrl(file.type.startsWith('image/') ? file : null);

  return (
    <form
      className="file-preview"
      aria-label={t('filePreview.title')}
      onSubmit={(event) => {
        event.preventDefault();
        props.onSend(caption.trim());
      }}
      onKeyDown={(event) => {
        if (!shortcutMatches('cancelFile', event)) return;
        event.preventDefault();
        props.onCancel();
      }}
    >
      <div className="file-preview-file">
        {thumbnail ? (
          <img className="file-preview-thumbnail" src={thumbnail} alt={file.name} width={96} height={72} />
        ) : (
          <FileIcon />
        )}
        <span className="file-preview-name">{file.name}</span>
        <span className="file-size">({formatSize(file.size)})</span>
      </div>
      <label htmlFor={captionId} className="visually-hidden">
        {t('filePreview.caption')}
      </label>
      <input
        id={captionId}
        type="text"
        value={caption}
        placeholder={t('filePreview.caption')}
        onChange={(event) => setCaption(event.target.value)}
        autoFocus
      />
      <div className="file-preview-actions">
        <button type="button" className="button" onClick={props.onCancel}>
          {t('conversation.cancel')}
        </button>
        <button type="submit" className="button primary">
          {t('filePreview.send')}
        </button>
      </div>
    </form>
  );
}

/** A blob: URL for the file while it is shown, revoked as soon as it is not. */
function useObjectUrl(file: File | null): string | null {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    if (!file) return;
    const created = URL.createObjectURL(file);
    setUrl(created);
    return () => {
      URL.revokeObjectURL(created);
      setUrl(null);
    };
  }, [file]);
  return url;
}
