import type { AgentStatus } from '../../gql/graphql';
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

/** ONLINE green, AWAY amber, OFFLINE grey; the word is the dot's label unless written beside it. */
export function StatusDot({ status, decorative = false }: { status: AgentStatus; decorative?: boolean }) {
  const { t } = useI18n();
  const className = `online-dot status-${status.toLowerCase()}`;
  if (decorative) return <span className={className} aria-hidden="true" />;
  const label = t(`agentStatus.${status}`);
  return <span className={className} role="img" aria-label={label} title={label} />;
}
