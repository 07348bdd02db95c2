import { resolve } from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyFormbody from '@fastify/formbody';
import fastifyHelmet from '@fastify/helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import Fastify, { type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, jsonSchemaTransformObject, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { Config } from './config';
import { ensureDemoAccounts, demoPassword } from './people/demo';
import { registerPeopleApi } from './people/api';
import { authorizeProposal } from './lifecycle/domain/policy';
import { lifecycleCatalogue } from './lifecycle/locales';
import { registerAbsenceRoutes } from './lifecycle/absence-routes';
import { AbsenceService } from './lifecycle/absence-service';
import { registerClosingRoutes } from './lifecycle/closing-routes';
import { ClosingService } from './lifecycle/closing-service';
import { LifecycleNotifier } from './lifecycle/notify';
import { registerLifecycleRoutes } from './lifecycle/routes';
import { LifecycleService } from './lifecycle/service';
import { authorizeReview } from './lifecycle/reviews/domain';
import { reviewsCatalogue } from './lifecycle/reviews/locales';
import { registerLifecycleStaffApi } from './lifecycle/api';
import { registerReviewRoutes } from './lifecycle/reviews/routes';
import { TermsReviewService } from './lifecycle/reviews/service';
import { registerDashboard } from './people/dashboard';
import { authorizeUser } from './people/domain/policy';
import { peopleCatalogue } from './people/locales';
import { registerPeopleRoutes } from './people/routes';
import { PeopleService } from './people/service';
import { registerAccountRoutes } from './platform/auth/account';
import { registerStaffIdentityApi } from './platform/auth/api';
import { registerAuth } from './platform/auth/http';
import { authCatalogue } from './platform/auth/locales';
import { registerAuthRoutes } from './platform/auth/routes';
import { registerOidcRoutes } from './platform/auth/oidc';
import { auditCatalogue } from './platform/audit/locales';
import { authorizeAudit } from './platform/audit/policy';
import { registerAuditRoutes } from './platform/audit/routes';
import { sharedSecret } from './platform/auth/secrets';
import { AuthService } from './platform/auth/service';
import { purgeRateLimits, SharedRateCounter, sharedRateLimitStore } from './platform/auth/rate-limit';
import { Jobs } from './platform/jobs/jobs';
import { Mailer } from './platform/mail/mailer';
import { openDatabase, type Database } from './platform/db/database';
import { registerErrorHandling } from './platform/http/errors';
import { registerLanguage } from './platform/http/language';
import { I18n } from './platform/i18n/i18n';
import { commonCatalogue } from './platform/i18n/locales';
import type { NavItem } from './platform/pages/layout';
import type { SiteInfo } from './platform/pages/render';
import type { StaffUser } from './platform/auth/staff';
import { demoUnitId } from './registry/demo/data';
import { loadDemoData } from './registry/demo/load';
import { registryCatalogue } from './registry/locales';
import { errorPages, registerRegistryPages, registryNav } from './registry/pages';
import { authorizeProfile, authorizeUnit } from './registry/domain/policy';
import { registerRegistryApi } from './registry/routes';
import { registerRegistryStaffApi } from './registry/staff-api';
import { registerRegistryStaffPages } from './registry/staff-routes';
import { RegistryService } from './registry/service';
import { authorizeTerms } from './terms/domain/policy';
import { termsCatalogue } from './terms/locales';
import { registerTermsRoutes } from './terms/routes';
import { TermsService } from './terms/service';
import { registerImpersonationStaffApi } from './impersonation/api';
import { authorizeCase } from './impersonation/domain/policy';
import { impersonationCatalogue } from './impersonation/locales';
import { CaseNotifier } from './impersonation/notify';
import { registerImpersonationPublicRoutes } from './impersonation/public-routes';
import { ImpersonationService, impersonationChangedChannel } from './impersonation/service';
import { registerImpersonationStaffRoutes } from './impersonation/staff-routes';
import { authorizeWatchList } from './impersonation/domain/watch-list';
import { lookalikeCatalogue } from './impersonation/locales/lookalike';
import { explainReason } from './impersonation/reason-text';
import { loadDemoCases } from './impersonation/demo';
import { FakeProfileCheck } from './impersonation/suspicion';
import { WatchChecks } from './impersonation/watch-checks';
import { registerWatchListRoutes } from './impersonation/watch-list';
import { registerContentCheckApi } from './content-check/api';
import { authorizeContentCheck } from './content-check/domain/policy';
import { contentCheckCatalogue } from './content-check/locales';
import { registerContentCheckRoutes } from './content-check/routes';
import { ContentCheckService } from './content-check/service';

