import path from 'node:path';

export type Environment = 'development' | 'production' | 'test';

/** Settings read once at start from the environment; see docs/configuration.md. */
export interface Config {
  environment: Environment;
  host: string;
  port: number;
  /** `postgres://…` of a PostgreSQL server; undefined means the embedded PGlite database. */
  databaseUrl: string | undefined;
  databasePoolSize: number;
  dataDir: string;
  /** Base64 of 32 bytes, or undefined to use (or generate) the key kept in the data directory. */
  secretKey: string | undefined;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** Largest request body accepted, in bytes. */
  bodyLimit: number;
  rateLimit: { max: number; windowMs: number };
  /** Trust X-Forwarded-* from a reverse proxy in front of Pathways. */
  trustProxy: boolean;
  /** How long a session lives: idle (since its last request) and absolute (since sign-in), in minutes. */
  session: { idleMinutes: number; absoluteMinutes: number };
  /** Failed sign-ins allowed per account and per address within the window before 429. */
  signInThrottle: { accountFailures: number; addressFailures: number; windowMinutes: number };
  /** The SMTP server reminders are e-mailed through; undefined: notifications stay in the app. */
  smtp: { url: string; from: string } | undefined;
  /** Minutes between two reminder rounds of this process; 0: this process runs none. */
  reminderIntervalMinutes: number;
  /**
   * Where the public reaches Pathways (`https://pathways.example.org`, no trailing slash), for
   * absolute addresses in link previews and the Atom feed; undefined: addresses stay relative.
   */
  publicBaseUrl: string | undefined;
  /**
   * The knowledge hub's staleness round: days without an update before a published entry is flagged
   * stale, then days flagged before it is archived; and days a search stays in the search log.
   */
  knowledge: { staleAfterDays: number; archiveAfterDays: number; searchLogDays: number };
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
const ENVIRONMENTS = ['development', 'production', 'test'] as const;

type Env = Readonly<Record<string, string | undefined>>;

/** Reads and validates the configuration, failing with every problem at once and what to set. */
export function loadConfig(env: Env = process.env, cwd = process.cwd()): Config {
  const problems: string[] = [];
  const read = (name: string) => {
    const value = env[name]?.trim();
    return value === undefined || value === '' ? undefined : value;
  };

  const environment = oneOf(read('NODE_ENV') ?? 'development', ENVIRONMENTS, 'NODE_ENV', problems);
  const port = integer(read('PORT') ?? '3000', 'PORT', 0, 65535, problems);
  const databaseUrl = read('DATABASE_URL');
  if (databaseUrl !== undefined && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    problems.push('DATABASE_URL must start with postgres:// or postgresql://');
  }
  const secretKey = read('PATHWAYS_SECRET_KEY');
  if (secretKey !== undefined && Buffer.from(secretKey, 'base64').length !== 32) {
    problems.push(
      'PATHWAYS_SECRET_KEY must be 32 random bytes in base64 (for example: openssl rand -base64 32)',
    );
  }
  if (environment === 'production' && secretKey === undefined) {
    problems.push(
      'PATHWAYS_SECRET_KEY is required in production: set it to 32 random bytes in base64 ' +
        '(for example: openssl rand -base64 32) and keep it secret; sessions and encrypted fields depend on it',
    );
  }

  const smtp = smtpSettings(read('PATHWAYS_SMTP_URL'), read('PATHWAYS_SMTP_FROM'), problems);

  const config: Config = {
    environment,
    host: read('HOST') ?? '127.0.0.1',
    port,
    databaseUrl,
    databasePoolSize: integer(
      read('PATHWAYS_DB_POOL_SIZE') ?? '10',
      'PATHWAYS_DB_POOL_SIZE',
      1,
      500,
      problems,
    ),
    dataDir: path.resolve(cwd, read('PATHWAYS_DATA_DIR') ?? 'data'),
    secretKey,
    logLevel: oneOf(read('LOG_LEVEL') ?? 'info', LOG_LEVELS, 'LOG_LEVEL', problems),
    bodyLimit: integer(
      read('PATHWAYS_BODY_LIMIT') ?? String(1024 * 1024),
      'PATHWAYS_BODY_LIMIT',
      1024,
      1e9,
      problems,
    ),
    rateLimit: {
      max: integer(read('PATHWAYS_RATE_LIMIT_MAX') ?? '600', 'PATHWAYS_RATE_LIMIT_MAX', 1, 1e9, problems),
      windowMs: integer(
        read('PATHWAYS_RATE_LIMIT_WINDOW_MS') ?? '60000',
        'PATHWAYS_RATE_LIMIT_WINDOW_MS',
        1000,
        864e5,
        problems,
      ),
    },
    trustProxy: read('PATHWAYS_TRUST_PROXY') === 'true',
    session: {
      idleMinutes: integer(
        read('PATHWAYS_SESSION_IDLE_MINUTES') ?? '30',
        'PATHWAYS_SESSION_IDLE_MINUTES',
        1,
        1440,
        problems,
      ),
      absoluteMinutes:
        60 *
        integer(
          read('PATHWAYS_SESSION_ABSOLUTE_HOURS') ?? '12',
          'PATHWAYS_SESSION_ABSOLUTE_HOURS',
          1,
          720,
          problems,
        ),
    },
    signInThrottle: {
      accountFailures: integer(
        read('PATHWAYS_SIGN_IN_ACCOUNT_FAILURES') ?? '5',
        'PATHWAYS_SIGN_IN_ACCOUNT_FAILURES',
        1,
        1000,
        problems,
      ),
      addressFailures: integer(
        read('PATHWAYS_SIGN_IN_ADDRESS_FAILURES') ?? '20',
        'PATHWAYS_SIGN_IN_ADDRESS_FAILURES',
        1,
        100000,
        problems,
      ),
      windowMinutes: integer(
        read('PATHWAYS_SIGN_IN_WINDOW_MINUTES') ?? '15',
        'PATHWAYS_SIGN_IN_WINDOW_MINUTES',
        1,
        1440,
        problems,
      ),
    },
    smtp,
    reminderIntervalMinutes: integer(
      read('PATHWAYS_REMINDER_INTERVAL_MINUTES') ?? '60',
      'PATHWAYS_REMINDER_INTERVAL_MINUTES',
      0,
      10080,
      problems,
    ),
    publicBaseUrl: publicBaseUrl(read('PATHWAYS_PUBLIC_URL'), problems),
    knowledge: {
      staleAfterDays: integer(
        read('PATHWAYS_KNOWLEDGE_STALE_AFTER_DAYS') ?? '730',
        'PATHWAYS_KNOWLEDGE_STALE_AFTER_DAYS',
        1,
        36500,
        problems,
      ),
      archiveAfterDays: integer(
        read('PATHWAYS_KNOWLEDGE_ARCHIVE_AFTER_DAYS') ?? '180',
        'PATHWAYS_KNOWLEDGE_ARCHIVE_AFTER_DAYS',
        1,
        36500,
        problems,
      ),
      // At least the editors' longest statistics window (365 days).
      searchLogDays: integer(
        read('PATHWAYS_KNOWLEDGE_SEARCH_LOG_DAYS') ?? '400',
        'PATHWAYS_KNOWLEDGE_SEARCH_LOG_DAYS',
        365,
        3650,
        problems,
      ),
    },
  };
  if (config.session.idleMinutes > config.session.absoluteMinutes) {
    problems.push('PATHWAYS_SESSION_IDLE_MINUTES must not be longer than PATHWAYS_SESSION_ABSOLUTE_HOURS');
  }
  if (problems.length > 0) {
    throw new ConfigError(`Pathways cannot start; fix its configuration:\n  - ${problems.join('\n  - ')}`);
  }
  return config;
}

/** A sender: `reminders@example.org`, or `Pathways <reminders@example.org>`. */
const SENDER = /^(?:[^<>\r\n]{1,100} <[^\s@<>]+@[^\s@<>]+>|[^\s@<>]+@[^\s@<>]+)$/;

function smtpSettings(url: string | undefined, from: string | undefined, problems: string[]): Config['smtp'] {
  if (url === undefined) {
    if (from !== undefined)
      problems.push('PATHWAYS_SMTP_FROM is set but PATHWAYS_SMTP_URL is not: set both, or neither');
    return undefined;
  }
  const parsed = URL.canParse(url) ? new URL(url) : undefined;
  if (!parsed || !['smtp:', 'smtps:'].includes(parsed.protocol) || parsed.hostname === '') {
    // The value may hold a password: it is not repeated.
    problems.push(
      'PATHWAYS_SMTP_URL must be smtp://[user:password@]host[:port] (STARTTLS) or smtps://… ' +
        '(TLS from the start), with the password percent-encoded; the value given is not one',
    );
  }
  if (from === undefined) {
    problems.push(
      'PATHWAYS_SMTP_FROM is required with PATHWAYS_SMTP_URL: the sender, e.g. reminders@example.org',
    );
  } else if (!SENDER.test(from)) {
    problems.push(
      `PATHWAYS_SMTP_FROM must be an address (reminders@example.org) or a name and one (Pathways <reminders@example.org>) (got "${from}")`,
    );
  }
  return { url, from: from ?? '' };
}

/** An http(s) origin with an optional path, without query, fragment or trailing slash. */
function publicBaseUrl(value: string | undefined, problems: string[]): string | undefined {
  if (value === undefined) return undefined;
  const parsed = URL.canParse(value) ? new URL(value) : undefined;
  if (
    !parsed ||
    !['http:', 'https:'].includes(parsed.protocol) ||
    parsed.search ||
    parsed.hash ||
    parsed.username
  ) {
    problems.push(
      `PATHWAYS_PUBLIC_URL must be an http(s) address such as https://pathways.example.org (got "${value}")`,
    );
    return undefined;
  }
  return `${parsed.origin}${parsed.pathname}`.replace(/\/+$/, '');
}

function oneOf<T extends string>(value: string, allowed: readonly T[], name: string, problems: string[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  problems.push(`${name} must be one of ${allowed.join(', ')} (got "${value}")`);
  return allowed[0] as T;
}

function integer(value: string, name: string, min: number, max: number, problems: string[]): number {
  const parsed = Number(value);
  if (Number.isInteger(parsed) && parsed >= min && parsed <= max) return parsed;
  problems.push(`${name} must be a whole number from ${min} to ${max} (got "${value}")`);
  return min;
}
