import { readFileSync, writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { buildApp, catalogues, openConfiguredDatabase } from './app';
import { explainReason } from './impersonation/reason-text';
import { presentCheck } from './content-check/present';
import { ContentCheckService } from './content-check/service';
import { ConfigError, loadConfig } from './config';
import { verifyAuditChain } from './platform/audit/audit';
import { DataDirLockedError } from './platform/db/database';
import { I18n, isLang, type Lang, type Translate } from './platform/i18n/i18n';
import { exportDocument, parseImportFile, profilesToCsv } from './registry/exchange';
import { ImportRejectedError, RegistryRuleError } from './registry/service';
import { isPlatform } from './registry/domain/platforms';
import { readOpenTermsArchive, ZipFormatError } from './terms/ota-files';
import { TermsImportError } from './terms/service';

function cliLanguage(flag: string | undefined): Lang {
  if (isLang(flag)) return flag;
  const fromEnv = (process.env.LANG ?? '').slice(0, 2).toLowerCase();
  return isLang(fromEnv) ? fromEnv : 'fi';
}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: 'string' },
      output: { type: 'string' },
      actor: { type: 'string' },
      jsonl: { type: 'boolean' },
      lang: { type: 'string' },
      role: { type: 'string' },
      name: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [command, ...rest] = positionals;
  const t = new I18n(catalogues).t(cliLanguage(values.lang));
  const usage = t('cli.usage');
  if (values.help || !command) {
    process.stdout.write(usage);
    return command || values.help ? 0 : 2;
  }
  if (!['db:migrate', 'audit', 'import', 'export', 'verify', 'check', 'people', 'terms'].includes(command)) {
    process.stderr.write(`${t('cli.unknownCommand', { command })}\n\n${usage}`);
    return 2;
  }
  const config = loadConfig({ LOG_LEVEL: 'silent', ...process.env });

  if (command === 'check') {
    if (!values.jsonl) {
      process.stderr.write(usage);
      return 2;
    }
    // Checking needs no database: an archive can be checked on any machine.
    return checkJsonLines(new ContentCheckService({ database: null, publicContacts: config.city.publicContacts }), t);
  }

  if (command === 'db:migrate') {
    const database = await openConfiguredDatabase(config);
    try {
      await database.migrate();
      process.stderr.write(`${t('cli.migrated', { database: database.kind })}\n`);
      return 0;
    } finally {
      await database.close();
    }
  }

  const app = await buildApp(config, { demoData: false });
  try {
    switch (command) {
      case 'audit': {
        if (rest[0] !== 'verify') {
          process.stderr.write(usage);
          return 2;
        }
        const result = await verifyAuditChain(app.database.db);
        if (result.ok) {
          process.stdout.write(`${t('cli.auditIntact', { count: result.entries })}\n`);
          return 0;
        }
        process.stdout.write(
          `${t('cli.auditBroken', { id: result.broken.id, reason: t(`cli.auditReason.${result.broken.reason}`) })}\n`,
        );
        return 1;
      }
      case 'import': {
        const file = rest[0];
        if (!file) {
          process.stderr.write(usage);
          return 2;
        }
        const parsed = parseImportFile(readFileSync(file, 'utf8'));
        if (!parsed.ok) {
          for (const issue of parsed.issues) {
            process.stderr.write(`${t('registry:importErrors.row', { row: issue.row, field: issue.field, message: t(issue.code, issue.params) })}\n`);
          }
          process.stderr.write(`${t('registry:importErrors.nothingImported')}\n`);
          return 1;
        }
        try {
          const summary = await app.registry.importProfiles(parsed.rows, parsed.units, values.actor ?? `cli:import:${file}`);
          process.stdout.write(`${t('registry:importErrors.summary', { ...summary })}\n`);
          return 0;
        } catch (error) {
          if (error instanceof ImportRejectedError) {
            for (const { row, violations } of error.rows) {
              for (const v of violations) {
                process.stderr.write(
                  `${t('registry:importErrors.row', { row, field: v.field, message: t(`registry:${v.code}`, v.params) })}\n`,
                );
              }
            }
            process.stderr.write(`${t('registry:importErrors.nothingImported')}\n`);
            return 1;
          }
          throw error;
        }
      }
      case 'export': {
        const format = values.format ?? 'json';
        if (format !== 'json' && format !== 'csv') {
          process.stderr.write(`--format: ${t('validation.oneOf', { options: 'json, csv' })}\n`);
          return 2;
        }
        const [profiles, units] = await Promise.all([app.registry.allProfiles(), app.registry.unitsById()]);
        const presented = profiles.map((p) => app.registry.present(p, units));
        const output =
          format === 'csv'
            ? profilesToCsv(presented)
            : `${JSON.stringify(exportDocument([...units.values()], presented, new Date()), null, 2)}\n`;
        if (values.output) writeFileSync(values.output, output);
        else process.stdout.write(output);
        return 0;
      }
      case 'people':
        return await peopleCommand(app, rest, values, t, usage);
      case 'terms': {
        // The Open Terms Archive's dataset: a zip or an unpacked folder of <Service>/<Terms type>/<time>.md.
        const path = rest[1];
        if (rest[0] !== 'import' || !path) {
          process.stderr.write(usage);
          return 2;
        }
        try {
          const result = await app.terms.importOpenTermsArchive(await readOpenTermsArchive(path), 'cli:terms');
          process.stdout.write(`${t('cli.termsImported', { recorded: result.recorded, already: result.alreadyRecorded, unchanged: result.unchanged, files: result.files })}\n`);
          for (const p of result.platforms) {
            if (p.recorded.length) process.stdout.write(`  ${p.platform}: ${p.recorded.join(', ')} (${t('cli.termsCurrent', { version: p.current ?? '–' })})\n`);
          }
          return 0;
        } catch (error) {
          if (error instanceof TermsImportError || error instanceof ZipFormatError) {
            process.stderr.write(`${t('cli.termsRefused', { reason: error.message })}\n`);
            return 1;
          }
          throw error;
        }
      }
      case 'verify': {
        if (!values.jsonl) {
          process.stderr.write(usage);
          return 2;
        }
        return await verifyJsonLines(app.registry, t);
      }
      default:
        process.stderr.write(`${t('cli.unknownCommand', { command })}\n\n${usage}`);
        return 2;
    }
  } finally {
    await app.close();
  }
}

