import { z } from 'zod';

/** Everything the app reads from its environment, checked once at start. */
export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | null;
  demoData: boolean;
  city: {
    name: { fi: string; sv: string; en: string };
    webDomain: string;
    emailDomain: string;
    /** Where a resident reports a suspected fake profile. */
    reportChannel: string;
    /** Public base URL of this registry, used in links that leave the app (feeds, rel="me", CSV). */
    publicUrl: string;
    /** The city's own public e-mail addresses and phone numbers: the check before publishing lets them be. */
    publicContacts: string[];
  };
  /** Verify requests per minute from one address (0: no limit). */
  verifyRateLimit: number;
  /** Reports of fake profiles per hour from one address, across all servers (0: no limit). */
  reportRateLimit: number;
  auth: {
    /** Minutes without a request after which a session ends. */
    sessionIdleMinutes: number;
    /** Hours after sign-in after which a session ends, however active. */
    sessionMaxHours: number;
    /** Signs cookies; when not set, the servers share one generated into the database. */
    sessionSecret: string | null;
    /** Sign-in and password reset attempts per minute from one address, across all servers. */
    signInRateLimit: number;
    /** Whether people may sign in with a password kept by this app. */
    localSignIn: boolean;
    oidc: OidcConfig | null;
  };
  mail: {
    /** smtp:// or smtps:// URL; without it, messages stay in the outbox that staff read in the app. */
    smtpUrl: string | null;
    from: string;
  };
  /** Days between announcing a profile's closing and closing it, at least (policy rule O8). */
  closingNoticeDays: number;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  trustProxy: boolean;
}

export interface OidcConfig {
  issuer: string;
  clientId: string;
  clientSecret: string | null;
  /** A claim whose values name city-wide roles (communications, auditor) to grant at sign-in. */
  rolesClaim: string | null;
  /** Allow a plain-http issuer (a test or a local provider only). */
  allowInsecure: boolean;
}

const domain = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/, 'must be a domain name such as pieksamaki.fi');

