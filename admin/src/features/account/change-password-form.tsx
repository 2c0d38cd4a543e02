import { useMutation } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { apiErrors, describeError } from '../../app/errors';
import { graphql } from '../../gql';
import { useI18n } from '../i18n/i18n';
import { FormField, FormOutcome } from '../shell/form-field';
import type { MessageKey } from '../i18n/messages';

const ChangePasswordMutation = graphql(`
  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)
  }
`);

type Field = 'currentPassword' | 'newPassword' | 'confirmPassword';
type FieldErrors = Partial<Record<Field, string>>;
const EMPTY: Record<Field, string> = { currentPassword: '', newPassword: '', confirmPassword: '' };
const MIN_PASSWORD = 8;

function validate(values: Record<Field, string>, t: (key: MessageKey) => string): FieldErrors {
  const errors: FieldErrors = {};
  if (!values.currentPassword) errors.currentPassword = t('account.error.currentMissing');
  if (values.newPassword.length < MIN_PASSWORD) errors.newPassword = t('agents.error.password');
  else if (values.newPassword === values.currentPassword) errors.newPassword = t('account.error.same');
  if (values.confirmPassword !== values.newPassword) errors.confirmPassword = t('account.error.mismatch');
  return errors;
}

/**
 * The API keeps this console's token working and signs the agent's other sessions out, so
 * nothing here changes the stored session: the agent simply stays signed in.
 */
export function ChangePasswordForm() {
  const { t } = useI18n();
  const formId = useId();
  const [values, setValues] = useState(EMPTY);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [changed, setChanged] = useState(false);
  const [changePassword, { loading }] = useMutation(ChangePasswordMutation);
  const focus = (found: FieldErrors) => {
    const first = Object.keys(found)[0];
    if (first) document.getElementById(`${formId}-${first}`)?.focus();
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    setChanged(false);
    setFormError(null);
    const found = validate(values, t);
    setErrors(found);
    if (Object.keys(found).length) {
      focus(found);
      return;
    }
    try {
      await changePassword({ variables: { currentPassword: values.currentPassword, newPassword: values.newPassword } });
      setValues(EMPTY);
      setChanged(true);
    } catch (failure) {
      const fieldErrors: FieldErrors = {};
      for (const error of apiErrors(failure)) {
        if (error.code !== 'BAD_USER_INPUT') continue;
        if (error.field === 'currentPassword') fieldErrors.currentPassword = t('account.error.currentWrong');
        if (error.field === 'newPassword') fieldErrors.newPassword = error.message;
      }
      setErrors(fieldErrors);
      if (Object.keys(fieldErrors).length) focus(fieldErrors);
      else setFormError(describeError(failure, t));
    }
  }

  const field = (name: Field, label: string, autoComplete: string) => (
    <FormField
      id={`${formId}-${name}`}
      label={label}
      error={errors[name]}
      name={name}
      type="password"
      autoComplete={autoComplete}
      value={values[name]}
      onChange={(e) => setValues({ ...values, [name]: e.target.value })}
    />
  );

  return (
    <section className="card" aria-labelledby={`${formId}-title`}>
      <h2 id={`${formId}-title`}>{t('account.changePassword')}</h2>
      <form onSubmit={submit} noValidate>
        {field('currentPassword', t('account.currentPassword'), 'current-password')}
        {field('newPassword', t('account.newPassword'), 'new-password')}
        {field('confirmPassword', t('account.confirmPassword'), 'new-password')}
        <FormOutcome error={formError} notice={changed ? t('account.changed') : null} />
        <button type="submit" className="button primary" disabled={loading}>
          {t('account.submit')}
        </button>
      </form>
    </section>
  );
}
