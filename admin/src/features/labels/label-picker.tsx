import { useMutation, useQuery } from '@apollo/client/react';
import { useId, useState } from 'react';
import { describeError } from '../../app/errors';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import type { SetChatSessionLabelsMutation } from '../../gql/graphql';
import { useI18n } from '../i18n/i18n';
import { LabelChips } from './label-chip';
import { ListLabelsQuery } from './labels-page';

export const LabelPickerFragment = graphql(`
  fragment LabelPicker_session on ChatSession {
    id
    labels {
      id
      name
      color
    }
  }
`);

const SetChatSessionLabelsMutation = graphql(`
  mutation SetChatSessionLabels($id: ID!, $labelIds: [ID!]!) {
    setChatSessionLabels(id: $id, labelIds: $labelIds) {
      id
      labels {
        id
        name
        color
      }
    }
  }
`);

/** The chat's labels as chips, and a checklist that sets them for everyone at once. */
export function LabelPicker(props: { session: FragmentType<typeof LabelPickerFragment> }) {
  const { t } = useI18n();
  const session = getFragmentData(LabelPickerFragment, props.session);
  const panelId = useId();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const { data } = useQuery(ListLabelsQuery, { skip: !open, fetchPolicy: 'cache-and-network' });
  const [setLabels, { loading }] = useMutation(SetChatSessionLabelsMutation);
  const chosen = new Set(session.labels.map((label) => label.id));

  async function toggle(labelId: string, on: boolean) {
    setError(null);
    const labelIds = on ? [...chosen, labelId] : [...chosen].filter((id) => id !== labelId);
    try {
      const known = new Map([...session.labels, ...(data?.labels ?? [])].map((label) => [label.id, label]));
      const labels = labelIds.flatMap((id) => known.get(id) ?? []).sort((a, b) => a.name.localeCompare(b.name));
      // The box ticks at once; a refusal puts it back.
      await setLabels({
        variables: { id: session.id, labelIds },
        optimisticResponse: {
          setChatSessionLabels: { __typename: 'ChatSession', id: session.id, labels } as SetChatSessionLabelsMutation['setChatSessionLabels'],
        },
      });
    } catch (failure) {
      setError(describeError(failure, t));
    }
  }

  return (
    <div className="label-picker">
      <LabelChips labels={session.labels} />
      <button
        type="button"
        className="button small"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((value) => !value)}
      >
        {t('labels.pick')}
      </button>
      {open && (
        <fieldset id={panelId} className="card label-picker-panel" disabled={loading}>
          <legend>{t('labels.ofChat')}</legend>
          {data && data.labels.length === 0 && <p className="muted">{t('labels.none')}</p>}
          {!data && <p>{t('app.loading')}</p>}
          {data?.labels.map((label) => (
            <label className="check" key={label.id}>
              <input type="checkbox" checked={chosen.has(label.id)} onChange={(e) => void toggle(label.id, e.target.checked)} />
              <span>{label.name}</span>
            </label>
          ))}
          {error && (
            <p className="form-error" role="alert">
              {error}
            </p>
          )}
        </fieldset>
      )}
    </div>
  );
}
