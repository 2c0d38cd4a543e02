import { pageStorage, storageKey, type KeyValueStorage } from './saved-visitor';

/** Whether the visitor left the panel open, so that a reload (or the next page of the site) shows it open again. */
export interface PanelState {
  wasOpen(): boolean;
  remember(open: boolean): void;
}

/** Beside the saved visitor's key, so it too is per help desk; without localStorage nothing is remembered. */
export function createPanelState(graphqlUrl: string, storage: KeyValueStorage | null = pageStorage()): PanelState {
  const key = `${storageKey(graphqlUrl)}:open`;
  return {
    wasOpen() {
      try {
        return storage?.getItem(key) === 'true';
      } catch {
        return false;
      }
    },
    remember(open) {
      try {
        if (open) storage?.setItem(key, 'true');
        else storage?.removeItem(key);
      } catch {
        // Quota or privacy mode: the panel simply starts closed next time.
      }
    },
  };
}
