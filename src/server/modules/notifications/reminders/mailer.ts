import { createTransport } from 'nodemailer';

/** One e-mail: plain text, to one recipient. */
export interface OutgoingEmail {
  to: string;
  subject: string;
  text: string;
}

/**
 * How reminders leave Pathways by e-mail. `send` resolves once the server accepted the message and
 * throws otherwise; an error may say `permanent: true` (the server refused it for good: no retry)
 * and carry `code` and `responseCode`, which are all of it that is kept (failureSummary). The
 * round takes a Mailer, so tests give it a double and production the SMTP transport below.
 */
export interface Mailer {
  send(email: OutgoingEmail): Promise<void>;
  close(): void;
}

export interface SmtpSettings {
  /** `smtp://user:password@host:587` or `smtps://…:465`. */
  url: string;
  /** The sender, `reminders@example.org` or `Pathways <reminders@example.org>`. */
  from: string;
}

// Short enough that a claimed batch of e-mails is sent well within its claim (deliver.ts): a
// server that stops answering costs at most about a minute a message, not nodemailer's ten.
const TIMEOUTS = { connectionTimeout: 20_000, greetingTimeout: 15_000, socketTimeout: 30_000 };

/**
 * The SMTP transport (nodemailer), one connection per message. `smtps:` is TLS from the start;
 * `smtp:` upgrades with STARTTLS when the server offers it, and must when there is a password to
 * send, which never travels in clear. Messages are plain text: nothing is read from disk or URLs.
 */
export function smtpMailer(settings: SmtpSettings): Mailer {
  const url = new URL(settings.url);
  const secure = url.protocol === 'smtps:';
  const credentials = url.username
    ? { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) }
    : undefined;
  const transport = createTransport({
    host: url.hostname,
    ...(url.port === '' ? {} : { port: Number(url.port) }),
    secure,
    requireTLS: !secure && credentials !== undefined,
    ...(credentials ? { auth: credentials } : {}),
    ...TIMEOUTS,
    disableFileAccess: true,
    disableUrlAccess: true,
  });
  return {
    async send(email) {
      await transport.sendMail({ from: settings.from, ...email });
    },
    close() {
      transport.close();
    },
  };
}

const SAFE_CODE = /^[A-Z][A-Z0-9_]{1,39}$/;

/**
 * What is kept of a failed send: the error's class and the SMTP reply code, for instance
 * `EENVELOPE 550`. Never the message or the server's reply, which may quote the recipient's address.
 */
export function failureSummary(error: unknown): string {
  const { code, responseCode } = (error ?? {}) as { code?: unknown; responseCode?: unknown };
  const parts = [
    typeof code === 'string' && SAFE_CODE.test(code) ? code : 'ERROR',
    ...(typeof responseCode === 'number' &&
    Number.isInteger(responseCode) &&
    responseCode >= 200 &&
    responseCode < 600
      ? [String(responseCode)]
      : []),
  ];
  return parts.join(' ');
}

/** Whether the server refused the message for good, so that trying again would be refused again. */
export function isPermanentFailure(error: unknown): boolean {
  return (error as { permanent?: unknown } | null)?.permanent === true;
}
