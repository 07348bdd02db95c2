import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { authorizeAudit } from '../platform/audit/policy';
import { roleLabel } from '../platform/auth/account';
import { csrfToken, requireUser } from '../platform/auth/http';
import { hasRole, type StaffUser } from '../platform/auth/staff';
import type { Database } from '../platform/db/database';
import { pageContext, sendPage, type SiteInfo } from '../platform/pages/render';
import { authorizeProfile } from '../registry/domain/policy';
import { checkProfileRules } from '../registry/domain/rules';
import { confirmationIntervalMonths, isConfirmationDue } from '../registry/domain/upkeep';
import { formatDate, unitPath } from '../registry/pages/components';
import { ConfirmButton } from '../registry/pages/staff';
import type { RegistryService } from '../registry/service';
import { pathIn } from '../registry/staff-routes';
import { authorizeUser } from './domain/policy';
import type { PeopleService } from './service';
import { CasesWaiting } from '../impersonation/staff-pages';
import type { CaseSummary } from '../impersonation/service';

export interface DashboardDeps {
  registry: RegistryService;
  people: PeopleService;
  database: Database;
  site: SiteInfo;
  now: () => Date;
  /** Proposals waiting for this person's decision or consent. */
  proposalsWaiting: (user: StaffUser) => Promise<{ decisions: { id: string; workingName: string }[]; consents: { id: string; workingName: string }[] }>;
  /** Re-reviews after a platform's terms changed (O5) that this person may decide, the overdue marked. */
  reviewsWaiting?: (user: StaffUser) => Promise<{ id: string; profileName: string; platform: string; dueOn: string; overdue: boolean }[]>;
  /** Fake-profile cases for those who handle them (P6): the stalled and the new; null for others. */
  casesWaiting?: (user: StaffUser) => Promise<{ stalled: CaseSummary[]; fresh: CaseSummary[] } | null>;
}

