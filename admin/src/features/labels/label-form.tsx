import { useMutation } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { apiErrors, describeError } from '../../app/errors';
import { graphql } from '../../gql';
import { useI18n } from '../i18n/i18n';
import { FormField, FormOutcome } from '../shell/form-field';
import { ListLabelsQuery, type ListedLabel } from './labels-page';

const CreateLabelMutation = graphql(`
  mutation CreateLabel($input: CreateLabelInput!) {
    createLabel(input: $input) {
      id
      name
      color
    }
  }
`);

const UpdateLabelMutation = graphql(`
  mutation UpdateLabel($id: ID!, $input: UpdateLabelInput!) {
    updateLabel(id: $id, input: $input) {
      id
      name
      color
    }
  }
`);

const MAX_NAME = 40;
const DEFAULT_COLOR = '#1F6FEB';

/** Creates a label, or edits `label`: its name and colour. */
export function LabelForm({ label, onDone }: { label?: ListedLabel; onDone?(): void }) {
  const { t } = useI18n();
  const formId = useId();
  const [name, setName] = useState(label?.name ?? '');
  const [color, setColor] = useState(label?.color ?? DEFAULT_COLOR);
  const [nameError, setNameError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [created, setCreated] = useState<string | null>(null);
  const refetch = { refetchQueries: [ListLabelsQuery], awaitRefetchQueries: true };
  const [createLabel, creating] = useMutation(CreateLabelMutation, refetch);
  const [updateLabel, updating] = useMutation(UpdateLabelMutation, refetch);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFormError(null);
    setCreated(null);
    const trimmed = name.trim();
    const problem = !trimmed ? t('labels.error.name') : [...trimmed].length > MAX_NAME ? t('labels.error.nameLength', { max: MAX_NAME }) : null;
    setNameError(problem);
    if (problem) {
      document.getElementById(`${formId}-name`)?.focus();
      return;
    }
    const input = { name: trimmed, color };
    try {
      if (label) {
        await updateLabel({ variables: { id: label.id, input } });
        onDone?.();
        return;
      }
      await createLabel({ variables: { input } });
      setName('');
      setCreated(t('labels.created', { name: trimmed }));
    } catch (failure) {
      const [first] = apiErrors(failure);
      if (first?.code === 'BAD_USER_INPUT' && first.field === 'name') {
        setNameError(first.message);
        document.getElementById(`${formId}-name`)?.focus();
      } else setFormError(describeError(failure, t));
    }
  }

  return (
    <form onSubmit={submit} noValidate className="label-form">
      <FormField
        id={`${formId}-name`}
        label={t('labels.name')}
        error={nameError ?? undefined}
        name="name"
        autoComplete="off"
        maxLength={MAX_NAME}
        value={name}
        onChange={(e) => setName(e.target.value)}
      />
      <FormField
        id={`${formId}-color`}
        label={t('labels.color')}
        name="color"
        type="color"
        value={color.toLowerCase()}
        onChange={(e) => setColor(e.target.value.toUpperCase())}
      />
      <FormOutcome error={formError} notice={created} />
      <div className="dialog-actions">
        {onDone && (
          <button type="button" className="button" onClick={onDone}>
            {t('conversation.cancel')}
          </button>
        )}
        <button type="submit" className="button primary" disabled={creating.loading || updating.loading}>
          {label ? t('agents.save') : t('labels.submit')}
        </button>
      </div>
    </form>
  );
}
