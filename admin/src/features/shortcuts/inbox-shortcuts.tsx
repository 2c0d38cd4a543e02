import { Fragment, useEffect, useRef, useState } from 'react';
import type { Queue } from '../inbox/session-list-cache';
import { useI18n } from '../i18n/i18n';
import { Dialog } from '../shell/dialog';
import { navigate } from '../shell/router';
import { useEnterToSend } from './enter-to-send';
import { comboKeys, isTextField, SHORTCUTS, shortcutMatches } from './shortcut-registry';

/**
 * The inbox's own keys: Alt+J / Alt+K open the next / previous chat of the list as it is shown,
 * and "?" lists every shortcut. None of them acts while the focus is in a text field or a dialog.
 */
export function InboxShortcuts(props: { sessionIds: string[]; currentId?: string; queue: Queue }) {
  const [helpOpen, setHelpOpen] = useState(false);
  const latest = useRef(props);
  latest.current = props;

  useEffect(() => {
    function openBeside(step: 1 | -1) {
      const { sessionIds, currentId, queue } = latest.current;
      if (!sessionIds.length) return;
      const index = currentId ? sessionIds.indexOf(currentId) : -1;
      const next = index < 0 ? sessionIds[step === 1 ? 0 : sessionIds.length - 1] : sessionIds[index + step];
      if (!next) return;
      // The row takes the focus, so the list scrolls to it and a screen reader names the chat.
      document.querySelector<HTMLElement>(`.session-row a[data-session-id="${CSS.escape(next)}"]`)?.focus();
      navigate({ page: 'inbox', queue, sessionId: next });
    }

    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || event.isComposing || isTextField(event.target)) return;
      if (event.target instanceof Element && event.target.closest('dialog')) return;
      if (shortcutMatches('nextChat', event)) openBeside(1);
      else if (shortcutMatches('previousChat', event)) openBeside(-1);
      else if (shortcutMatches('showShortcuts', event)) setHelpOpen(true);
      else return;
      event.preventDefault();
    }

    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  return <ShortcutsDialog open={helpOpen} onClose={() => setHelpOpen(false)} />;
}

function ShortcutsDialog(props: { open: boolean; onClose(): void }) {
  const { t } = useI18n();
  const enterToSend = useEnterToSend();
  return (
    <Dialog open={props.open} title={t('shortcuts.title')} onClose={props.onClose}>
      <table className="shortcut-list">
        <thead>
          <tr>
            <th scope="col">{t('shortcuts.action')}</th>
            <th scope="col">{t('shortcuts.keys')}</th>
          </tr>
        </thead>
        <tbody>
          {SHORTCUTS.map((shortcut) => (
            <tr key={shortcut.id} data-shortcut={shortcut.id}>
              <th scope="row">{t(shortcut.label)}</th>
              <td>
                {shortcut.combos(enterToSend).map((combo, index) => (
                  <Fragment key={index}>
                    {index > 0 && ` ${t('shortcuts.or')} `}
                    <kbd>
                      {comboKeys(combo).map((key, keyIndex) => (
                        <Fragment key={key}>
                          {keyIndex > 0 && '+'}
                          <kbd>{key}</kbd>
                        </Fragment>
                      ))}
                    </kbd>
                  </Fragment>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="dialog-actions">
        <button type="button" className="button" onClick={props.onClose} autoFocus>
          {t('shortcuts.close')}
        </button>
      </div>
    </Dialog>
  );
}
