import { useQuery } from '@apollo/client/react';
import { useId, useMemo, useState } from 'react';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import type { ReportGrouping } from '../../gql/graphql';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';
import { addDays, dayIn, startOfDayIn } from './zoned-days';

const GetReportTimeZoneQuery = graphql(`
  query GetReportTimeZone {
    settings {
      businessHours {
        timezone
      }
    }
  }
`);

const ReportRowFragment = graphql(`
  fragment ReportSection_row on ReportRow {
    key
    label
    chats
    messages
    firstResponseSeconds {
      median
      p90
    }
    resolutionSeconds {
      median
    }
    averageRating
    ratingCount
  }
`);

const GetReportQuery = graphql(`
  query GetReport($from: DateTimeISO!, $to: DateTimeISO!, $groupBy: ReportGrouping!) {
    report(from: $from, to: $to, groupBy: $groupBy) {
      timezone
      csvUrl
      rows {
        ...ReportSection_row
      }
      totals {
        ...ReportSection_row
      }
    }
  }
`);

const GROUPINGS: { value: ReportGrouping; label: MessageKey; column: MessageKey; unkeyed?: MessageKey }[] = [
  { value: 'DAY', label: 'report.byDay', column: 'report.day' },
  { value: 'AGENT', label: 'report.byAgent', column: 'report.agent', unkeyed: 'report.unassigned' },
  { value: 'TEAM', label: 'report.byTeam', column: 'report.team', unkeyed: 'report.noTeam' },
  { value: 'LABEL', label: 'report.byLabel', column: 'report.label', unkeyed: 'report.noLabel' },
];
const PRESETS = [7, 30] as const;
/** As the API allows. */
const MAX_DAYS = 366;

/**
 * Chats of a range of days in the desk's time zone, grouped as the agent picks, from `report`;
 * the CSV link downloads exactly these rows.
 */
export function ReportSection() {
  const { t } = useI18n();
  const id = useId();
  const { data: settings } = useQuery(GetReportTimeZoneQuery);
  const timeZone = settings?.settings.businessHours.timezone;
  const today = useMemo(() => (timeZone ? dayIn(new Date(), timeZone) : null), [timeZone]);
  const [picked, setPicked] = useState<{ from: string; to: string } | null>(null);
  const [groupBy, setGroupBy] = useState<ReportGrouping>('DAY');
  const range = picked ?? (today ? { from: addDays(today, -6), to: today } : null);
  const problem = !range || !range.from || !range.to ? null : range.from > range.to ? 'report.error.order' : addDays(range.from, MAX_DAYS - 1) < range.to ? 'report.error.tooLong' : null;
  const ready = Boolean(timeZone && range?.from && range.to && !problem);
  const { data, loading, error } = useQuery(GetReportQuery, {
    variables: ready
      ? { from: startOfDayIn(range!.from, timeZone!), to: startOfDayIn(addDays(range!.to, 1), timeZone!), groupBy }
      : { from: '', to: '', groupBy },
    skip: !ready,
    fetchPolicy: 'cache-and-network',
  });
  const report = ready ? data?.report : undefined;
  const grouping = GROUPINGS.find((each) => each.value === groupBy)!;
  const preset = (days: number) => today && setPicked({ from: addDays(today, 1 - days), to: today });

  return (
    <section className="card report-card" aria-labelledby={`${id}-title`}>
      <div className="chart-header">
        <h2 id={`${id}-title`}>{t('report.title')}</h2>
        {report && (
          <a className="button" href={report.csvUrl} download>
            {t('report.downloadCsv')}
          </a>
        )}
      </div>
      <div className="report-controls">
        <label>
          {t('report.from')}
          <input type="date" value={range?.from ?? ''} onChange={(event) => setPicked({ from: event.target.value, to: range?.to ?? '' })} />
        </label>
        <label>
          {t('report.to')}
          <input type="date" value={range?.to ?? ''} onChange={(event) => setPicked({ from: range?.from ?? '', to: event.target.value })} />
        </label>
        <div role="group" aria-label={t('report.presets')} className="segmented">
          {PRESETS.map((days) => {
            const active = Boolean(today && range?.to === today && range.from === addDays(today, 1 - days));
            return (
              <button key={days} type="button" aria-pressed={active} className={active ? 'active' : ''} onClick={() => preset(days)}>
                {t('dashboard.days', { days })}
              </button>
            );
          })}
        </div>
        <div role="group" aria-label={t('report.groupBy')} className="segmented">
          {GROUPINGS.map((each) => (
            <button
              key={each.value}
              type="button"
              aria-pressed={groupBy === each.value}
              className={groupBy === each.value ? 'active' : ''}
              onClick={() => setGroupBy(each.value)}
            >
              {t(each.label)}
            </button>
          ))}
        </div>
      </div>
      {problem && (
        <p className="form-error" role="alert">
          {t(problem, { max: MAX_DAYS })}
        </p>
      )}
      {error && !problem && (
        <p className="form-error" role="alert">
          {t('error.generic', { message: error.message })}
        </p>
      )}
      {timeZone && <p className="muted">{t('report.timeZone', { zone: timeZone })}</p>}
      {report ? (
        <div className="table-scroll">
          <table className="report-table" aria-busy={loading}>
            <caption className="visually-hidden">{t('report.caption', { grouping: t(grouping.label) })}</caption>
            <thead>
              <tr>
                <th scope="col">{t(grouping.column)}</th>
                <th scope="col">{t('report.chats')}</th>
                <th scope="col">{t('report.messages')}</th>
                <th scope="col">{t('report.firstResponseMedian')}</th>
                <th scope="col">{t('report.firstResponseP90')}</th>
                <th scope="col">{t('report.resolutionMedian')}</th>
                <th scope="col">{t('report.averageRating')}</th>
                <th scope="col">{t('report.ratingCount')}</th>
              </tr>
            </thead>
            <tbody>
              {report.rows.map((row, index) => (
                <ReportRow key={index} row={row} unkeyed={grouping.unkeyed} />
              ))}
            </tbody>
            <tfoot>
              <ReportRow row={report.totals} total />
            </tfoot>
          </table>
        </div>
      ) : (
        !problem && <p className="muted">{t('app.loading')}</p>
      )}
    </section>
  );
}

