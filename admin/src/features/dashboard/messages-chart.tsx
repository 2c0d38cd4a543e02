import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { useI18n } from '../i18n/i18n';

const HALF_DAY = 12 * 60 * 60;

/** Bars of messages per day, drawn by uPlot (about 20 KB gzipped, loaded with this page only). */
export function MessagesChart({ points }: { points: { date: string; count: number }[] }) {
  const { t, locale } = useI18n();
  const container = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const xs = points.map((point) => Date.parse(`${point.date}T12:00:00`) / 1000);
    const ys = points.map((point) => point.count);
    const dayFormat = new Intl.DateTimeFormat(locale === 'id' ? 'id-ID' : 'en-GB', { day: 'numeric', month: 'short' });
    const chart = new uPlot(
      {
        width: Math.max(element.clientWidth, 280),
        height: 260,
        legend: { show: false },
        cursor: { drag: { x: false, y: false } },
        scales: {
          // Half a day of room on each side, so the first and last bars are whole.
          x: { time: true, range: (_u, min, max) => [min - HALF_DAY, max + HALF_DAY] },
          y: { range: (_u, _min, max) => [0, Math.max(4, Math.ceil(max * 1.15))] },
        },
        axes: [
          {
            // One tick per day at most; with 30 days, every few days so labels do not collide.
            splits: () => xs.filter((_x, i) => i % Math.ceil(xs.length / 10) === 0),
            values: (_u, ticks) => ticks.map((tick) => dayFormat.format(new Date(tick * 1000))),
            grid: { show: false },
          },
          { values: (_u, ticks) => ticks.map((tick) => (Number.isInteger(tick) ? String(tick) : '')) },
        ],
        series: [
          {},
          {
            label: t('dashboard.count'),
            stroke: '#2563eb',
            fill: 'rgba(59, 130, 246, 0.55)',
            paths: uPlot.paths.bars!({ size: [0.7, 48] }),
            points: { show: false },
          },
        ],
      },
      [xs, ys],
      element,
    );
    const resize = new ResizeObserver(() => chart.setSize({ width: Math.max(element.clientWidth, 280), height: 260 }));
    resize.observe(element);
    return () => {
      resize.disconnect();
      chart.destroy();
    };
  }, [points, t, locale]);

  return <div ref={container} className="chart" role="img" aria-label={t('dashboard.messagesPerDay')} />;
}
