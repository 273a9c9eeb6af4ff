import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';
import { resolveSecretKey } from './secret-key.ts';

const KEY = Buffer.alloc(32, 1).toString('base64');

describe('configuration', () => {
  it('has development defaults that match the contract', () => {
    const config = loadConfig({}, '/srv/pathways');
    expect(config).toMatchObject({
      environment: 'development',
      host: '127.0.0.1',
      port: 3000,
      databaseUrl: undefined,
      dataDir: '/srv/pathways/data',
      bodyLimit: 1_048_576,
    });
  });

  it('refuses to start in production without PATHWAYS_SECRET_KEY and says what to set', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(ConfigError);
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(
      /PATHWAYS_SECRET_KEY is required in production: set it to 32 random bytes in base64.*openssl rand -base64 32/,
    );
    expect(loadConfig({ NODE_ENV: 'production', PATHWAYS_SECRET_KEY: KEY }).environment).toBe('production');
  });

  it('lists every problem at once', () => {
    let message = '';
    try {
      loadConfig({
        NODE_ENV: 'staging',
        PORT: 'eighty',
        DATABASE_URL: 'mysql://x',
        PATHWAYS_SECRET_KEY: 'c2hvcnQ=',
      });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain('NODE_ENV must be one of development, production, test (got "staging")');
    expect(message).toContain('PORT must be a whole number from 0 to 65535 (got "eighty")');
    expect(message).toContain('DATABASE_URL must start with postgres://');
    expect(message).toContain('PATHWAYS_SECRET_KEY must be 32 random bytes in base64');
  });

  it('gives sessions and sign-in throttling the defaults of docs/configuration.md, and reads overrides', () => {
    expect(loadConfig({})).toMatchObject({
      session: { idleMinutes: 30, absoluteMinutes: 720 },
      signInThrottle: { accountFailures: 5, addressFailures: 20, windowMinutes: 15 },
    });
    const tuned = loadConfig({
      PATHWAYS_SESSION_IDLE_MINUTES: '10',
      PATHWAYS_SESSION_ABSOLUTE_HOURS: '2',
      PATHWAYS_SIGN_IN_ACCOUNT_FAILURES: '3',
      PATHWAYS_SIGN_IN_ADDRESS_FAILURES: '50',
      PATHWAYS_SIGN_IN_WINDOW_MINUTES: '60',
    });
    expect(tuned.session).toEqual({ idleMinutes: 10, absoluteMinutes: 120 });
    expect(tuned.signInThrottle).toEqual({ accountFailures: 3, addressFailures: 50, windowMinutes: 60 });
  });

  it('refuses session timeouts that are out of range or contradict each other', () => {
    expect(() => loadConfig({ PATHWAYS_SESSION_IDLE_MINUTES: '0' })).toThrow(
      /PATHWAYS_SESSION_IDLE_MINUTES must be a whole number from 1 to 1440/,
    );
    expect(() =>
      loadConfig({ PATHWAYS_SESSION_IDLE_MINUTES: '120', PATHWAYS_SESSION_ABSOLUTE_HOURS: '1' }),
    ).toThrow(/PATHWAYS_SESSION_IDLE_MINUTES must not be longer than PATHWAYS_SESSION_ABSOLUTE_HOURS/);
    expect(() => loadConfig({ PATHWAYS_SIGN_IN_ACCOUNT_FAILURES: 'many' })).toThrow(
      /PATHWAYS_SIGN_IN_ACCOUNT_FAILURES must be a whole number/,
    );
  });

  it('runs reminders hourly without SMTP by default, and reads an SMTP server and another interval', () => {
    expect(loadConfig({})).toMatchObject({ smtp: undefined, reminderIntervalMinutes: 60 });
    const configured = loadConfig({
      PATHWAYS_SMTP_URL: 'smtp://reminders:s%40cret@mail.example.org:587',
      PATHWAYS_SMTP_FROM: 'Pathways <reminders@example.org>',
      PATHWAYS_REMINDER_INTERVAL_MINUTES: '15',
    });
    expect(configured.smtp).toEqual({
      url: 'smtp://reminders:s%40cret@mail.example.org:587',
      from: 'Pathways <reminders@example.org>',
    });
    expect(configured.reminderIntervalMinutes).toBe(15);
    expect(loadConfig({ PATHWAYS_REMINDER_INTERVAL_MINUTES: '0' }).reminderIntervalMinutes).toBe(0);
    expect(
      loadConfig({
        PATHWAYS_SMTP_URL: 'smtps://mail.example.org',
        PATHWAYS_SMTP_FROM: 'no-reply@example.org',
      }).smtp,
    ).toEqual({ url: 'smtps://mail.example.org', from: 'no-reply@example.org' });
  });

  it('refuses SMTP settings that cannot work, without repeating a password', () => {
    let message = '';
    try {
      loadConfig({
        PATHWAYS_SMTP_URL: 'http://user:hunter2@mail.example.org',
        PATHWAYS_REMINDER_INTERVAL_MINUTES: 'hourly',
      });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain(
      'PATHWAYS_SMTP_URL must be smtp://[user:password@]host[:port] (STARTTLS) or smtps://',
    );
    expect(message).not.toContain('hunter2');
    expect(message).toContain('PATHWAYS_SMTP_FROM is required with PATHWAYS_SMTP_URL');
    expect(message).toContain('PATHWAYS_REMINDER_INTERVAL_MINUTES must be a whole number from 0 to 10080');
    expect(() =>
      loadConfig({ PATHWAYS_SMTP_URL: 'smtp://mail.example.org', PATHWAYS_SMTP_FROM: 'Pathways' }),
    ).toThrow(/PATHWAYS_SMTP_FROM must be an address \(reminders@example.org\) or a name and one/);
    expect(() => loadConfig({ PATHWAYS_SMTP_FROM: 'reminders@example.org' })).toThrow(
      /PATHWAYS_SMTP_FROM is set but PATHWAYS_SMTP_URL is not/,
    );
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ DATABASE_URL: '', PORT: ' ' }).databaseUrl).toBeUndefined();
  });
});

describe('the secret key', () => {
  it('uses the key from the environment', async () => {
    const key = await resolveSecretKey(
      loadConfig({ PATHWAYS_SECRET_KEY: KEY, PATHWAYS_DATA_DIR: '/nonexistent' }),
    );
    expect(key.equals(Buffer.alloc(32, 1))).toBe(true);
  });

  it('generates one into the data directory outside production, readable by the owner only, and keeps it', async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'pathways-key-'));
    try {
      const config = loadConfig({ PATHWAYS_DATA_DIR: dataDir });
      const first = await resolveSecretKey(config);
      const second = await resolveSecretKey(config);
      expect(first.length).toBe(32);
      expect(second.equals(first)).toBe(true);
      const file = path.join(dataDir, 'secret.key');
      expect((await stat(file)).mode & 0o777).toBe(0o600);
      expect((await readFile(file, 'utf8')).trim()).toBe(first.toString('base64'));
      await writeFile(file, 'bm90IGEga2V5');
      await expect(resolveSecretKey(config)).rejects.toThrow(/does not hold a 32-byte base64 key/);
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
