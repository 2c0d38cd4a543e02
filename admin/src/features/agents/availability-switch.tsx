import { useMutation } from '@apollo/client/react';
import { useId, useState, useSyncExternalStore } from 'react';
import { describeError } from '../../app/errors';
import { graphql } from '../../gql';
import type { AgentStatus } from '../../gql/graphql';
import { useAuth } from '../auth/auth-session';
import { useMyAccount } from '../auth/my-account';
import { useI18n } from '../i18n/i18n';
import { StatusDot } from './online-dot';

const SetMyStatusMutation = graphql(`
  mutation SetMyStatus($status: AgentStatus!) {
    setMyStatus(status: $status) {
      id
      status
      online
    }
  }
`);

/** ONLINE takes new chats; AWAY keeps the agent's own chats and silences the waiting alert. */
export function AvailabilitySwitch() {
  const { t } = useI18n();
  const me = useMyAccount();
  const { monitor } = useAuth();
  const connected = useSyncExternalStore(monitor.subscribe, monitor.getState) === 'connected';
  const id = useId();
  const [setStatus, { loading }] = useMutation(SetMyStatusMutation);
  const [error, setError] = useState<string | null>(null);
  const chosen: AgentStatus = me.status === 'AWAY' ? 'AWAY' : 'ONLINE';
  // While this console's socket is up the agent is not OFFLINE, whatever an earlier read said.
  const status: AgentStatus = connected ? chosen : 'OFFLINE';
  return (
    <div className="availability">
      <StatusDot status={status} decorative />
      <label htmlFor={id} className="visually-hidden">
        {t('status.availability')}
      </label>
      <select
        id={id}
        value={chosen}
        disabled={!me.status || loading}
        data-status={status}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={async (event) => {
          setError(null);
          try {
            await setStatus({ variables: { status: event.target.value as AgentStatus } });
          } catch (failure) {
            setError(describeError(failure, t));
          }
        }}
      >
        <option value="ONLINE">{t('agentStatus.ONLINE')}</option>
        <option value="AWAY">{t('agentStatus.AWAY')}</option>
      </select>
      {error && (
        <span className="form-error small" role="alert" id={`${id}-error`}>
          {error}
        </span>
      )}
    </div>
  );
}
