import { compareIds } from './chat-messages';

/** At least this much of a message (or of the log, for a tall one) on screen counts as seen. */
const SEEN_SHARE = 0.5;

export interface SeenMessages {
  /** Watches a message's element; returns the function that stops watching it. */
  watch(element: Element, id: string): () => void;
  /** Reports what is on screen now (the panel was opened, the tab came back). */
  check(): void;
  dispose(): void;
}

/**
 * Tells `onSeen` the newest watched message that is on screen inside `root` while `active()`
 * (the panel open) and the page is visible: what the visitor has really had in front of them.
 */
export function watchSeenMessages(root: HTMLElement, active: () => boolean, onSeen: (id: string) => void): SeenMessages {
  const ids = new WeakMap<Element, string>();
  const onScreen = new Set<Element>();
  const check = () => {
    if (!active() || document.visibilityState !== 'visible') return;
    let newest: string | null = null;
    for (const element of onScreen) {
      const id = ids.get(element)!;
      if (newest === null || compareIds(id, newest) > 0) newest = id;
    }
    if (newest !== null) onSeen(newest);
  };
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        const rootHeight = entry.rootBounds?.height ?? Infinity;
        const seen = entry.intersectionRatio >= SEEN_SHARE || entry.intersectionRect.height >= rootHeight * SEEN_SHARE;
        if (entry.isIntersecting && seen) onScreen.add(entry.target);
        else onScreen.delete(entry.target);
      }
      check();
    },
    { root, threshold: [0, 0.25, SEEN_SHARE, 0.75, 1] },
  );
  document.addEventListener('visibilitychange', check);
  return {
    watch(element, id) {
      ids.set(element, id);
      observer.observe(element);
      return () => {
        observer.unobserve(element);
        onScreen.delete(element);
      };
    },
    check,
    dispose() {
      observer.disconnect();
      document.removeEventListener('visibilitychange', check);
    },
  };
}
