import { useMutation } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { apiErrors, describeError } from '../../app/errors';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import type { RunRetentionMutation } from '../../gql/graphql';
import { useI18n } from '../i18n/i18n';
import { FormField, FormOutcome } from '../shell/form-field';

/** The API's bounds, so the field stops where the server would refuse; the server still decides. */
const MAX_DAYS = 3650;

export const RetentionSettingFragment = graphql(`
  fragment RetentionSetting_settings on Settings {
    retentionDays
  }
`);

const UpdateRetentionDaysMutation = graphql(`
  mutation UpdateRetentionDays($retentionDays: Int!) {
    updateSettings(input: { retentionDays: $retentionDays }) {
      ...RetentionSetting_settings
    }
  }
`);

const RunRetentionMutation = graphql(`
  mutation RunRetention($dryRun: Boolean!) {
    runRetention(dryRun: $dryRun) {
      dryRun
      retentionDays
      chats
      messages
      files
      bytes
      customers
      sample {
        id
        closedAt
        customerName
      }
    }
  }
`);

type Report = RunRetentionMutation['runRetention'];

/** ADMIN: how long closed chats are kept (UU PDP), a dry run listing what would go, and a run now. */
export function RetentionSettingForm(props: { settings: FragmentType<typeof RetentionSettingFragment> }) {
  const { t } = useI18n();
  const formId = useId();
  const settings = getFragmentData(RetentionSettingFragment, props.settings);
  const [days, setDays] = useState(settings.retentionDays === null ? '' : String(settings.retentionDays));
  const [daysError, setDaysError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [report, setReport] = useState<Report | null>(null);
  const [update, saving] = useMutation(UpdateRetentionDaysMutation, { refetchQueries: ['GetSettings'] });
  const [run, running] = useMutation(RunRetentionMutation);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    setError(null);
    const value = days.trim() === '' ? 0 : Number(days);
    if (!Number.isInteger(value) || value < 0 || value > MAX_DAYS) {
      setDaysError(t('retention.error.days', { max: MAX_DAYS }));
      document.getElementById(`${formId}-days`)?.focus();
      return;
    }
    setDaysError(null);
    try {
      await update({ variables: { retentionDays: value } });
      setSaved(true);
    } catch (failure) {
      const [first] = apiErrors(failure);
      if (first?.code === 'BAD_USER_INPUT' && first.field === 'retentionDays') setDaysError(first.message);
      else setError(describeError(failure, t));
    }
  }

  async function runNow(dryRun: boolean) {
    setError(null);
    setSaved(false);
    try {
      const { data } = await run({ variables: { dryRun } });
      setReport(data?.runRetention ?? null);
    } catch (failure) {
      setError(describeError(failure, t));
    }
  }

  return (
    <form onSubmit={submit} noValidate>
      <FormField
        id={`${formId}-days`}
        label={t('retention.days')}
        error={daysError ?? undefined}
        name="retentionDays"
        type="number"
        inputMode="numeric"
        min={1}
        max={MAX_DAYS}
        value={days}
        onChange={(event) => setDays(event.target.value)}
      />
      <p className="field-hint">
        {t('retention.hint')}
      </p>
      <FormOutcome error={error} notice={saved ? t('settings.saved') : null} />
      <div className="dialog-actions">
        <button type="submit" className="button primary" disabled={saving.loading}>
          {t('retention.save')}
        </button>
        <button type="button" className="button" disabled={running.loading} onClick={() => runNow(true)}>
          {t('retention.dryRun')}
        </button>
        <button type="button" className="button danger" disabled={running.loading} onClick={() => runNow(false)}>
          {t('retention.runNow')}
        </button>
      </div>
      {report && <RetentionReportView report={report} />}
    </form>
  );
}

function RetentionReportView({ report }: { report: Report }) {
  const { t, formatDateTime } = useI18n();
  if (report.retentionDays === null) return <p role="status">{t('retention.off')}</p>;
  const figures = {
    chats: report.chats,
    messages: report.messages,
    files: report.files,
    kilobytes: Math.ceil(report.bytes / 1024),
    customers: report.customers,
  };
  return (
    <section aria-label={t('retention.reportTitle')} className="retention-report">
      <p role="status">{t(report.dryRun ? 'retention.wouldGo' : 'retention.went', figures)}</p>
      {report.sample.length > 0 && (
        <ul>
          {report.sample.map((chat) => (
            <li key={chat.id}>
              {chat.customerName || t('personalData.erasedName')} · <time dateTime={chat.closedAt}>{formatDateTime(chat.closedAt, 'datetime')}</time>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
