import { useMutation } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { apiErrors, describeError } from '../../app/errors';
import { graphql } from '../../gql';
import { useI18n } from '../i18n/i18n';
import { FormField, FormOutcome } from '../shell/form-field';
import { ListCannedResponsesQuery, type ListedCannedResponse } from './canned-page';

const CreateCannedResponseMutation = graphql(`
  mutation CreateCannedResponse($input: CannedResponseInput!) {
    createCannedResponse(input: $input) {
      id
      shortcut
      title
      text
    }
  }
`);

const UpdateCannedResponseMutation = graphql(`
  mutation UpdateCannedResponse($id: ID!, $input: CannedResponseInput!) {
    updateCannedResponse(id: $id, input: $input) {
      id
      shortcut
      title
      text
    }
  }
`);

const MAX_SHORTCUT = 30;
const MAX_TITLE = 80;
const MAX_TEXT = 2000;
const SHORTCUT = /^[a-z0-9-]+$/;

type Field = 'shortcut' | 'title' | 'text';
type Problems = Partial<Record<Field, string>>;

/** Creates a canned response, or edits `response`. */
export function CannedForm({ response, onDone }: { response?: ListedCannedResponse; onDone?(): void }) {
  const { t } = useI18n();
  const formId = useId();
  const [values, setValues] = useState({
    shortcut: response?.shortcut ?? '',
    title: response?.title ?? '',
    text: response?.text ?? '',
  });
  const [problems, setProblems] = useState<Problems>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [created, setCreated] = useState<string | null>(null);
  const refetch = { refetchQueries: [ListCannedResponsesQuery], awaitRefetchQueries: true };
  const [createResponse, creating] = useMutation(CreateCannedResponseMutation, refetch);
  const [updateResponse, updating] = useMutation(UpdateCannedResponseMutation, refetch);
  const fieldId = (field: Field) => `${formId}-${field}`;

  function check(input: typeof values): Problems {
    const found: Problems = {};
    if (!SHORTCUT.test(input.shortcut) || input.shortcut.length > MAX_SHORTCUT) found.shortcut = t('canned.error.shortcut', { max: MAX_SHORTCUT });
    if (!input.title) found.title = t('canned.error.title');
    if (!input.text) found.text = t('canned.error.text');
    else if ([...input.text].length > MAX_TEXT) found.text = t('canned.error.textLength', { max: MAX_TEXT });
    return found;
  }

  function showProblems(found: Problems) {
    setProblems(found);
    const first = (['shortcut', 'title', 'text'] as const).find((field) => found[field]);
    if (first) document.getElementById(fieldId(first))?.focus();
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFormError(null);
    setCreated(null);
    const input = { shortcut: values.shortcut.trim(), title: values.title.trim(), text: values.text.trim() };
    const found = check(input);
    showProblems(found);
    if (Object.keys(found).length) return;
    try {
      if (response) {
        await updateResponse({ variables: { id: response.id, input } });
        onDone?.();
        return;
      }
      await createResponse({ variables: { input } });
      setValues({ shortcut: '', title: '', text: '' });
      setCreated(t('canned.created', { shortcut: input.shortcut }));
    } catch (failure) {
      const [first] = apiErrors(failure);
      const field = first?.field as Field | undefined;
      if (first?.code === 'BAD_USER_INPUT' && field && ['shortcut', 'title', 'text'].includes(field)) {
        // The form checked the rest: the API refuses a shortcut only when another reply has it.
        showProblems({ [field]: field === 'shortcut' ? t('canned.error.shortcutTaken') : first.message });
      } else setFormError(describeError(failure, t));
    }
  }

  const textError = problems.text;
  return (
    <form onSubmit={submit} noValidate className="canned-form">
      <FormField
        id={fieldId('shortcut')}
        label={t('canned.shortcut')}
        error={problems.shortcut}
        name="shortcut"
        autoComplete="off"
        spellCheck={false}
        maxLength={MAX_SHORTCUT}
        value={values.shortcut}
        onChange={(e) => setValues({ ...values, shortcut: e.target.value })}
      />
      <FormField
        id={fieldId('title')}
        label={t('canned.titleField')}
        error={problems.title}
        name="title"
        autoComplete="off"
        maxLength={MAX_TITLE}
        value={values.title}
        onChange={(e) => setValues({ ...values, title: e.target.value })}
      />
      <div className="field">
        <label htmlFor={fieldId('text')}>{t('canned.text')}</label>
        <textarea
          id={fieldId('text')}
          name="text"
          rows={5}
          maxLength={MAX_TEXT}
          value={values.text}
          aria-invalid={Boolean(textError)}
          aria-describedby={`${fieldId('text')}-hint${textError ? ` ${fieldId('text')}-error` : ''}`}
          onChange={(e) => setValues({ ...values, text: e.target.value })}
        />
        <p className="hint" id={`${fieldId('text')}-hint`}>
          {t('canned.placeholders')}
        </p>
        {textError && (
          <p className="field-error" id={`${fieldId('text')}-error`}>
            {textError}
          </p>
        )}
      </div>
      <FormOutcome error={formError} notice={created} />
      <div className="dialog-actions">
        {onDone && (
          <button type="button" className="button" onClick={onDone}>
            {t('conversation.cancel')}
          </button>
        )}
        <button type="submit" className="button primary" disabled={creating.loading || updating.loading}>
          {response ? t('agents.save') : t('canned.submit')}
        </button>
      </div>
    </form>
  );
}
