import { useMutation, useSubscription } from '@apollo/client/react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { graphql } from '../../gql';

const SetTypingMutation = graphql(`
  mutation SetTyping($sessionId: ID!, $isTyping: Boolean!) {
    setTyping(sessionId: $sessionId, isTyping: $isTyping)
  }
`);

const OnTypingChangedSubscription = graphql(`
  subscription OnTypingChanged($sessionId: ID!) {
    typingChanged(sessionId: $sessionId) {
      sessionId
      sender
      isTyping
    }
  }
`);

const IDLE_MS = 2500;
const REPEAT_MS = 5000;
/** A visitor who closed the tab mid-sentence never sends "stopped"; forget it after this. */
const STALE_MS = 8000;

/**
 * The agent's own typing, debounced: "typing" once when a burst starts (repeated every few
 * seconds while it lasts) and "stopped" after a pause or a send.
 */
export function useOwnTyping(sessionId: string, enabled: boolean) {
  const [setTyping] = useMutation(SetTypingMutation);
  const lastSent = useRef(0);
  const idle = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const typing = useRef(false);

  const publish = useCallback(
    (isTyping: boolean) => {
      typing.current = isTyping;
      lastSent.current = isTyping ? Date.now() : 0;
      setTyping({ variables: { sessionId, isTyping } }).catch(() => {});
    },
    [sessionId, setTyping],
  );

  const stop = useCallback(() => {
    clearTimeout(idle.current);
    if (typing.current) publish(false);
  }, [publish]);

  const onInput = useCallback(() => {
    if (!enabled) return;
    if (!typing.current || Date.now() - lastSent.current > REPEAT_MS) publish(true);
    clearTimeout(idle.current);
    idle.current = setTimeout(stop, IDLE_MS);
  }, [enabled, publish, stop]);

  useEffect(() => stop, [stop]);
  return { onInput, stop };
}

/** Whether the visitor is typing right now. */
export function useCustomerTyping(sessionId: string): [boolean, () => void] {
  const [typing, setTyping] = useState(false);
  const stale = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useSubscription(OnTypingChangedSubscription, {
    variables: { sessionId },
    onData: ({ data }) => {
      const event = data.data?.typingChanged;
      if (!event || event.sender !== 'CUSTOMER') return;
      clearTimeout(stale.current);
      setTyping(event.isTyping);
      if (event.isTyping) stale.current = setTimeout(() => setTyping(false), STALE_MS);
    },
  });
  useEffect(() => () => clearTimeout(stale.current), []);
  const clear = useCallback(() => setTyping(false), []);
  return [typing, clear];
}
