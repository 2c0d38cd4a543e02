import { useSyncExternalStore } from 'react';

const STORAGE_KEY = 'livechat-oss-admin.enterToSend';
const listeners = new Set<() => void>();

/** On unless the agent turned it off in this browser. */
function read(): boolean {
  try {
    return localStorage.getItem(STORAGE_KEY) !== 'false';
  } catch {
    return true;
  }
}

export function setEnterToSend(on: boolean): void {
  localStorage.setItem(STORAGE_KEY, String(on));
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  // Another tab of the console changed it.
  const onStorage = (event: StorageEvent) => {
    if (event.key === STORAGE_KEY) listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

/** Whether Enter sends a reply (Shift+Enter adds a line) or adds a line (Ctrl/Cmd+Enter sends). */
export function useEnterToSend(): boolean {
  return useSyncExternalStore(subscribe, read);
}
