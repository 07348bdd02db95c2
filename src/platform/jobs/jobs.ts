import PgBoss from 'pg-boss';
import type { Database } from '../db/database';

// Scheduled work in PostgreSQL (pg-boss), so that it survives restarts and runs once however
// many app servers share the database.

export interface ScheduledJob {
  name: string;
  /** Five-field cron in the city's time zone. */
  cron: string;
  run: () => Promise<unknown>;
}

export interface JobLog {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

export const jobsTimeZone = 'Europe/Helsinki';

export class Jobs {
  private constructor(
    private readonly boss: PgBoss,
    private readonly jobs: Map<string, ScheduledJob>,
    private readonly today: () => string,
  ) {}

  static async start(database: Database, jobs: ScheduledJob[], log: JobLog, today: () => string): Promise<Jobs> {
    const boss = new PgBoss({
      db: { executeSql: (text, values) => database.executeSql(text, values) },
      schema: 'pgboss',
      // Each server checks the schedules; pg-boss lets only one of them send each due job.
      schedule: true,
      supervise: true,
      migrate: true,
    });
    boss.on('error', (error) => log.error({ err: error }, 'job queue error'));
    await boss.start();
    const byName = new Map(jobs.map((j) => [j.name, j]));
    for (const job of jobs) {
      await boss.createQueue(job.name);
      await boss.schedule(job.name, job.cron, {}, { tz: jobsTimeZone });
      await boss.work(job.name, { pollingIntervalSeconds: 5 }, async () => {
        const started = Date.now();
        const result = await job.run();
        log.info({ job: job.name, ms: Date.now() - started, result }, 'job done');
      });
    }
    const runner = new Jobs(boss, byName, today);
    // A server that starts after the scheduled hour still does today's work, once.
    for (const job of jobs) await runner.requestToday(job.name);
    return runner;
  }

  /**
   * Asks for the job to run today. While one such request waits or runs, another from any server
   * is ignored; the jobs themselves are written so that a later run finds nothing left to do.
   */
  async requestToday(name: string): Promise<string | null> {
    if (!this.jobs.has(name)) throw new Error(`unknown job ${name}`);
    return this.boss.send(name, {}, { singletonKey: `${name}:${this.today()}` });
  }

  async stop(): Promise<void> {
    await this.boss.stop({ graceful: true, wait: true, timeout: 10_000 });
  }
}
