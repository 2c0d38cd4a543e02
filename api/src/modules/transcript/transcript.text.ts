import { MessageSender } from '../message/message.entity';

export interface TranscriptLine {
  sender: MessageSender;
  senderName: string | null;
  text: string | null;
  filename: string | null;
  internal: boolean;
  createdAt: Date;
}

export interface TranscriptInput {
  customerName: string;
  startedAt: Date;
  timeZone: string;
  lines: TranscriptLine[];
}

const FALLBACK_NAMES: Record<string, string> = { [MessageSender.ADMIN]: 'Agen', [MessageSender.SYSTEM]: 'Sistem' };

/** dd/mm/yyyy HH.MM in `timeZone`, the way Indonesian writes a date and a time. */
export function transcriptTime(at: Date, timeZone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone,
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(at)
      .map((part) => [part.type, part.value]),
  );
  return `${parts.day}/${parts.month}/${parts.year} ${parts.hour}.${parts.minute}`;
}

/**
 * The conversation as plain text, one line per message: "[dd/mm/yyyy HH.MM] Name: text". Which
 * lines it holds is the caller's choice (a visitor's copy is given no notes); notes it is given
 * are marked.
 */
export function transcriptText({ customerName, startedAt, timeZone, lines }: TranscriptInput): string {
  const header = [`Transkrip percakapan dengan ${customerName}`, `Dimulai ${transcriptTime(startedAt, timeZone)} (${timeZone})`, ''];
  const body = lines.map((line) => {
    const name = line.senderName ?? (line.sender === MessageSender.CUSTOMER ? customerName : FALLBACK_NAMES[line.sender] ?? line.sender);
    const content = [line.text, line.filename === null ? null : `[berkas: ${line.filename}]`].filter(Boolean).join(' ');
    return `[${transcriptTime(line.createdAt, timeZone)}] ${name}${line.internal ? ' (catatan internal)' : ''}: ${content}`;
  });
  return [...header, ...body, ''].join('\n');
}
