import { useMutation } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { apiErrors, describeError } from '../../app/errors';
import { graphql } from '../../gql';
import { useI18n } from '../i18n/i18n';
import { FormField, FormOutcome } from '../shell/form-field';

const UpdateCustomerMutation = graphql(`
  mutation UpdateCustomer($id: ID!, $input: UpdateCustomerInput!) {
    updateCustomer(id: $id, input: $input) {
      id
      name
      email
      phone
      attributes
    }
  }
`);

/** The API's limits, so that a field stops where the server would refuse; the server still decides. */
const MAX_KEY = 40;
const MAX_VALUE = 500;
const MAX_ATTRIBUTES = 30;

export interface EditedCustomer {
  id: string;
  name: string;
  email?: string | null;
  phone?: string | null;
  attributes: Record<string, unknown>;
}

interface AttributeRow {
  /** Stable across edits, for React and for the inputs' ids. */
  rowId: number;
  key: string;
  value: string;
}

type FieldErrors = Partial<Record<'name' | 'email' | 'phone' | 'attributes', string>> & { rows?: Record<number, string> };

let nextRowId = 0;
const row = (key = '', value = ''): AttributeRow => ({ rowId: nextRowId++, key, value });

/**
 * What to send for the attributes: every row by its key, and null for each key the agent removed
 * or renamed. Blank rows are left out; the server refuses a value without a name.
 */
export function attributeChanges(before: Record<string, unknown>, rows: AttributeRow[]): Record<string, string | null> {
  const changes: Record<string, string | null> = {};
  for (const key of Object.keys(before)) changes[key] = null;
  for (const { key, value } of rows) {
    if (!key.trim() && !value.trim()) continue;
    changes[key.trim()] = value;
  }
  return changes;
}

/** Edits the customer's name, email, phone and attributes; the server's refusals land beside their field. */
export function CustomerProfileForm({ customer, onDone }: { customer: EditedCustomer; onDone(): void }) {
  const { t } = useI18n();
  const formId = useId();
  const [name, setName] = useState(customer.name);
  const [email, setEmail] = useState(customer.email ?? '');
  const [phone, setPhone] = useState(customer.phone ?? '');
  const [rows, setRows] = useState<AttributeRow[]>(() =>
    Object.entries(customer.attributes).map(([key, value]) => row(key, String(value))),
  );
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [updateCustomer, { loading }] = useMutation(UpdateCustomerMutation);
  const fieldId = (name: string) => `${formId}-${name}`;

  const changeRow = (rowId: number, change: Partial<AttributeRow>) =>
    setRows((current) => current.map((each) => (each.rowId === rowId ? { ...each, ...change } : each)));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setErrors({});
    setFormError(null);
    try {
      await updateCustomer({
        variables: {
          id: customer.id,
          input: { name, email: email.trim() || null, phone: phone.trim() || null, attributes: attributeChanges(customer.attributes, rows) },
        },
      });
      onDone();
    } catch (failure) {
      showRefusal(failure);
    }
  }

  function showRefusal(failure: unknown) {
    const [first] = apiErrors(failure);
    if (first?.code !== 'BAD_USER_INPUT' || !first.field) {
      setFormError(describeError(failure, t));
      return;
    }
    if (first.field === 'attributes' && first.key !== undefined) {
      const refused = rows.find((each) => each.key.trim() === first.key && (each.key.trim() || each.value.trim()));
      if (refused) {
        setErrors({ rows: { [refused.rowId]: first.message } });
        document.getElementById(fieldId(`key-${refused.rowId}`))?.focus();
        return;
      }
    }
    if (first.field === 'name' || first.field === 'email' || first.field === 'phone' || first.field === 'attributes') {
      setErrors({ [first.field]: first.message });
      document.getElementById(fieldId(first.field))?.focus();
      return;
    }
    setFormError(first.message);
  }

  return (
    <form onSubmit={submit} noValidate className="customer-profile-form" aria-label={t('customer.editTitle')}>
      <FormField id={fieldId('name')} label={t('customer.name')} error={errors.name} value={name} onChange={(e) => setName(e.target.value)} autoComplete="off" />
      <FormField id={fieldId('email')} label={t('customer.email')} error={errors.email} type="email" value={email} onChange={(e) => setEmail(e.target.value)} autoComplete="off" />
      <FormField id={fieldId('phone')} label={t('customer.phone')} error={errors.phone} type="tel" value={phone} onChange={(e) => setPhone(e.target.value)} autoComplete="off" />
      <fieldset
        className="attribute-rows"
        id={fieldId('attributes')}
        tabIndex={-1}
        aria-describedby={errors.attributes ? fieldId('attributes-error') : undefined}
      >
        <legend>{t('customer.attributes')}</legend>
        {rows.length === 0 && <p className="muted">{t('customer.noAttributes')}</p>}
        {rows.map((each, index) => {
          const error = errors.rows?.[each.rowId];
          const errorId = fieldId(`row-${each.rowId}-error`);
          const described = error ? { 'aria-invalid': true, 'aria-describedby': errorId } : {};
          return (
            <div className="attribute-row" key={each.rowId} data-attribute-row={index}>
              <label className="visually-hidden" htmlFor={fieldId(`key-${each.rowId}`)}>
                {t('customer.attributeKey', { n: index + 1 })}
              </label>
              <input
                id={fieldId(`key-${each.rowId}`)}
                value={each.key}
                maxLength={MAX_KEY}
                placeholder={t('customer.attributeKeyPlaceholder')}
                onChange={(e) => changeRow(each.rowId, { key: e.target.value })}
                {...described}
              />
              <label className="visually-hidden" htmlFor={fieldId(`value-${each.rowId}`)}>
                {t('customer.attributeValue', { n: index + 1 })}
              </label>
              <input
                id={fieldId(`value-${each.rowId}`)}
                value={each.value}
                maxLength={MAX_VALUE}
                placeholder={t('customer.attributeValuePlaceholder')}
                onChange={(e) => changeRow(each.rowId, { value: e.target.value })}
                {...described}
              />
              <button
                type="button"
                className="button ghost small"
                aria-label={t('customer.removeAttribute', { name: each.key.trim() || String(index + 1) })}
                onClick={() => setRows((current) => current.filter((other) => other.rowId !== each.rowId))}
              >
                ×
              </button>
              {error && (
                <p className="field-error" id={errorId}>
                  {error}
                </p>
              )}
            </div>
          );
        })}
        {errors.attributes && (
          <p className="field-error" id={fieldId('attributes-error')}>
            {errors.attributes}
          </p>
        )}
        <button
          type="button"
          className="button small"
          disabled={rows.length >= MAX_ATTRIBUTES}
          onClick={() => setRows((current) => [...current, row()])}
        >
          {t('customer.addAttribute')}
        </button>
      </fieldset>
      <FormOutcome error={formError} />
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onDone}>
          {t('conversation.cancel')}
        </button>
        <button type="submit" className="button primary" disabled={loading}>
          {t('agents.save')}
        </button>
      </div>
    </form>
  );
}
