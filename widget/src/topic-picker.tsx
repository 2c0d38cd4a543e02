import { For, Show } from 'solid-js';
import type { Strings } from './strings';
import type { Topic } from './widget-config';

/**
 * A native select: phones show their own picker, the keyboard works as everywhere, and a long
 * list of topics still fits. It starts on a prompt, so nobody lands in a team by not looking.
 */
export function TopicPicker(props: {
  t: Strings;
  id: string;
  topics: Topic[];
  value: string | null;
  error: string | null | undefined;
  onChange: (teamId: string) => void;
  ref?: (select: HTMLSelectElement) => void;
}) {
  const chosen = () => props.topics.some((topic) => topic.teamId === props.value);
  return (
    <div class="field">
      <label for={props.id}>
        {props.t.topic} <span class="hint">({props.t.required})</span>
      </label>
      <select
        ref={props.ref}
        id={props.id}
        name="topic"
        required
        aria-invalid={props.error ? 'true' : 'false'}
        aria-describedby={props.error ? `${props.id}-error` : undefined}
        on:change={(event) => props.onChange(event.currentTarget.value)}
      >
        <option value="" disabled selected={!chosen()}>
          {props.t.topicPrompt}
        </option>
        <For each={props.topics}>
          {(topic) => (
            <option value={topic.teamId} selected={topic.teamId === props.value}>
              {topic.name}
            </option>
          )}
        </For>
      </select>
      <Show when={props.error}>
        <p class="error" id={`${props.id}-error`}>
          {props.error}
        </p>
      </Show>
    </div>
  );
}
