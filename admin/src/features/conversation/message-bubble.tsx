import { graphql, getFragmentData, type FragmentType } from '../../gql';
import { useI18n } from '../i18n/i18n';
import { FileIcon } from '../shell/icons';

export const MessageBubbleFragment = graphql(`
  fragment MessageBubble_message on Message {
    id
    sender
    senderName
    text
    internal
    createdAt
    clientMessageId
    file {
      id
      filename
      mimeType
      size
      url
    }
  }
`);

export type DeliveryState = 'sending' | 'sent' | 'failed';

export interface BubbleContent {
  sender: string;
  senderName?: string | null;
  text?: string | null;
  /** A private note between agents. */
  internal?: boolean;
  createdAt: string;
  file?: { filename: string; mimeType: string; size: number; url: string } | null;
}

/** A message from the server; `read`: the agent's newest reply the customer has read. */
export function MessageBubble({ message, read }: { message: FragmentType<typeof MessageBubbleFragment>; read?: boolean }) {
  const m = getFragmentData(MessageBubbleFragment, message);
  return <Bubble content={m} delivery={m.sender === 'ADMIN' && m.clientMessageId ? 'sent' : undefined} read={read} />;
}

export function Bubble(props: {
  content: BubbleContent;
  delivery?: DeliveryState;
  error?: string;
  /** Shows "Dibaca" in place of the delivery state. */
  read?: boolean;
  onRetry?: () => void;
  children?: React.ReactNode;
}) {
  const { t, formatDateTime } = useI18n();
  const { content, delivery } = props;
  const side = content.sender === 'ADMIN' ? 'out' : content.sender === 'SYSTEM' ? 'system' : 'in';
  const author =
    content.sender === 'SYSTEM' ? t('conversation.system') : content.senderName || t('conversation.customer');
  return (
    <li
      className={`bubble ${side}${content.internal ? ' note' : ''}${delivery ? ` ${delivery}` : ''}`}
      data-delivery={delivery}
      data-internal={content.internal || undefined}
    >
      <span className="bubble-author">
        {author}
        {content.internal && <span className="note-label"> · {t('conversation.internalNote')}</span>}
      </span>
      {content.file && <Attachment file={content.file} />}
      {content.text && <p className="bubble-text">{content.text}</p>}
      {props.children}
      <span className="bubble-meta">
        <time dateTime={content.createdAt}>{formatDateTime(content.createdAt, 'time')}</time>
        {props.read ? (
          <span className="delivery" data-read>
            {' · '}
            {t('conversation.read')}
          </span>
        ) : delivery && (
          <span className="delivery" role={delivery === 'failed' ? 'alert' : undefined}>
            {' · '}
            {t(`conversation.${delivery}`)}
            {props.error && delivery === 'failed' ? ` (${props.error})` : ''}
          </span>
        )}
        {delivery === 'failed' && props.onRetry && (
          <button type="button" className="link-button" onClick={props.onRetry}>
            {t('conversation.retry')}
          </button>
        )}
      </span>
    </li>
  );
}

function Attachment({ file }: { file: NonNullable<BubbleContent['file']> }) {
  const { t } = useI18n();
  const label = t('conversation.download', { name: file.filename });
  if (file.mimeType.startsWith('image/')) {
    return (
      <a href={file.url} target="_blank" rel="noreferrer" className="attachment-image" aria-label={label}>
        <img src={file.url} alt={file.filename} width={240} height={180} loading="lazy" />
      </a>
    );
  }
  return (
    <a href={file.url} target="_blank" rel="noreferrer" className="attachment-file" download={file.filename}>
      <FileIcon /> {label} <span className="file-size">({formatSize(file.size)})</span>
    </a>
  );
}

export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
