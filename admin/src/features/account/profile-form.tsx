import { useMutation } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { apiErrors, describeError } from '../../app/errors';
import { graphql } from '../../gql';
import { useMyAccount } from '../auth/my-account';
import { useI18n } from '../i18n/i18n';
import { FormField, FormOutcome } from '../shell/form-field';

const RenameMeMutation = graphql(`
  mutation RenameMe($id: ID!, $input: UpdateAdminInput!) {
    updateAdmin(id: $id, input: $input) {
      id
      name
    }
  }
`);

/** The name customers and colleagues see; every role may change its own. */
export function ProfileForm() {
  const { t } = useI18n();
  const me = useMyAccount();
  const formId = useId();
  const [name, setName] = useState(me.name);
  const [error, setError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [rename, { loading }] = useMutation(RenameMeMutation);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    setFormError(null);
    if (!name.trim()) {
      setError(t('agents.error.name'));
      document.getElementById(`${formId}-name`)?.focus();
      return;
    }
    setError(null);
    try {
      await rename({ variables: { id: me.id, input: { name: name.trim() } } });
      setName(name.trim());
      setSaved(true);
    } catch (failure) {
      const [first] = apiErrors(failure);
      if (first?.code === 'BAD_USER_INPUT' && first.field === 'name') setError(first.message);
      else setFormError(describeError(failure, t));
    }
  }

  return (
    <form onSubmit={submit} noValidate className="profile-form">
      <FormField
        id={`${formId}-name`}
        label={t('agents.name')}
        error={error ?? undefined}
        name="name"
        autoComplete="name"
        value={name}
        onChange={(e) => setName(e.target.value)}
      />
      <dl className="account-facts">
        <dt>{t('agents.email')}</dt>
        <dd>{me.email}</dd>
        {me.role && (
          <>
            <dt>{t('agents.role')}</dt>
            <dd>{t(`role.${me.role}`)}</dd>
          </>
        )}
      </dl>
      <FormOutcome error={formError} notice={saved ? t('account.nameSaved') : null} />
      <button type="submit" className="button primary" disabled={loading}>
        {t('account.saveName')}
      </button>
    </form>
  );
}