/** What waits for the signed-in person: each section appears only to those its policy allows. */
export function registerDashboard(root: FastifyInstance, deps: DashboardDeps): void {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const { registry, people, site } = deps;

  app.get('/staff', { schema: { hide: true, querystring: z.object({ confirmed: z.uuid().optional().catch(undefined), lang: z.string().optional() }) } }, async (request, reply) => {
    const user = requireUser(request, reply);
    if (!user) return reply;
    const ctx = pageContext(request, site);
    const t = ctx.t;
    const now = deps.now();
    const [profiles, units] = await Promise.all([registry.allProfiles(), registry.unitsById()]);
    const unitNames = new Map([...units.values()].map((u) => [u.id, u.name[ctx.lang] || u.name.fi]));
    const withPath = profiles.map((profile) => ({ profile, record: { unitPath: pathIn(units, profile.unitId) } }));

    const toConfirm = withPath.filter(
      ({ profile, record }) => profile.status !== 'closed' && isConfirmationDue(profile.lastConfirmedAt, now) && authorizeProfile(user, 'confirm', record),
    );
    const seesGaps = authorizeProfile(user, 'update', { unitPath: [] });
    const withGaps = seesGaps ? profiles.filter((p) => checkProfileRules(p, registry.cityRules).some((v) => v.severity === 'gap')).length : 0;
    const myUnits = user.roles.filter((r) => r.unitId).map((r) => r.unitId!);
    const unitProfiles = myUnits.length ? withPath.filter(({ record }) => record.unitPath.some((id) => myUnits.includes(id))).map((x) => x.profile) : [];
    const accounts = authorizeUser(user, 'list', null) ? await people.list() : null;
    const outbox = authorizeAudit(user, 'readOutbox')
      ? await deps.database.query<{ status: string; n: number }>("select status, count(*)::int as n from outbox where status in ('queued', 'failed') group by status")
      : null;
    const outboxCount = (status: string) => outbox?.find((r) => r.status === status)?.n ?? 0;
    const waiting = await deps.proposalsWaiting(user);
    const reviewsWaiting = deps.reviewsWaiting ? await deps.reviewsWaiting(user) : [];
    const cases = deps.casesWaiting ? await deps.casesWaiting(user) : null;
    const confirmed = request.query.confirmed ? profiles.find((p) => p.id === request.query.confirmed) : undefined;
    const csrf = csrfToken(reply);

    return sendPage(reply, ctx, {
      title: t('people:dashboard.title'),
      body: (
        <>
          <h1>{t('people:dashboard.title')}</h1>
          {confirmed ? (
            <p class="notice" role="status">
              {t('registry:staff.profiles.confirmedNotice', { name: confirmed.displayName })}
            </p>
          ) : null}
          <p>{t('people:dashboard.greeting', { name: user.displayName })}</p>
          {user.roles.length === 0 ? (
            <p>{t('people:dashboard.noRoles')}</p>
          ) : (
            <p>
              {t('people:dashboard.yourRoles')}: {user.roles.map((r) => roleLabel(ctx, r, unitNames)).join('; ')}
            </p>
          )}

          <ProposalLinks id="decisions-title" title={t('lifecycle:list.decisions')} proposals={waiting.decisions} />
          <ProposalLinks id="consents-title" title={t('lifecycle:list.consents')} proposals={waiting.consents} />

          {cases ? <CasesWaiting ctx={ctx} stalled={cases.stalled} fresh={cases.fresh} /> : null}

          {reviewsWaiting.length ? (
            <section aria-labelledby="reviews-title">
              <h2 id="reviews-title">{t('reviews:dashboard.title')}</h2>
              <ul>
                {reviewsWaiting.map((r) => (
                  <li>
                    <a href={`/staff/reviews/${r.id}`}>{r.profileName}</a> ({t(`registry:platform.${r.platform}`)}, {t('reviews:dashboard.due', { date: formatDate(r.dueOn, ctx.lang) })})
                    {r.overdue ? (
                      <>
                        {' '}
                        <span class="badge badge--closing">{t('reviews:dashboard.overdue')}</span>
                      </>
                    ) : null}
                  </li>
                ))}
              </ul>
            </section>
          ) : null}

          {authorizeProfile(user, 'confirm', { unitPath: myUnits }) || hasRole(user, 'communications') ? (
            <section aria-labelledby="confirm-title">
              <h2 id="confirm-title">{t('people:dashboard.confirmTitle')}</h2>
              {toConfirm.length === 0 ? (
                <p>{t('people:dashboard.confirmNone')}</p>
              ) : (
                <>
                  <p>{t('people:dashboard.confirmIntro', { months: confirmationIntervalMonths })}</p>
                  <ul>
                    {toConfirm.map(({ profile }) => (
                      <li>
                        <a href={`/profiles/${profile.id}`}>{profile.displayName}</a> ({t(`registry:platform.${profile.platform}`)},{' '}
                        {t('people:dashboard.lastConfirmed', { date: formatDate(profile.lastConfirmedAt, ctx.lang) })}){' '}
                        <ConfirmButton ctx={ctx} csrf={csrf} profile={profile} next="/staff" />
                      </li>
                    ))}
                  </ul>
                </>
              )}
            </section>
          ) : null}

          {seesGaps ? (
            <section aria-labelledby="gaps-title">
              <h2 id="gaps-title">{t('people:dashboard.gapsTitle')}</h2>
              {withGaps === 0 ? (
                <p>{t('people:dashboard.gapsNone')}</p>
              ) : (
                <p>
                  {t('people:dashboard.gapsCount', { count: withGaps })} <a href="/staff/profiles?attention=1">{t('people:dashboard.gapsLink')}</a>
                </p>
              )}
            </section>
          ) : null}

          {myUnits.length ? (
            <section aria-labelledby="unit-profiles-title">
              <h2 id="unit-profiles-title">{t('people:dashboard.unitProfilesTitle')}</h2>
              {unitProfiles.length === 0 ? (
                <p>{t('people:dashboard.unitProfilesNone')}</p>
              ) : (
                <ul>
                  {unitProfiles.map((p) => (
                    <li>
                      <a href={`/profiles/${p.id}`}>{p.displayName}</a> ({t(`registry:platform.${p.platform}`)}; {unitPath(p.unitId, units, ctx.lang).join(' › ')})
                    </li>
                  ))}
                </ul>
              )}
            </section>
          ) : null}

          {accounts ? (
            <section aria-labelledby="people-title">
              <h2 id="people-title">{t('people:dashboard.peopleTitle')}</h2>
              <PeopleSummary
                t={t}
                withoutRoles={accounts.filter((a) => a.active && a.roles.length === 0).length}
                locked={accounts.filter((a) => a.lockedUntil && a.lockedUntil > now).length}
              />
            </section>
          ) : null}

          {outbox && (outboxCount('queued') > 0 || outboxCount('failed') > 0) ? (
            <section aria-labelledby="outbox-title">
              <h2 id="outbox-title">{t('people:dashboard.outboxTitle')}</h2>
              {outboxCount('queued') > 0 ? <p>{t('people:dashboard.outboxQueued', { count: outboxCount('queued') })}</p> : null}
              {outboxCount('failed') > 0 ? <p>{t('people:dashboard.outboxFailed', { count: outboxCount('failed') })}</p> : null}
              <p>
                <a href="/staff/outbox">{t('audit:nav.outbox')}</a>
              </p>
            </section>
          ) : null}

          {authorizeAudit(user, 'read') ? (
            <section aria-labelledby="audit-title">
              <h2 id="audit-title">{t('people:dashboard.auditTitle')}</h2>
              <p>
                <a href="/staff/audit">{t('audit:nav.log')}</a> · <a href="/staff/audit/verify">{t('people:dashboard.auditVerify')}</a>
              </p>
            </section>
          ) : null}
        </>
      ),
    });
  });
}

function ProposalLinks(props: { id: string; title: string; proposals: { id: string; workingName: string }[] }) {
  if (props.proposals.length === 0) return null;
  return (
    <section aria-labelledby={props.id}>
      <h2 id={props.id}>{props.title}</h2>
      <ul>
        {props.proposals.map((p) => (
          <li>
            <a href={`/staff/proposals/${p.id}`}>{p.workingName}</a>
          </li>
        ))}
      </ul>
    </section>
  );
}

function PeopleSummary(props: { t: (key: string, params?: Record<string, unknown>) => string; withoutRoles: number; locked: number }) {
  const { t } = props;
  if (props.withoutRoles === 0 && props.locked === 0) return <p>{t('people:dashboard.peopleFine')}</p>;
  return (
    <>
      {props.withoutRoles > 0 ? <p>{t('people:dashboard.withoutRoles', { count: props.withoutRoles })}</p> : null}
      {props.locked > 0 ? <p>{t('people:dashboard.lockedAccounts', { count: props.locked })}</p> : null}
      <p>
        <a href="/staff/users">{t('people:nav.users')}</a>
      </p>
    </>
  );
}