const booleanFlag = z
  .string()
  .trim()
  .toLowerCase()
  .refine((v) => ['true', 'false', '1', '0', 'yes', 'no'].includes(v), 'must be true or false')
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const envSchema = z.object({
  PORT: z.coerce.number().int('must be a whole number').min(0).max(65535).default(3000),
  HOST: z.string().trim().min(1).default('0.0.0.0'),
  DATA_DIR: z.string().trim().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? v : undefined))
    .refine((v) => v === undefined || /^postgres(ql)?:\/\//.test(v), 'must start with postgres:// or postgresql://'),
  DEMO_DATA: booleanFlag.optional(),
  CITY_NAME: z.string().trim().min(1).max(100).default('Pieksämäki'),
  CITY_NAME_SV: z.string().trim().min(1).max(100).optional(),
  CITY_NAME_EN: z.string().trim().min(1).max(100).optional(),
  CITY_WEB_DOMAIN: domain.default('pieksamaki.fi'),
  CITY_EMAIL_DOMAIN: domain.default('pieksamaki.fi'),
  REPORT_CHANNEL: z.string().trim().min(1).max(300).optional(),
  CITY_PUBLIC_CONTACTS: z
    .string()
    .max(2000)
    .optional()
    .transform((v) => (v ?? '').split(',').map((c) => c.trim()).filter((c) => c !== '')),
  PUBLIC_URL: z
    .string()
    .trim()
    .optional()
    .refine((v) => v === undefined || v === '' || /^https?:\/\/[^/\s]+/.test(v), 'must be an http(s) URL')
    .transform((v) => (v ? v.replace(/\/+$/, '') : undefined)),
  VERIFY_RATE_LIMIT: z.coerce.number().int('must be a whole number').min(0).default(300),
  REPORT_RATE_LIMIT: z.coerce.number().int('must be a whole number').min(0).default(5),
  SESSION_IDLE_MINUTES: z.coerce.number().int('must be a whole number').min(1).max(24 * 60).default(30),
  SESSION_MAX_HOURS: z.coerce.number().int('must be a whole number').min(1).max(24 * 14).default(10),
  SESSION_SECRET: z
    .string()
    .optional()
    .transform((v) => (v ? v : undefined))
    .refine((v) => v === undefined || v.length >= 32, 'must be at least 32 characters'),
  SIGN_IN_RATE_LIMIT: z.coerce.number().int('must be a whole number').min(0).default(20),
  LOCAL_SIGN_IN: booleanFlag.optional(),
  OIDC_ISSUER: z
    .string()
    .trim()
    .optional()
    .refine((v) => !v || /^https?:\/\/[^/\s]+/.test(v), 'must be an http(s) URL'),
  OIDC_CLIENT_ID: z.string().trim().optional(),
  OIDC_CLIENT_SECRET: z.string().trim().optional(),
  OIDC_ROLES_CLAIM: z.string().trim().optional(),
  OIDC_ALLOW_INSECURE: booleanFlag.optional(),
  SMTP_URL: z
    .string()
    .trim()
    .optional()
    .refine((v) => !v || /^smtps?:\/\//.test(v), 'must start with smtp:// or smtps://'),
  MAIL_FROM: z.string().trim().optional(),
  CLOSING_NOTICE_DAYS: z.coerce.number().int('must be a whole number').min(1).max(365).default(30),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  TRUST_PROXY: booleanFlag.optional(),
});

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Parses the environment; throws ConfigError naming every bad variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => {
        const name = String(issue.path[0] ?? 'environment');
        return `${name}: ${issue.message} (got ${JSON.stringify(env[name] ?? '')})`;
      }),
    );
  }
  const e = parsed.data;
  const port = e.PORT;
  if (e.OIDC_ISSUER && !e.OIDC_CLIENT_ID) {
    throw new ConfigError(['OIDC_CLIENT_ID: is required when OIDC_ISSUER is set (got "")']);
  }
  const oidc: OidcConfig | null = e.OIDC_ISSUER
    ? {
        issuer: e.OIDC_ISSUER,
        clientId: e.OIDC_CLIENT_ID!,
        clientSecret: e.OIDC_CLIENT_SECRET || null,
        rolesClaim: e.OIDC_ROLES_CLAIM || null,
        allowInsecure: e.OIDC_ALLOW_INSECURE ?? false,
      }
    : null;
  return {
    port,
    host: e.HOST,
    dataDir: e.DATA_DIR,
    databaseUrl: e.DATABASE_URL ?? null,
    // Demo data goes only into the embedded database unless asked for: a real server is real data.
    demoData: e.DEMO_DATA ?? !e.DATABASE_URL,
    city: {
      name: { fi: e.CITY_NAME, sv: e.CITY_NAME_SV ?? e.CITY_NAME, en: e.CITY_NAME_EN ?? e.CITY_NAME },
      webDomain: e.CITY_WEB_DOMAIN,
      emailDomain: e.CITY_EMAIL_DOMAIN,
      reportChannel: e.REPORT_CHANNEL ?? `viestinta@${e.CITY_EMAIL_DOMAIN}`,
      publicUrl: e.PUBLIC_URL ?? `http://localhost:${port}`,
      // The city's switchboard and registry office are typical; without the setting, only the
      // address where residents report is known to be public.
      publicContacts: e.CITY_PUBLIC_CONTACTS.length
        ? e.CITY_PUBLIC_CONTACTS
        : [e.REPORT_CHANNEL ?? `viestinta@${e.CITY_EMAIL_DOMAIN}`].filter((c) => c.includes('@')),
    },
    verifyRateLimit: e.VERIFY_RATE_LIMIT,
    reportRateLimit: e.REPORT_RATE_LIMIT,
    auth: {
      sessionIdleMinutes: e.SESSION_IDLE_MINUTES,
      sessionMaxHours: e.SESSION_MAX_HOURS,
      sessionSecret: e.SESSION_SECRET ?? null,
      signInRateLimit: e.SIGN_IN_RATE_LIMIT,
      // With the city's identity provider configured, passwords kept here are off unless asked for.
      localSignIn: e.LOCAL_SIGN_IN ?? !oidc,
      oidc,
    },
    mail: {
      smtpUrl: e.SMTP_URL || null,
      from: e.MAIL_FROM || `somerekisteri@${e.CITY_EMAIL_DOMAIN}`,
    },
    closingNoticeDays: e.CLOSING_NOTICE_DAYS,
    logLevel: e.LOG_LEVEL,
    trustProxy: e.TRUST_PROXY ?? false,
  };
}
