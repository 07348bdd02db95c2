import { resolve } from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyFormbody from '@fastify/formbody';
import fastifyHelmet from '@fastify/helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import Fastify, { type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { Config } from './config';
import { openDatabase, type Database } from './platform/db/database';
import { registerErrorHandling } from './platform/http/errors';
import { registerLanguage } from './platform/http/language';
import { I18n } from './platform/i18n/i18n';
import { commonCatalogue } from './platform/i18n/locales';
import type { SiteInfo } from './platform/pages/render';
import { loadDemoData } from './registry/demo/load';
import { registryCatalogue } from './registry/locales';
import { errorPages, registerRegistryPages, registryNav } from './registry/pages';
import { registerRegistryApi } from './registry/routes';
import { RegistryService } from './registry/service';

export interface AppOverrides {
  /** An open database to use instead of opening one from the configuration (tests share one). */
  database?: Database;
  /** Skip applying migrations (when the caller has already done it). */
  skipMigrations?: boolean;
  now?: () => Date;
  /** Whether demo data may be loaded into an empty database (the CLI never does). */
  demoData?: boolean;
}

export interface App {
  server: FastifyInstance;
  database: Database;
  registry: RegistryService;
  i18n: I18n;
  config: Config;
  /** Stops taking requests, lets those in flight finish, then closes the database if we opened it. */
  close(): Promise<void>;
}

export const catalogues = { common: commonCatalogue, registry: registryCatalogue };

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
  try {
    if (!overrides.skipMigrations) await database.migrate();
    const i18n = new I18n(catalogues);
    registry = new RegistryService({
      database,
      city: { emailDomain: config.city.emailDomain },
      ...(overrides.now ? { now: overrides.now } : {}),
    });
    await registry.refreshLookupKeys('system:start');
    if (config.demoData && overrides.demoData !== false) await loadDemoData(registry, database, config);

    const server = Fastify({
      logger: config.logLevel === 'silent' ? false : { level: config.logLevel },
      trustProxy: config.trustProxy,
      // Graceful shutdown waits for requests in flight; keep-alive sockets must not hold it open.
      forceCloseConnections: 'idle',
      return503OnClosing: true,
    });
    server.setValidatorCompiler(validatorCompiler);
    server.setSerializerCompiler(serializerCompiler);

    await server.register(fastifyCookie);
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
      },
      transform: jsonSchemaTransform,
    });
    await server.register(fastifyStatic, {
      root: resolve(import.meta.dirname, 'platform/pages/static'),
      prefix: '/static/',
      maxAge: '1h',
    });

    if (config.verifyRateLimit > 0) {
      // The verify form and API are public: a limit per address keeps one client from
      // enumerating the registry or starving residents. Counters live in each server's memory,
      // so behind N servers the effective limit is up to N times this.
      await server.register(fastifyRateLimit, {
        max: config.verifyRateLimit,
        timeWindow: '1 minute',
        allowList: (request) => !isVerifyRequest(request.url),
      });
    }
    registerLanguage(server, i18n);
    const site: SiteInfo = { cityName: config.city.name, nav: registryNav };
    registerErrorHandling(server, errorPages(site));

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

    registerRegistryApi(server, { registry, config });
    registerRegistryPages(server, { registry, config, site });

    const service = registry;
    await service.startVerifyCache();
    await server.ready();
    return {
      server,
      database,
      registry: service,
      i18n,
      config,
      async close() {
        await server.close();
        await service.stopVerifyCache();
        if (ownsDatabase) await database.close();
      },
    };
  } catch (error) {
    await registry?.stopVerifyCache();
    if (ownsDatabase) await database.close();
    throw error;
  }
}