export interface AppOverrides {
  /** An open database to use instead of opening one from the configuration (tests share one). */
  database?: Database;
  /** Skip applying migrations (when the caller has already done it). */
  skipMigrations?: boolean;
  now?: () => Date;
  /** Whether demo data may be loaded into an empty database (the CLI never does). */
  demoData?: boolean;
  /** Run scheduled jobs (the server does; the CLI and most tests do not). */
  jobs?: boolean;
}

export interface App {
  server: FastifyInstance;
  database: Database;
  registry: RegistryService;
  auth: AuthService;
  people: PeopleService;
  lifecycle: LifecycleService;
  closing: ClosingService;
  termsReviews: TermsReviewService;
  terms: TermsService;
  /** Residents' reports of fake profiles and the cases communications make of them (P6). */
  impersonation: ImpersonationService;
  mailer: Mailer;
  /** Scheduled work, when this app runs it. */
  jobs: Jobs | null;
  i18n: I18n;
  config: Config;
  /** Stops taking requests, lets those in flight finish, then closes the database if we opened it. */
  close(): Promise<void>;
}

export const catalogues = { common: commonCatalogue, registry: registryCatalogue, auth: authCatalogue, audit: auditCatalogue, people: peopleCatalogue, terms: termsCatalogue, lifecycle: lifecycleCatalogue, reviews: reviewsCatalogue, impersonation: impersonationCatalogue, lookalike: lookalikeCatalogue, contentCheck: contentCheckCatalogue };

export async function openConfiguredDatabase(config: Config): Promise<Database> {
  return config.databaseUrl
    ? openDatabase({ kind: 'postgres', url: config.databaseUrl })
    : openDatabase({ kind: 'pglite', dataDir: config.dataDir });
}

function isVerifyRequest(url: string): boolean {
  return url.startsWith('/verify') || url.startsWith('/api/v1/verify');
}

