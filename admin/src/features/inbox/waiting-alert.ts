import { useEffect, useRef } from 'react';
import { adminConfig } from '../../app/admin-config';
import { useI18n } from '../i18n/i18n';
import { navigate } from '../shell/router';
import { playChime, showDesktopNotification, sinceLastChime } from './new-session-alert';

export const BASE_TITLE = 'Livechat OSS';

/**
 * While chats wait unassigned and the agent is ONLINE: the tab title counts them, and every
 * interval (30 s) the chime and a desktop notification remind the agent, so a chat that arrived
 * while nobody looked is not missed. An announcement of a new visitor counts as a reminder.
 */
export function useWaitingAlert(waiting: number | undefined, online: boolean): void {
  const { t } = useI18n();
  const alerting = online && (waiting ?? 0) > 0;
  const count = useRef(waiting ?? 0);
  count.current = waiting ?? 0;

  useEffect(() => {
    document.title = alerting ? `(${waiting}) ${BASE_TITLE}` : BASE_TITLE;
  }, [alerting, waiting]);
  useEffect(() => () => void (document.title = BASE_TITLE), []);

  useEffect(() => {
    if (!alerting) return;
    const interval = adminConfig().waitingAlertIntervalMs;
    let timer: ReturnType<typeof setTimeout>;
    const schedule = () => {
      timer = setTimeout(() => {
        if (sinceLastChime() >= interval) remind();
        schedule();
      }, Math.max(0, interval - sinceLastChime()));
    };
    const remind = () => {
      playChime();
      showDesktopNotification(
        t('inbox.remind.title', { count: count.current }),
        t('inbox.remind.body'),
        () => navigate({ page: 'inbox', queue: 'waiting' }),
      );
    };
    schedule();
    return () => clearTimeout(timer);
  }, [alerting, t]);
}
