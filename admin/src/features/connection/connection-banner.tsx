import { useEffect, useState, useSyncExternalStore } from 'react';
import { useAuth } from '../auth/auth-session';
import { useI18n } from '../i18n/i18n';

/** A first connection may take a moment; only say so when it takes longer than this. */
const FIRST_CONNECT_GRACE_MS = 3000;

export function ConnectionBanner() {
  const { t } = useI18n();
  const { monitor } = useAuth();
  const state = useSyncExternalStore(monitor.subscribe, monitor.getState);
  const [graceOver, setGraceOver] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setGraceOver(true), FIRST_CONNECT_GRACE_MS);
    return () => clearTimeout(timer);
  }, []);
  const down = state === 'disconnected' || (state === 'connecting' && graceOver);
  return (
    <div className="connection-region" role="status" aria-live="polite">
      {down && (
        <p className="connection-banner" data-connection="down">
          <span className="spinner" aria-hidden="true" /> {t('connection.down')}
        </p>
      )}
    </div>
  );
}
