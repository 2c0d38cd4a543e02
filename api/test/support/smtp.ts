import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  to: string[];
  raw: string;
  subject: string;
  body: string;
}

/** What a test makes the server do, and sees it do: deliveries refused next (a temporary 451), deliveries tried. */
export interface SmtpFaults {
  refusals: number;
  attempts: number;
}

/** A real SMTP server in this process, on a free port: what the API's mailer sends arrives in `received`. */
export function startSmtpServer(received: ReceivedMail[], faults: SmtpFaults = { refusals: 0, attempts: 0 }): Promise<SMTPServer> {
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      faults.attempts += 1;
      if (faults.refusals > 0) {
        faults.refusals -= 1;
        stream.resume();
        stream.on('end', () => callback(Object.assign(new Error('Try again later'), { responseCode: 451 })));
        return;
      }
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        const [head, ...rest] = raw.split('\r\n\r\n');
        received.push({
          to: session.envelope.rcptTo.map((recipient) => recipient.address),
          raw,
          subject: /^Subject: (.*)$/m.exec(head)?.[1]?.trim() ?? '',
          body: decodeQuotedPrintable(rest.join('\r\n\r\n')),
        });
        callback();
      });
    },
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

const decodeQuotedPrintable = (text: string) =>
  Buffer.from(text.replace(/=\r\n/g, '').replace(/=([0-9A-F]{2})/g, (_match, hex: string) => String.fromCharCode(parseInt(hex, 16))), 'latin1').toString('utf8');

/** Until `count` emails have arrived in `received` (the job queue polls every 2 s), or the time is up. */
export async function mailsArrived(received: ReceivedMail[], count: number, timeoutMs = 20_000): Promise<ReceivedMail[]> {
  const deadline = Date.now() + timeoutMs;
  while (received.length < count && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
  return [...received];
}
