import type { ReportNode, ReportRowNode } from './report.types';

/** The columns, named after the GraphQL fields they hold. */
const COLUMNS: [header: string, value: (row: ReportRowNode) => string | number | null][] = [
  ['key', (row) => row.key],
  ['label', (row) => row.label],
  ['chats', (row) => row.chats],
  ['messages', (row) => row.messages],
  ['firstResponseSeconds.median', (row) => row.firstResponseSeconds.median],
  ['firstResponseSeconds.p90', (row) => row.firstResponseSeconds.p90],
  ['firstResponseSeconds.count', (row) => row.firstResponseSeconds.count],
  ['resolutionSeconds.median', (row) => row.resolutionSeconds.median],
  ['resolutionSeconds.p90', (row) => row.resolutionSeconds.p90],
  ['resolutionSeconds.count', (row) => row.resolutionSeconds.count],
  ['averageRating', (row) => row.averageRating],
  ['ratingCount', (row) => row.ratingCount],
];

/** RFC 4180: a field with a comma, quote or line break is quoted, its quotes doubled. */
function field(value: string | number | null): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

const line = (values: (string | number | null)[]) => `${values.map(field).join(',')}\r\n`;

/**
 * The report's rows, then its totals, under a header row. Numbers are written as JSON writes them
 * (a point for decimals, no grouping), so the file holds exactly what the API answered. The BOM
 * makes Excel read it as UTF-8, names with Indonesian letters included.
 */
export function reportCsv(report: Pick<ReportNode, 'rows' | 'totals'>): string {
  return `\uFEFF${line(COLUMNS.map(([header]) => header))}${[...report.rows, report.totals].map((row) => line(COLUMNS.map(([, value]) => value(row)))).join('')}`;
}
