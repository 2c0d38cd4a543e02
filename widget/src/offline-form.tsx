import { createSignal, For, Show } from 'solid-js';
import { RequestError } from './graphql-client';
import { reopeningTime, type DeskState, type OfflineInput } from './offline-desk';
import { offlineStringsFor } from './offline-strings';
import { serverFieldError, validatePrechat, type FieldErrors, type PrechatValues } from './prechat-validation';
import type { Strings } from './strings';
import { TopicPicker } from './topic-picker';
import type { Locale, Topic } from './widget-config';

type OfflineField = keyof PrechatValues | 'message';
type OfflineErrors = FieldErrors & { message?: string };

const FIELDS = [
  { name: 'name', type: 'text', autocomplete: 'name', required: true },
  { name: 'email', type: 'email', autocomplete: 'email', required: true },
  { name: 'phone', type: 'tel', autocomplete: 'tel', required: false },
] as const;
const FIELD_ORDER: OfflineField[] = ['name', 'email', 'phone', 'topic', 'message'];
const MAX_MESSAGE_LENGTH = 5000;

/** "Kami buka kembali Senin 08.00 WIB" while closed; nothing while open (no agent ONLINE). */
export function ReopeningNotice(props: { desk: DeskState; locale: Locale }) {
  const o = () => offlineStringsFor(props.locale === 'en');
  return (
    <Show when={props.desk.nextOpenAt}>
      {(nextOpenAt) => <p class="reopens">{o().reopens(reopeningTime(nextOpenAt(), props.locale))}</p>}
    </Show>
  );
}

/**
 * While the desk is closed or no agent is ONLINE: the visitor leaves a message (name and email
 * required, so the desk can answer by email), which waits in the queue for the agents.
 */
export function OfflineForm(props: {
  t: Strings;
  locale: Locale;
  desk: DeskState;
  topics: Topic[];
  send: (input: OfflineInput) => Promise<void>;
  onOpenConversation: () => void;
}) {
  const english = () => props.locale === 'en';
  const o = () => offlineStringsFor(english());
  const [values, setValues] = createSignal<PrechatValues & { message: string }>({ name: '', email: '', phone: '', topic: '', message: '' });
  const [errors, setErrors] = createSignal<OfflineErrors>({});
  const [formError, setFormError] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal(false);
  const [sentTo, setSentTo] = createSignal<string | null>(null);
  let form!: HTMLFormElement;

  const focusFirstError = (found: OfflineErrors) => {
    const first = FIELD_ORDER.find((field) => found[field]);
    if (first) form.querySelector<HTMLElement>(`#lc-${first}`)?.focus();
  };

  const validate = (): OfflineErrors => {
    const found: OfflineErrors = validatePrechat(values(), props.t, props.topics.map((topic) => topic.teamId));
    if (!values().email.trim()) found.email = o().emailRequired;
    const message = values().message.trim();
    if (!message) found.message = o().messageRequired;
    else if ([...message].length > MAX_MESSAGE_LENGTH) found.message = o().messageTooLong;
    return found;
  };

  const fromServer = (error: RequestError): OfflineErrors | null => {
    if (error.code !== 'BAD_USER_INPUT') return null;
    if (error.field === 'message') return { message: english() ? error.message : o().messageRequired };
    if (error.field === 'teamId') return { topic: props.t.topicRequired };
    return serverFieldError(error.field, error.message, props.t, english());
  };

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (busy()) return;
    const found = validate();
    setErrors(found);
    setFormError(null);
    if (Object.keys(found).length) return focusFirstError(found);
    const { name, email, phone, topic, message } = values();
    setBusy(true);
    try {
      await props.send({ name: name.trim(), email: email.trim(), phone: phone.trim() || null, message: message.trim(), teamId: topic || null });
      setSentTo(email.trim());
    } catch (error) {
      const fieldErrors = error instanceof RequestError ? fromServer(error) : null;
      if (fieldErrors) {
        setErrors(fieldErrors);
        focusFirstError(fieldErrors);
      } else {
        setFormError(error instanceof RequestError && error.code === 'RATE_LIMITED' ? props.t.rateLimited : o().sendFailed);
      }
    } finally {
      setBusy(false);
    }
  };

  const fieldProps = (name: OfflineField) => {
    const error = () => errors()[name];
    // Getters, so that the spread element follows the errors.
    return {
      id: `lc-${name}`,
      name,
      get 'aria-invalid'() {
        return (error() ? 'true' : 'false') as 'true' | 'false';
      },
      get 'aria-describedby'() {
        return error() ? `lc-${name}-error` : undefined;
      },
      value: values()[name],
      'on:input': (event: InputEvent & { currentTarget: HTMLInputElement | HTMLTextAreaElement }) => {
        const value = event.currentTarget.value;
        setValues((current) => ({ ...current, [name]: value }));
        if (error()) setErrors((current) => ({ ...current, [name]: undefined }));
      },
    };
  };
  const errorText = (name: OfflineField) => (
    <Show when={errors()[name]}>
      <p class="error" id={`lc-${name}-error`}>
        {errors()[name]}
      </p>
    </Show>
  );

  return (
    <Show
      when={!sentTo()}
      fallback={
        <div class="ended sent" role="status">
          <h3>{o().sent}</h3>
          <p>{o().sentHint(sentTo()!)}</p>
          <button type="button" class="primary" on:click={() => props.onOpenConversation()}>
            {o().openConversation}
          </button>
        </div>
      }
    >
      <form ref={form} class="form offline" novalidate on:submit={submit} aria-labelledby="lc-offline-title">
        <h3 id="lc-offline-title">{o().offlineTitle}</h3>
        <ReopeningNotice desk={props.desk} locale={props.locale} />
        <p>{props.desk.message}</p>
        <For each={FIELDS}>
          {(field) => (
            <div class="field">
              <label for={`lc-${field.name}`}>
                {props.t[field.name]} <span class="hint">({field.required ? props.t.required : props.t.optional})</span>
              </label>
              <input {...fieldProps(field.name)} type={field.type} autocomplete={field.autocomplete} required={field.required} />
              {errorText(field.name)}
            </div>
          )}
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
        <div class="field">
          <label for="lc-message">
            {o().message} <span class="hint">({props.t.required})</span>
          </label>
          <textarea {...fieldProps('message')} rows={4} required />
          {errorText('message')}
        </div>
        <Show when={formError()}>
          <p class="error" role="alert">
            {formError()}
          </p>
        </Show>
        <button type="submit" class="primary" disabled={busy()}>
          {busy() ? o().sending : o().send}
        </button>
      </form>
    </Show>
  );
}
