/** RFC 4180, as a spreadsheet reads it: quoted fields may hold commas, quotes and line breaks. */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') (field += '"'), (index += 1);
      else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') record.push(field), (field = '');
    else if (char === '\r' && text[index + 1] === '\n') {
      record.push(field);
      records.push(record);
      (record = []), (field = ''), (index += 1);
    } else field += char;
  }
  if (field || record.length) throw new Error(`the CSV does not end with CRLF: ${JSON.stringify(text.slice(-40))}`);
  return records;
}

export interface ReportRowFields {
  key: string | null;
  label: string;
  chats: number;
  messages: number;
  firstResponseSeconds: { median: number | null; p90: number | null; count: number };
  resolutionSeconds: { median: number | null; p90: number | null; count: number };
  averageRating: number | null;
  ratingCount: number;
}

/** A `report` row as its CSV must write it: numbers as JSON writes them, null as empty. */
export const reportRowAsCsv = (row: ReportRowFields) =>
  [
    row.key,
    row.label,
    row.chats,
    row.messages,
    row.firstResponseSeconds.median,
    row.firstResponseSeconds.p90,
    row.firstResponseSeconds.count,
    row.resolutionSeconds.median,
    row.resolutionSeconds.p90,
    row.resolutionSeconds.count,
    row.averageRating,
    row.ratingCount,
  ].map((value) => (value === null ? '' : String(value)));
