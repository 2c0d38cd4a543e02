import { Fragment, useEffect, useRef, useState } from 'react';
import type { Queue } from '../inbox/session-list-cache';
import { useI18n } from '../i18n/i18n';
import { Dialog } from '../shell/dialog';
import { navigate, parseRoute } from '../shell/router';
import { useEnterToSend } from './enter-to-send';
import { comboKeys, isTextField, SHORTCUTS, shortcutMatches } from './shortcut-registry';

/** Keys pressed outside text fields and dialogs, where the shortcuts of the page may act. */
function useShortcutKeys(handle: (event: KeyboardEvent) => boolean) {
  const latest = useRef(handle);
  latest.current = handle;
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || event.isComposing || isTextField(event.target)) return;
      if (event.target instanceof Element && event.target.closest('dialog')) return;
      if (latest.current(event)) event.preventDefault();
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}

/** The inbox's own keys: Alt+J / Alt+K open the next / previous chat of the list as it is shown. */
export function InboxShortcuts(props: { sessionIds: string[]; queue: Queue }) {
  useShortcutKeys((event) => {
    const step = shortcutMatches('nextChat', event) ? 1 : shortcutMatches('previousChat', event) ? -1 : 0;
    if (!step) return false;
    const { sessionIds, queue } = props;
    // Right after a click the address is ahead of this render: the chat open is the one it names.
    const route = parseRoute(window.location.hash);
    const currentId = route.page === 'inbox' ? route.sessionId : undefined;
    if (!sessionIds.length) return true;
    const index = currentId ? sessionIds.indexOf(currentId) : -1;
    const next = index < 0 ? sessionIds[step === 1 ? 0 : sessionIds.length - 1] : sessionIds[index + step];
    if (!next) return true;
    // The row takes the focus, so the list scrolls to it and a screen reader names the chat.
    document.querySelector<HTMLElement>(`.session-row a[data-session-id="${CSS.escape(next)}"]`)?.focus();
    navigate({ page: 'inbox', queue, sessionId: next });
    return true;
  });
  return null;
}

/** "?" on any page lists every shortcut. */
export function ShortcutsHelp() {
  const [open, setOpen] = useState(false);
  useShortcutKeys((event) => {
    if (!shortcutMatches('showShortcuts', event)) return false;
    setOpen(true);
    return true;
  });
  return <ShortcutsDialog open={open} onClose={() => setOpen(false)} />;
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