/** The composition root: wires the database, the capabilities and the HTTP server. */
export async function buildApp(config: Config, overrides: AppOverrides = {}): Promise<App> {
  const ownsDatabase = !overrides.database;
  const database = overrides.database ?? (await openConfiguredDatabase(config));
  let registry: RegistryService | undefined;
  let mailer: Mailer | undefined;
  let maintenance: NodeJS.Timeout | undefined;
  let verifyCounter: SharedRateCounter | undefined;
  let jobs: Jobs | undefined;
  let fakeCheck: FakeProfileCheck | undefined;
  try {
    if (!overrides.skipMigrations) await database.migrate();
    const i18n = new I18n(catalogues);
    registry = new RegistryService({
      database,
      city: { emailDomain: config.city.emailDomain },
      ...(overrides.now ? { now: overrides.now } : {}),
    });
    await registry.refreshLookupKeys('system:start');
    const now = overrides.now ?? (() => new Date());
    const terms = new TermsService({ database, now, onNewVersion: (tx, platform, version) => termsReviews.onNewVersion(tx, platform, version) });
    const people = new PeopleService({
      database,
      cityEmailDomain: config.city.emailDomain,
      unitIds: async () => new Set((await registry!.listUnits()).map((u) => u.id)),
      now,
    });
    const demo = config.demoData && overrides.demoData !== false;
    if (demo) await loadDemoData(registry, database, config);
    const demoUnits = { supervisorUnit: demoUnitId(4), employeeUnit: demoUnitId(5) };
    const demoAccounts =
      demo && (await people.unitIds()).has(demoUnits.supervisorUnit) ? await ensureDemoAccounts(people, config, demoUnits) : [];
    mailer = new Mailer(database, config.mail);
    const auth = new AuthService({ database, config, i18n, mailer, now });
    const absences = new AbsenceService({ database, registry });
    const notifier = new LifecycleNotifier({ database, registry, mailer, i18n, config });
    const closing = new ClosingService({
      database,
      registry,
      noticeDays: config.closingNoticeDays,
      onAnnounced: (profileId, name, closeOn, actorId) => notifier.notifyClosing(profileId, name, closeOn, actorId),
      now,
    });
    const lifecycle = new LifecycleService({
      database,
      registry,
      terms,
      cityEmailDomain: config.city.emailDomain,
      notify: (notice, proposal, actorId) => notifier.notify(notice, proposal, actorId),
      now,
    });
    const termsReviews = new TermsReviewService({ database, registry, i18n, mailer, publicUrl: config.city.publicUrl, closingNoticeDays: config.closingNoticeDays, now });
    const impersonation = new ImpersonationService({
      database,
      registry,
      mail: new CaseNotifier({ database, mailer, i18n, publicUrl: config.city.publicUrl }),
      now,
      resembles: async (address, shownName) =>
        (await fakeCheck!.currentIndex()).detect({ platform: address.platform, handle: address.handle, displayName: shownName }).map((m) => m.profileId),
    });
    fakeCheck = new FakeProfileCheck({ database, registry, onlineFakes: () => impersonation.onlineFakes(), fakesChannel: impersonationChangedChannel });
    impersonation.onChange(() => fakeCheck!.fakesChanged());
    registry.useSuspicionCheck(fakeCheck.check);
    const demoCommunications = demoAccounts.find((a) => a.role === 'communications');
    if (demoCommunications) {
      const account = await people.findByEmail(demoCommunications.email);
      const user = account ? await auth.staffUser(database.db, account.id) : null;
      if (user) await loadDemoCases(impersonation, registry, user);
    }
    const cookieSecret = config.auth.sessionSecret ?? (await sharedSecret(database, 'cookie-signing'));

    const server = Fastify({
      logger: config.logLevel === 'silent' ? false : { level: config.logLevel },
      trustProxy: config.trustProxy,
      // Graceful shutdown waits for requests in flight; keep-alive sockets must not hold it open.
      forceCloseConnections: 'idle',
      return503OnClosing: true,
    });
    mailer.log = server.log;
    server.setValidatorCompiler(validatorCompiler);
    server.setSerializerCompiler(serializerCompiler);

    await server.register(fastifyCookie, { secret: cookieSecret });
    await server.register(fastifyFormbody);
    await server.register(fastifyHelmet, {
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'"],
          imgSrc: ["'self'", 'data:'],
          formAction: ["'self'"],
          frameAncestors: ["'none'"],
          upgradeInsecureRequests: null,
        },
      },
      // The open data is meant to be read by other sites' scripts.
      crossOriginResourcePolicy: { policy: 'cross-origin' },
    });
    await server.register(fastifySwagger, {
      openapi: {
        openapi: '3.1.0',
        info: {
          title: `Somerekisteri – ${config.city.name.en}`,
          description: `The public registry of the official social media profiles of ${config.city.name.en}.`,
          version: '1.0.0',
        },
        servers: [{ url: config.city.publicUrl }],
        components: {
          securitySchemes: {
            bearerAuth: { type: 'http', scheme: 'bearer', description: 'A personal access token (srk_…), made on the account page' },
            sessionCookie: { type: 'apiKey', in: 'cookie', name: 'sid' },
          },
        },
        tags: [
          { name: 'registry', description: 'The public registry: no key needed' },
          { name: 'staff', description: 'For city staff: a personal access token or a signed-in session' },
        ],
      },
      transform: jsonSchemaTransform,
      // Fills components.schemas with the schemas named by .meta({ id }), which the paths refer to.
      transformObject: jsonSchemaTransformObject,
    });
    await server.register(fastifyStatic, {
      root: resolve(import.meta.dirname, 'platform/pages/static'),
      prefix: '/static/',
      maxAge: '1h',
    });

    if (config.verifyRateLimit > 0) {
      // The verify form and API are public: a limit per address keeps one client from
      // enumerating the registry or starving residents. Counted in the database, so the limit
      // holds however many servers answer.
      verifyCounter = new SharedRateCounter(database, now, (error) => server.log.warn({ err: error }, 'rate-limit counts not written'));
      await server.register(fastifyRateLimit, {
        max: config.verifyRateLimit,
        timeWindow: '1 minute',
        store: sharedRateLimitStore(verifyCounter, 'verify', now),
        allowList: (request) => !isVerifyRequest(request.url),
      });
    }
    // The error handler must be set before the next plugin loads: routes take the handler in
    // force when they are built.
    const site: SiteInfo = { cityName: config.city.name, nav: registryNav, staffNav: staffNavFor };
    registerErrorHandling(server, errorPages(site));
    registerLanguage(server, i18n);
    await registerAuth(server, { auth, hmacKey: cookieSecret });

    server.get('/health', { schema: { hide: true } }, async () => ({ status: 'ok' }));
    server.get('/ready', { schema: { hide: true } }, async (request, reply) => {
      try {
        await database.ping();
        return { status: 'ready' };
      } catch (error) {
        request.log.warn({ err: error }, 'database not answering');
        return reply.status(503).send({ status: 'unavailable' });
      }
    });
    server.get('/api/openapi.json', { schema: { hide: true } }, async () => server.swagger());

    registerRegistryApi(server, { registry, config, explainReason });
    registerRegistryPages(server, { registry, config, site, explainReason, awayUntil: (id) => absences.publicAwayUntil(id) });
    const unitNames = async (lang: 'fi' | 'sv' | 'en') => new Map((await registry!.listUnits()).map((u) => [u.id, u.name[lang]]));
    const { renderAccount } = registerAccountRoutes(server, { auth, site, now, unitNames });
    registerAuthRoutes(server, { auth, config, database, site, now, renderAccount });
    if (config.auth.oidc) registerOidcRoutes(server, { auth, people, database, config, site, now });
    registerAuditRoutes(server, { database, auth, config, site, now });
    registerDashboard(server, { registry, people, database, site, now, proposalsWaiting: (user) => lifecycle.waitingFor(user), reviewsWaiting: (user) => termsReviews.waitingFor(user), casesWaiting: (user) => impersonation.waitingFor(user) });
    registerClosingRoutes(server, { closing, registry, i18n, config, site });
    registerAbsenceRoutes(server, { absences, registry, site });
    registerLifecycleRoutes(server, { lifecycle, registry, people, auth, i18n, config, site, now });
    registerReviewRoutes(server, { reviews: termsReviews, terms, auth, site, closingNoticeDays: config.closingNoticeDays, now });
    registerRegistryStaffPages(server, { registry, config, site, now });
    registerPeopleRoutes(server, { people, auth, registry, config, site, now });
    registerStaffIdentityApi(server);
    registerPeopleApi(server, { people });
    registerRegistryStaffApi(server, { registry });
    registerTermsRoutes(server, { terms, site });
    registerImpersonationPublicRoutes(server, { impersonation, registry, database, config, site, now });
    registerImpersonationStaffRoutes(server, { impersonation, registry, auth, site, now });
    registerImpersonationStaffApi(server, { impersonation });
    registerLifecycleStaffApi(server, { lifecycle, reviews: termsReviews, now });
    registerWatchListRoutes(server, { registry, watchChecks: new WatchChecks({ database, today: () => registry!.today() }), site });
    const contentCheck = new ContentCheckService({ database, publicContacts: config.city.publicContacts });
    registerContentCheckRoutes(server, { contentCheck, site });
    registerContentCheckApi(server, { contentCheck, i18n });

    const service = registry;
    await service.startVerifyCache();
    await fakeCheck.start();
    await server.ready();
    for (const account of demoAccounts) {
      server.log.info(`Demo sign-in as ${account.role}: ${account.email} / ${demoPassword} at ${config.city.publicUrl}/sign-in`);
    }
    // Expired sessions, spent links and old rate-limit counters are removed by every server in
    // turn; the deletes are idempotent, so several servers doing it at once is harmless.
    maintenance = setInterval(() => {
      void Promise.all([auth.purgeExpired(), purgeRateLimits(database, now())]).catch((error) =>
        server.log.warn({ err: error }, 'maintenance failed'),
      );
    }, 10 * 60_000);
    maintenance.unref();
    if (overrides.jobs) {
      jobs = await Jobs.start(
        database,
        [
          { name: 'close-due-profiles', cron: '5 0 * * *', run: async () => ({ announced: await closing.announceDue(), closed: await service.closeDueProfiles('system:jobs') }) },
          { name: 'remind-overdue-reviews', cron: '0 7 * * *', run: () => termsReviews.remindOverdue() },
          { name: 'remind-stalled-cases', cron: '15 7 * * *', run: () => impersonation.remindStalled() },
          { name: 'erase-reporter-contacts', cron: '30 3 * * *', run: () => impersonation.eraseReporterContacts() },
        ],
        server.log,
        () => service.today(),
      );
    }
    const ownMailer = mailer;
    const ownFakeCheck = fakeCheck;
    const ownJobs = jobs;
    const ownCounter = verifyCounter;
    return {
      server,
      database,
      registry: service,
      auth,
      people,
      lifecycle,
      closing,
      termsReviews,
      terms,
      impersonation,
      mailer: ownMailer,
      i18n,
      config,
      jobs: ownJobs ?? null,
      async close() {
        clearInterval(maintenance);
        await server.close();
        await ownCounter?.stop().catch(() => {});
        await ownJobs?.stop();
        ownMailer.close();
        await ownFakeCheck.stop();
        await service.stopVerifyCache();
        if (ownsDatabase) await database.close();
      },
    };
  } catch (error) {
    clearInterval(maintenance);
    await verifyCounter?.stop().catch(() => {});
    await jobs?.stop().catch(() => {});
    mailer?.close();
    await fakeCheck?.stop();
    await registry?.stopVerifyCache();
    if (ownsDatabase) await database.close();
    throw error;
  }
}

