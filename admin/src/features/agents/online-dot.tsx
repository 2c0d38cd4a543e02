import { useI18n } from '../i18n/i18n';

/** `decorative` when the state is also written out next to the dot. */
export function OnlineDot({ online, decorative = false }: { online: boolean; decorative?: boolean }) {
  const { t } = useI18n();
  const label = online ? t('conversation.online') : t('conversation.offline');
  if (decorative) return <span className={`online-dot${online ? ' online' : ''}`} aria-hidden="true" />;
  return (
    <span className={`online-dot${online ? ' online' : ''}`} role="img" aria-label={label} title={label} />
  );
}
