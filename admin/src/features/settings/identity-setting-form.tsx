import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { describeError } from '../../app/errors';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { useI18n } from '../i18n/i18n';
import { FormOutcome } from '../shell/form-field';

export const IdentitySettingFragment = graphql(`
  fragment IdentitySetting_settings on Settings {
    identityRequired
  }
`);

const UpdateIdentityRequiredMutation = graphql(`
  mutation UpdateIdentityRequired($identityRequired: Boolean!) {
    updateSettings(input: { identityRequired: $identityRequired }) {
      ...IdentitySetting_settings
    }
  }
`);

/** ADMIN: whether only visitors the host site verified (LivechatOSSConfig.identity) may chat. */
export function IdentitySettingForm(props: { settings: FragmentType<typeof IdentitySettingFragment> }) {
  const { t } = useI18n();
  const settings = getFragmentData(IdentitySettingFragment, props.settings);
  const [required, setRequired] = useState(settings.identityRequired);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [update, { loading }] = useMutation(UpdateIdentityRequiredMutation, {
    // The Settings object has no id: the page's query (settings-page.tsx) reads the stored value again.
    refetchQueries: ['GetSettings'],
  });
  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    setError(null);
    try {
      await update({ variables: { identityRequired: required } });
      setSaved(true);
    } catch (failure) {
      setError(describeError(failure, t));
    }
  }
  return (
    <form onSubmit={submit} noValidate>
      <label className="check">
        <input type="checkbox" checked={required} onChange={(event) => setRequired(event.target.checked)} aria-describedby="identity-required-hint" />
        <span>{t('settings.identityRequired')}</span>
      </label>
      <p className="field-hint" id="identity-required-hint">
        {t('settings.identityRequiredHint')}
      </p>
      <FormOutcome error={error} notice={saved ? t('settings.saved') : null} />
      <button type="submit" className="button primary" disabled={loading}>
        {t('settings.identitySave')}
      </button>
    </form>
  );
}
