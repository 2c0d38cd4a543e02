import { useMutation, useQuery } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { apiErrors, describeError } from '../../app/errors';
import { graphql } from '../../gql';
import type { GetSettingsQuery as SettingsData, RoutingMode } from '../../gql/graphql';
import { useI18n } from '../i18n/i18n';
import { FormField, FormOutcome } from '../shell/form-field';
import { BusinessHoursForm } from './business-hours-form';
import { IdentitySettingForm } from './identity-setting-form';
import { RetentionSettingForm } from './retention-setting-form';

export const GetSettingsQuery = graphql(`
  query GetSettings {
    settings {
      routingMode
      defaultMaxConcurrentChats
      ...BusinessHoursForm_settings
      ...IdentitySetting_settings
      ...RetentionSetting_settings
    }
  }
`);

const UpdateSettingsMutation = graphql(`
  mutation UpdateSettings($input: UpdateSettingsInput!) {
    updateSettings(input: $input) {
      routingMode
      defaultMaxConcurrentChats
      ...BusinessHoursForm_settings
    }
  }
`);

const MODES: RoutingMode[] = ['MANUAL', 'AUTO'];
const MAX_LIMIT = 100;

/** ADMIN: how chats reach agents, and the chat limit of an agent without its own. */
export default function SettingsPage() {
  const { t } = useI18n();
  const { data, error } = useQuery(GetSettingsQuery, { fetchPolicy: 'cache-and-network' });
  return (
    <main className="page" id="main" tabIndex={-1}>
      <h1>{t('settings.title')}</h1>
      <section className="card narrow" aria-labelledby="settings-routing-title">
        <h2 id="settings-routing-title">{t('settings.routing')}</h2>
        {data ? <SettingsForm settings={data.settings} /> : <p>{error ? describeError(error, t) : t('app.loading')}</p>}
      </section>
      {data && (
        <section className="card narrow" aria-labelledby="settings-hours-title">
          <h2 id="settings-hours-title">{t('hours.title')}</h2>
          <BusinessHoursForm settings={data.settings} />
        </section>
      )}
      {data && (
        <section className="card narrow" aria-labelledby="settings-identity-title">
          <h2 id="settings-identity-title">{t('settings.identity')}</h2>
          <IdentitySettingForm settings={data.settings} />
        </section>
      )}
      {data && (
        <section className="card narrow" aria-labelledby="settings-retention-title">
          <h2 id="settings-retention-title">{t('retention.title')}</h2>
          <RetentionSettingForm settings={data.settings} />
        </section>
      )}
    </main>
  );
}

function SettingsForm({ settings }: { settings: SettingsData['settings'] }) {
  const { t } = useI18n();
  const formId = useId();
  const [mode, setMode] = useState<RoutingMode>(settings.routingMode);
  const [limit, setLimit] = useState(String(settings.defaultMaxConcurrentChats));
  const [limitError, setLimitError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [update, { loading }] = useMutation(UpdateSettingsMutation, {
    // The Settings object has no id: write the answer over the one query that reads it.
    update: (cache, { data }) => {
      if (data) cache.writeQuery({ query: GetSettingsQuery, data: { settings: data.updateSettings } });
    },
  });

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    setFormError(null);
    const value = Number(limit);
    if (!limit.trim() || !Number.isInteger(value) || value < 1 || value > MAX_LIMIT) {
      setLimitError(t('settings.error.limit', { max: MAX_LIMIT }));
      document.getElementById(`${formId}-limit`)?.focus();
      return;
    }
    setLimitError(null);
    try {
      await update({ variables: { input: { routingMode: mode, defaultMaxConcurrentChats: value } } });
      setSaved(true);
    } catch (failure) {
      const [first] = apiErrors(failure);
      if (first?.code === 'BAD_USER_INPUT' && first.field === 'defaultMaxConcurrentChats') setLimitError(first.message);
      else setFormError(describeError(failure, t));
    }
  }

  return (
    <form onSubmit={submit} noValidate>
      <fieldset className="radio-list">
        <legend>{t('settings.routingMode')}</legend>
        {MODES.map((option) => (
          <label key={option} className="radio">
            <input
              type="radio"
              name="routingMode"
              value={option}
              checked={mode === option}
              onChange={() => setMode(option)}
            />
            <span>
              <strong>{t(`settings.mode.${option}`)}</strong>
              <span className="muted">{t(`settings.mode.${option}.hint`)}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <FormField
        id={`${formId}-limit`}
        label={t('settings.defaultLimit')}
        error={limitError ?? undefined}
        name="defaultMaxConcurrentChats"
        type="number"
        inputMode="numeric"
        min={1}
        max={MAX_LIMIT}
        value={limit}
        onChange={(e) => setLimit(e.target.value)}
      />
      <FormOutcome error={formError} notice={saved ? t('settings.saved') : null} />
      <button type="submit" className="button primary" disabled={loading}>
        {t('agents.save')}
      </button>
    </form>
  );
}
