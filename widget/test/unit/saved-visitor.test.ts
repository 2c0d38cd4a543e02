import { createPanelState } from '../../src/panel-state';
import { createVisitorStore, storageKey } from '../../src/saved-visitor';

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  };
}

it('keeps one visitor per API, apart from another help desk on the same site', () => {
  const storage = memoryStorage();
  const a = createVisitorStore('https://a.example/graphql', storage);
  const b = createVisitorStore('https://b.example/graphql', storage);
  a.save({ token: 'ta', sessionId: 's1' });
  expect(b.load()).toBeNull();
  expect(createVisitorStore('https://a.example/graphql', storage).load()).toEqual({ token: 'ta', sessionId: 's1' });
  expect([...storage.items.keys()]).toEqual([storageKey('https://a.example/graphql')]);
  a.clear();
  expect(a.load()).toBeNull();
});

it('ignores damaged data, and falls back to memory when storage throws', () => {
  const storage = memoryStorage();
  storage.setItem(storageKey('u'), '{not json');
  expect(createVisitorStore('u', storage).load()).toBeNull();
  const throwing = {
    getItem: () => {
      throw new Error('SecurityError');
    },
    setItem: () => {
      throw new Error('QuotaExceeded');
    },
    removeItem: () => {},
  };
  const store = createVisitorStore('u', throwing);
  store.save({ token: 't' });
  expect(store.load()).toEqual({ token: 't' });
});

describe('the open panel', () => {
  it('is remembered per help desk, apart from the saved visitor, and forgotten once closed', () => {
    const storage = memoryStorage();
    const visitor = createVisitorStore('https://a.example/graphql', storage);
    visitor.save({ token: 't', sessionId: 's' });
    const a = createPanelState('https://a.example/graphql', storage);
    expect(a.wasOpen()).toBe(false);
    a.remember(true);
    expect(createPanelState('https://a.example/graphql', storage).wasOpen()).toBe(true);
    expect(createPanelState('https://b.example/graphql', storage).wasOpen()).toBe(false);
    expect(visitor.load()).toEqual({ token: 't', sessionId: 's' });
    a.remember(false);
    expect(a.wasOpen()).toBe(false);
    expect([...storage.items.keys()]).toEqual([storageKey('https://a.example/graphql')]);
  });

  it('starts closed when storage throws or is missing', () => {
    const blocked = createPanelState('u', {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceeded');
      },
      removeItem: () => {},
    });
    expect(() => blocked.remember(true)).not.toThrow();
    expect(blocked.wasOpen()).toBe(false);
    expect(createPanelState('u', null).wasOpen()).toBe(false);
  });
});
