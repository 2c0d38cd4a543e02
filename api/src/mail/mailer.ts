import nodemailer from 'nodemailer';

export interface Mail {
  to: string;
  subject: string;
  text: string;
}

/** The API's one way out to email: plain-text messages over SMTP_URL. */
export interface Mailer {
  /** Resolves once the SMTP server has accepted the message; throws otherwise (the caller retries). */
  send(mail: Mail): Promise<void>;
  close(): void;
}

/** Null without SMTP_URL: nothing is ever emailed. */
export function createMailer(mail: { smtpUrl?: string; from: string }): Mailer | null {
  if (!mail.smtpUrl) return null;
  const transport = nodemailer.createTransport(mail.smtpUrl);
  return {
    async send({ to, subject, text }) {
      await transport.sendMail({ from: mail.from, to, subject, text });
    },
    close() {
      transport.close();
    },
  };
}