/** The staff links a person sees: only those their roles open. */
function staffNavFor(user: StaffUser): NavItem[] {
  const items: NavItem[] = [{ href: '/staff', label: 'staff.dashboard' }];
  if (authorizeContentCheck(user, 'check')) items.push({ href: '/staff/content-check', label: 'contentCheck:nav.check' });
  if (authorizeProposal(user, 'list', null)) items.push({ href: '/staff/proposals', label: 'lifecycle:nav.proposals' });
  if (authorizeReview(user, 'list', null)) items.push({ href: '/staff/reviews', label: 'reviews:nav.reviews' });
  if (authorizeCase(user, 'list')) items.push({ href: '/staff/cases', label: 'impersonation:nav.cases' });
  if (authorizeWatchList(user)) items.push({ href: '/staff/watch-list', label: 'lookalike:nav.watchList' });
  if (authorizeProfile(user, 'view', { unitPath: [] })) items.push({ href: '/staff/profiles', label: 'people:nav.profiles' });
  if (authorizeUnit(user, 'view', null)) items.push({ href: '/staff/units', label: 'people:nav.units' });
  if (authorizeTerms(user, 'view')) items.push({ href: '/staff/platforms', label: 'terms:nav.platforms' });
  if (authorizeUser(user, 'list', null)) items.push({ href: '/staff/users', label: 'people:nav.users' });
  if (authorizeAudit(user, 'read')) items.push({ href: '/staff/audit', label: 'audit:nav.log' });
  if (authorizeAudit(user, 'readOutbox')) items.push({ href: '/staff/outbox', label: 'audit:nav.outbox' });
  return items;
}
