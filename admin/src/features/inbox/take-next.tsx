import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { describeError } from '../../app/errors';
import { graphql } from '../../gql';
import { useI18n } from '../i18n/i18n';
import { navigate } from '../shell/router';

const TakeNextChatSessionMutation = graphql(`
  mutation TakeNextChatSession {
    takeNextChatSession {
      id
      status
      assignedAdmin {
        id
        name
      }
    }
  }
`);

/** "Ambil berikutnya": the oldest chat this agent may take, opened in Milik saya. */
export function TakeNextButton({ waiting }: { waiting: number | undefined }) {
  const { t } = useI18n();
  const [takeNext, { loading }] = useMutation(TakeNextChatSessionMutation);
  const [message, setMessage] = useState<{ text: string; alert: boolean } | null>(null);

  async function take() {
    setMessage(null);
    try {
      const { data } = await takeNext();
      const taken = data?.takeNextChatSession;
      if (!taken) setMessage({ text: t('inbox.takeNext.none'), alert: false });
      else navigate({ page: 'inbox', queue: 'mine', sessionId: taken.id });
    } catch (failure) {
      setMessage({ text: describeError(failure, t), alert: true });
    }
  }

  return (
    <div className="take-next">
      <button type="button" className="button primary wide" disabled={!waiting || loading} onClick={() => void take()}>
        {t('inbox.takeNext')}
      </button>
      {message && (
        <p className={message.alert ? 'form-error' : 'notice'} role={message.alert ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
    </div>
  );
}
