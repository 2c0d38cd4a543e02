import { createSignal, For, Show } from 'solid-js';
import type { Conversation } from './conversation';
import { serverFieldError, validatePrechat, type FieldErrors, type PrechatField, type PrechatValues } from './prechat-validation';
import type { Strings } from './strings';
import { TopicPicker } from './topic-picker';
import type { Topic } from './widget-config';

const FIELDS: { name: PrechatField; type: string; autocomplete: string; required: boolean }[] = [
  { name: 'name', type: 'text', autocomplete: 'name', required: true },
  { name: 'email', type: 'email', autocomplete: 'email', required: false },
  { name: 'phone', type: 'tel', autocomplete: 'tel', required: false },
];

/** In the order the form shows them, for focusing the first one at fault. */
const FIELD_ORDER: PrechatField[] = [...FIELDS.map((field) => field.name), 'topic'];

export function PrechatForm(props: { t: Strings; english: boolean; welcome: string; topics: Topic[]; conversation: Conversation }) {
  const [values, setValues] = createSignal<PrechatValues>({ name: '', email: '', phone: '', topic: '' });
  const [errors, setErrors] = createSignal<FieldErrors>({});
  const [formError, setFormError] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal(false);
  let form!: HTMLFormElement;

  const focusFirstError = (found: FieldErrors) => {
    const first = FIELD_ORDER.find((field) => found[field]);
    if (first) form.querySelector<HTMLElement>(`#lc-${first}`)?.focus();
  };

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (busy()) return;
    const found = validatePrechat(values(), props.t, props.topics.map((topic) => topic.teamId));
    setErrors(found);
    setFormError(null);
    if (Object.keys(found).length) return focusFirstError(found);
    setBusy(true);
    const outcome = await props.conversation.register(values());
    setBusy(false);
    if (!outcome) return;
    const [field, message] = Object.entries(outcome.fieldErrors ?? {})[0] ?? [];
    const fromServer = serverFieldError(field, message ?? '', props.t, props.english);
    if (fromServer) {
      setErrors(fromServer);
      return focusFirstError(fromServer);
    }
    setFormError(outcome.error === 'rate' ? props.t.rateLimited : props.t.startFailed);
  };

  return (
    <form ref={form} class="form" novalidate on:submit={submit}>
      <p class="welcome">{props.welcome}</p>
      <p>{props.t.formIntro}</p>
      <For each={FIELDS}>
        {(field) => {
          const error = () => errors()[field.name];
          return (
            <div class="field">
              <label for={`lc-${field.name}`}>
                {props.t[field.name]} <span class="hint">({field.required ? props.t.required : props.t.optional})</span>
              </label>
              <input
                id={`lc-${field.name}`}
                name={field.name}
                type={field.type}
                autocomplete={field.autocomplete}
                required={field.required}
                aria-invalid={error() ? 'true' : 'false'}
                aria-describedby={error() ? `lc-${field.name}-error` : undefined}
                value={values()[field.name]}
                on:input={(event) => {
                  const value = event.currentTarget.value;
                  setValues((current) => ({ ...current, [field.name]: value }));
                  if (error()) setErrors((current) => ({ ...current, [field.name]: undefined }));
                }}
              />
              <Show when={error()}>
                <p class="error" id={`lc-${field.name}-error`}>
                  {error()}
                </p>
              </Show>
            </div>
          );
        }}
      </For>
      <Show when={props.topics.length > 0}>
        <TopicPicker
          t={props.t}
          id="lc-topic"
          topics={props.topics}
          value={values().topic || null}
          error={errors().topic}
          onChange={(topic) => {
            setValues((current) => ({ ...current, topic }));
            setErrors((current) => ({ ...current, topic: undefined }));
          }}
        />
      </Show>
      <Show when={formError()}>
        <p class="error" role="alert">
          {formError()}
        </p>
      </Show>
      <button type="submit" class="primary" disabled={busy()}>
        {busy() ? props.t.starting : props.t.start}
      </button>
    </form>
  );
}
