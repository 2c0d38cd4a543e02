/** What survives a reload: the customer token and the open session, per API. */
export interface SavedVisitor {
  token: string;
  sessionId?: string;
  /** The host site's signed-in user the token was given for (`LivechatOSSConfig.identity`). */
  externalId?: string;
}

export interface VisitorStore {
  load(): SavedVisitor | null;
  save(visitor: SavedVisitor): void;
  clear(): void;
}

export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** Namespaced by the GraphQL URL, so two widgets of two help desks on one site stay apart. */
export const storageKey = (graphqlUrl: string) => `livechat-oss:${graphqlUrl}`;

export function createVisitorStore(graphqlUrl: string, storage: KeyValueStorage | null = pageStorage()): VisitorStore {
  const key = storageKey(graphqlUrl);
  // Without localStorage (blocked cookies, a sandboxed frame) the chat still works until a reload.
  let memory: SavedVisitor | null = null;
  return {
    load() {
      try {
        const raw = storage?.getItem(key);
        if (raw == null) return memory;
        const parsed = JSON.parse(raw) as Partial<SavedVisitor> | null;
        if (!parsed || typeof parsed.token !== 'string' || !parsed.token) return null;
        return {
          token: parsed.token,
          ...(typeof parsed.sessionId === 'string' ? { sessionId: parsed.sessionId } : {}),
          ...(typeof parsed.externalId === 'string' ? { externalId: parsed.externalId } : {}),
        };
      } catch {
        return memory;
      }
    },
    save(visitor) {
      memory = visitor;
      try {
        storage?.setItem(key, JSON.stringify(visitor));
      } catch {
        // Quota or privacy mode: the in-memory copy serves this page view.
      }
    },
    clear() {
      memory = null;
      try {
        storage?.removeItem(key);
      } catch {
        // As above.
      }
    },
  };
}

export function pageStorage(): KeyValueStorage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