function ReportRow(props: { row: FragmentType<typeof ReportRowFragment>; unkeyed?: MessageKey; total?: boolean }) {
  const { t, locale } = useI18n();
  const row = getFragmentData(ReportRowFragment, props.row);
  const tag = locale === 'id' ? 'id-ID' : 'en-GB';
  const rating = new Intl.NumberFormat(tag, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const name = props.total ? t('report.total') : row.key === null && props.unkeyed ? t(props.unkeyed) : row.label;
  return (
    <tr data-key={row.key ?? ''}>
      <th scope="row">{name}</th>
      <td>{row.chats}</td>
      <td>{row.messages}</td>
      <td>{formatSeconds(row.firstResponseSeconds.median, tag)}</td>
      <td>{formatSeconds(row.firstResponseSeconds.p90, tag)}</td>
      <td>{formatSeconds(row.resolutionSeconds.median, tag)}</td>
      <td>{row.averageRating === null ? '—' : rating.format(row.averageRating)}</td>
      <td>{row.ratingCount}</td>
    </tr>
  );
}

/** "40 dtk", "1 mnt 10 dtk", "2 j 5 mnt": to the second under an hour, to the minute above. */
function formatSeconds(seconds: number | null, tag: string): string {
  if (seconds === null) return '—';
  const unit = (unit: 'second' | 'minute' | 'hour', value: number) => new Intl.NumberFormat(tag, { style: 'unit', unit, unitDisplay: 'short' }).format(value);
  const total = Math.round(seconds);
  if (total < 60) return unit('second', total);
  if (total < 3600) return [unit('minute', Math.floor(total / 60)), ...(total % 60 ? [unit('second', total % 60)] : [])].join(' ');
  const minutes = Math.round(total / 60);
  return [unit('hour', Math.floor(minutes / 60)), ...(minutes % 60 ? [unit('minute', minutes % 60)] : [])].join(' ');
}
