import { useMutation } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { apiErrors, describeError } from '../../app/errors';
import { graphql } from '../../gql';
import { useI18n } from '../i18n/i18n';
import { FormField, FormOutcome } from '../shell/form-field';
import type { MessageKey } from '../i18n/messages';
import { ListAgentsQuery } from './agents-page';

const CreateAdminMutation = graphql(`
  mutation CreateAdmin($input: CreateAdminInput!) {
    createAdmin(input: $input) {
      id
      name
      email
      online
    }
  }
`);

type Field = 'name' | 'email' | 'password';
type FieldErrors = Partial<Record<Field, string>>;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;
const MIN_PASSWORD = 8;

/** The same rules the API applies, checked first so the agent reads them in their language. */
function validate(values: Record<Field, string>, t: (key: MessageKey) => string): FieldErrors {
  const errors: FieldErrors = {};
  if (!values.name.trim()) errors.name = t('agents.error.name');
  if (!EMAIL.test(values.email.trim())) errors.email = t('agents.error.email');
  if (values.password.length < MIN_PASSWORD) errors.password = t('agents.error.password');
  return errors;
}

export function CreateAgentForm() {
  const { t } = useI18n();
  const formId = useId();
  const [values, setValues] = useState<Record<Field, string>>({ name: '', email: '', password: '' });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [created, setCreated] = useState<string | null>(null);
  const [createAdmin, { loading }] = useMutation(CreateAdminMutation, {
    refetchQueries: [ListAgentsQuery],
    awaitRefetchQueries: true,
  });

  async function submit(event: FormEvent) {
    event.preventDefault();
    setCreated(null);
    setFormError(null);
    const found = validate(values, t);
    setErrors(found);
    if (Object.keys(found).length) {
      document.getElementById(`${formId}-${Object.keys(found)[0]}`)?.focus();
      return;
    }
    try {
      const { data } = await createAdmin({
        variables: { input: { name: values.name.trim(), email: values.email.trim(), password: values.password } },
      });
      setValues({ name: '', email: '', password: '' });
      setCreated(data ? t('agents.created', { name: data.createAdmin.name }) : null);
    } catch (failure) {
      const fieldErrors: FieldErrors = {};
      for (const error of apiErrors(failure)) {
        if (error.code === 'BAD_USER_INPUT' && (error.field === 'name' || error.field === 'email' || error.field === 'password')) {
          fieldErrors[error.field] = error.message;
        }
      }
      setErrors(fieldErrors);
      if (Object.keys(fieldErrors).length) document.getElementById(`${formId}-${Object.keys(fieldErrors)[0]}`)?.focus();
      else setFormError(describeError(failure, t));
    }
  }

  const field = (name: Field, label: string, type: string, autoComplete: string) => (
    <FormField
      id={`${formId}-${name}`}
      label={label}
      error={errors[name]}
      name={name}
      type={type}
      autoComplete={autoComplete}
      value={values[name]}
      onChange={(e) => setValues({ ...values, [name]: e.target.value })}
    />
  );

  return (
    <section className="card" aria-labelledby={`${formId}-title`}>
      <h2 id={`${formId}-title`}>{t('agents.create')}</h2>
      <form onSubmit={submit} noValidate className="create-agent">
        {field('name', t('agents.name'), 'text', 'off')}
        {field('email', t('agents.email'), 'email', 'off')}
        {field('password', t('agents.password'), 'password', 'new-password')}
        <FormOutcome error={formError} notice={created} />
        <button type="submit" className="button primary" disabled={loading}>
          {t('agents.submit')}
        </button>
      </form>
    </section>
  );
}
