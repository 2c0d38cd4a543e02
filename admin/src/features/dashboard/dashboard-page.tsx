import { useQuery } from '@apollo/client/react';
import { useEffect, useId, useState } from 'react';
import { graphql } from '../../gql';
import { useI18n } from '../i18n/i18n';
import { useRefetchOnSessionEvents } from '../inbox/live-sessions';
import { MessagesChart } from './messages-chart';
import { ReportSection } from './report-section';

const GetDashboardStatsQuery = graphql(`
  query GetDashboardStats($days: Int!) {
    stats {
      activeSessions
      waitingSessions
      averageFirstResponseSeconds
      averageRating(days: $days)
      ratingCount(days: $days)
      messagesPerDay(days: $days) {
        date
        count
      }
    }
  }
`);

const POLL_MS = 30_000;
const LIVE_REFRESH_MS = 2_000;
const RANGES = [7, 30] as const;

export default function DashboardPage() {
  const { t, formatDateTime, locale } = useI18n();
  const rangeId = useId();
  const [days, setDays] = useState<(typeof RANGES)[number]>(7);
  const { data, refetch } = useQuery(GetDashboardStatsQuery, {
    variables: { days },
    pollInterval: POLL_MS,
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: false,
  });
  const [updatedAt, setUpdatedAt] = useState<string | null>(null);
  useEffect(() => {
    if (data) setUpdatedAt(new Date().toISOString());
  }, [data]);

  useRefetchOnSessionEvents(refetch, LIVE_REFRESH_MS);

  const stats = data?.stats;
  const oneDecimal = new Intl.NumberFormat(locale === 'id' ? 'id-ID' : 'en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const minutes = stats?.averageFirstResponseSeconds == null ? null : oneDecimal.format(stats.averageFirstResponseSeconds / 60);
  return (
    <main className="page" id="main" tabIndex={-1}>
      <div className="page-title">
        <h1>{t('dashboard.title')}</h1>
        {updatedAt && (
          <p className="muted" aria-live="off">
            {t('dashboard.updated', { time: formatDateTime(updatedAt, 'time') })}
          </p>
        )}
      </div>
      <div className="stat-cards">
        <StatCard label={t('dashboard.active')} value={stats?.activeSessions} name="active" />
        <StatCard label={t('dashboard.waiting')} value={stats?.waitingSessions} name="waiting" />
        <StatCard
          label={t('dashboard.firstResponse')}
          value={minutes == null ? (stats ? t('dashboard.noData') : undefined) : t('dashboard.minutes', { value: minutes })}
          name="first-response"
        />
        <StatCard
          label={t('dashboard.rating')}
          value={
            stats?.averageRating == null
              ? stats && t('dashboard.noData')
              : t('dashboard.ratingValue', { value: oneDecimal.format(stats.averageRating) })
          }
          detail={stats?.averageRating == null ? undefined : t('dashboard.ratingCount', { count: stats.ratingCount })}
          name="rating"
        />
      </div>
      <section className="card chart-card" aria-labelledby={`${rangeId}-title`}>
        <div className="chart-header">
          <h2 id={`${rangeId}-title`}>{t('dashboard.messagesPerDay')}</h2>
          <div role="group" aria-label={t('dashboard.range')} className="segmented">
            {RANGES.map((range) => (
              <button
                key={range}
                type="button"
                aria-pressed={days === range}
                className={days === range ? 'active' : ''}
                onClick={() => setDays(range)}
              >
                {t('dashboard.days', { days: range })}
              </button>
            ))}
          </div>
        </div>
        {stats && <MessagesChart points={stats.messagesPerDay} />}
        {stats && (
          <details className="chart-data">
            <summary>{t('dashboard.tableCaption')}</summary>
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('dashboard.date')}</th>
                  <th scope="col">{t('dashboard.count')}</th>
                </tr>
              </thead>
              <tbody>
                {stats.messagesPerDay.map((point) => (
                  <tr key={point.date} data-date={point.date}>
                    <td>{point.date}</td>
                    <td>{point.count}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        )}
      </section>
      <ReportSection />
    </main>
  );
}

function StatCard({ label, value, detail, name }: { label: string; value: number | string | undefined; detail?: string; name: string }) {
  return (
    <section className="card stat-card" data-stat={name}>
      <h2>{label}</h2>
      <p className="stat-value">{value ?? '…'}</p>
      {detail && <p className="stat-detail">{detail}</p>}
    </section>
  );
}