/**
 * Accounts from the command line: the first communications account of a city that has no
 * staff yet, and erasing a switched-off person's name and address.
 */
async function peopleCommand(
  app: Awaited<ReturnType<typeof buildApp>>,
  rest: string[],
  values: { role?: string; name?: string; lang?: string },
  t: (key: string, p?: Record<string, unknown>) => string,
  usage: string,
): Promise<number> {
  const [action, email] = rest;
  if (action === 'add' && email) {
    const role = values.role ?? 'communications';
    if (role !== 'communications' && role !== 'auditor') {
      process.stderr.write(`--role: ${t('validation.oneOf', { options: 'communications, auditor' })}\n`);
      return 2;
    }
    const lang = isLang(values.lang) ? values.lang : 'fi';
    const result = await app.people.create({ email, displayName: values.name ?? email, lang, roles: [{ role, unitId: null }] }, 'cli:people');
    if (!result.ok) {
      for (const p of result.problems) process.stderr.write(`${p.field}: ${t(`people:form.problem.${p.field}.${p.code}`, { domain: app.config.city.emailDomain })}\n`);
      return 1;
    }
    process.stdout.write(`${t('cli.personAdded', { email: result.account.email, role })}\n`);
    if (app.config.auth.localSignIn) {
      const token = await app.auth.createPasswordLink(result.account.id, 'invite');
      process.stdout.write(`${t('cli.passwordLink', { link: `${app.config.city.publicUrl}/sign-in/password/${token}` })}\n`);
    }
    return 0;
  }
  if (action === 'erase' && email) {
    const account = await app.people.findByEmail(email);
    const result = account ? await app.people.erase(account.id, 'cli:people') : null;
    if (result === 'erased') {
      process.stdout.write(`${t('cli.personErased', { email })}\n`);
      return 0;
    }
    process.stderr.write(`${t(result === 'active' ? 'cli.personStillActive' : 'cli.personUnknown', { email })}\n`);
    return 1;
  }
  process.stderr.write(usage);
  return 2;
}

/** A line's answer: written out, and whether it failed. */
type LineAnswer = { answer: Record<string, unknown>; failed: boolean };

/**
 * One answer line per input line, in order; a bad line gets an error answer, not a crash.
 * `outcome` names the answer's field that says how the line went (status, verdict).
 */
async function answerJsonLines(outcome: string, t: Translate, answer: (input: Record<string, unknown>, id: unknown) => Promise<LineAnswer> | LineAnswer) {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let lineNumber = 0;
  let failures = 0;
  for await (const line of lines) {
    lineNumber++;
    if (line.trim() === '') continue;
    let input: Record<string, unknown>;
    try {
      const parsed: unknown = JSON.parse(line);
      if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('not an object');
      input = parsed as Record<string, unknown>;
    } catch {
      failures++;
      process.stdout.write(`${JSON.stringify({ id: null, [outcome]: 'error', error: 'invalid-json', line: lineNumber })}\n`);
      continue;
    }
    const result = await answer(input, input.id ?? null);
    if (result.failed) failures++;
    process.stdout.write(`${JSON.stringify(result.answer)}\n`);
  }
  if (failures) process.stderr.write(`${t('cli.linesFailed', { count: failures })}\n`);
  // Checking is no change: bad lines are answered in the output, and the run itself succeeded.
  return 0;
}

function verifyJsonLines(registry: Awaited<ReturnType<typeof buildApp>>['registry'], t: Translate) {
  return answerJsonLines('status', t, async (input, id) => {
    const platform = typeof input.platform === 'string' ? input.platform : undefined;
    if (platform !== undefined && !isPlatform(platform)) {
      return { failed: true, answer: { id, status: 'error', error: 'invalid-platform', field: 'platform', message: t('validation.invalidValue') } };
    }
    const url = typeof input.url === 'string' ? input.url : undefined;
    const handle = typeof input.handle === 'string' ? input.handle : undefined;
    const name = typeof input.name === 'string' ? input.name : undefined;
    const result = await registry.verify({ url, platform, handle, name });
    if (!result.ok) {
      return { failed: true, answer: { id, status: 'error', error: result.error, field: result.field, message: t(`registry:address.${result.error}`) } };
    }
    const resembles = result.resembles.map((r) => ({
      profileId: r.profile.id,
      url: r.profile.url,
      reasons: r.reasons.map((reason) => ({ code: reason.code, text: explainReason(reason, t) })),
    }));
    return { failed: false, answer: { id, status: result.status, profileId: result.profile?.id ?? null, resembles, case: result.fakeCase } };
  });
}

/** One verdict per draft, in order. */
function checkJsonLines(contentCheck: ContentCheckService, t: Translate) {
  return answerJsonLines('verdict', t, (input, id) => {
    if (typeof input.text !== 'string') {
      return { failed: true, answer: { id, verdict: 'error', error: 'validation', field: 'text', message: t('validation.required') } };
    }
    const { verdict, findings } = presentCheck(contentCheck.check({ text: input.text }), t);
    return { failed: false, answer: { id, verdict, findings } };
  });
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof ConfigError || error instanceof DataDirLockedError || error instanceof RegistryRuleError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(2);
    }
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
