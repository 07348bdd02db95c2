import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { allow, csrfToken, HttpError, requireUser } from '../platform/auth/http';
import { actorOf } from '../platform/auth/service';
import { unitPathOf, type StaffUser, type UnitPath } from '../platform/auth/staff';
import { safeLocalPath } from '../platform/http/language';
import type { FieldError } from '../platform/pages/forms';
import { pageContext, sendPage, type SiteInfo } from '../platform/pages/render';
import type { Config } from '../config';
import { platforms, type Platform } from './domain/platforms';
import { authorizeProfile, authorizeUnit } from './domain/policy';
import { profileKinds, profileStatuses, unitLevels, type Profile, type ProfileDetails, type ProfileKind, type ProfileStatus, type Unit, type UnitLevel } from './domain/profile';
import { checkProfileRules, type RuleViolation } from './domain/rules';
import { isConfirmationDue } from './domain/upkeep';
import { unitName } from './pages/components';
import { formStateOf, ProfileFormPage, StaffProfilesPage, UnitFormPage, UnitsPage, type ProfileFormState } from './pages/staff';
import { RegistryRuleError, type RegistryService } from './service';

export interface RegistryStaffDeps {
  registry: RegistryService;
  config: Config;
  site: SiteInfo;
  now: () => Date;
}

/** A record's place in the unit tree, as the policy modules need it. */
export function pathIn(units: Map<string, Unit>, unitId: string | null): UnitPath {
  return unitPathOf(unitId, (id) => units.get(id)?.parentId);
}

const text = (max: number) => z.string().max(max * 4).optional().default('');

const profileFormBody = z
  .object({
    kind: text(20),
    platform: text(20),
    url: text(2000),
    handle: text(300),
    platformId: text(300),
    displayName: text(300),
    unitId: text(40),
    purposeFi: text(2000),
    purposeSv: text(2000),
    purposeEn: text(2000),
    contactEmail: text(320),
    employeeName: text(200),
    employeeTitle: text(200),
    status: text(20),
    closingDate: text(20),
    closingReason: text(2000),
    successorProfileId: text(40),
    successorUrl: text(2000),
    _csrf: text(200),
  })
  .catchall(z.union([z.string().max(1000), z.array(z.string().max(1000)).max(50)]));

type ProfileFormBody = z.infer<typeof profileFormBody>;

const maxLengths: Record<string, number> = {
  url: 2000, handle: 300, platformId: 300, displayName: 300, purposeFi: 2000, purposeSv: 2000, purposeEn: 2000,
  contactEmail: 320, employeeName: 200, employeeTitle: 200, closingReason: 2000, successorUrl: 2000,
};

/** Where a rule's field shows in the form. */
function formField(field: string): string {
  if (field === 'purpose.fi') return 'purposeFi';
  if (field === 'purpose.sv') return 'purposeSv';
  if (field === 'purpose.en') return 'purposeEn';
  if (field === 'unit') return 'unitId';
  return field;
}

/**
 * Running a profile (O7): an entry in use never loses its last administrator, and an organisation
 * profile that had several keeps at least two (P1). Imported entries that never had any are gaps,
 * not errors, until someone fills them in.
 */
export function staffingProblem(existing: Profile | null, next: ProfileDetails): string | null {
  if (next.status === 'closed') return null;
  const before = existing?.administrators.length ?? 0;
  if (next.administrators.length === 0 && (before > 0 || !existing)) return 'registry:rules.administratorsMissing';
  if (next.kind === 'organisation' && next.administrators.length === 1 && (before >= 2 || !existing)) return 'lifecycle:problem.organisationNeedsSeveral';
  return null;
}

export function registerRegistryStaffPages(root: FastifyInstance, deps: RegistryStaffDeps): void {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const { registry, site } = deps;

  const violationMessage = (request: FastifyRequest, v: RuleViolation) => request.t(`registry:${v.code}`, v.params);

  function readForm(body: ProfileFormBody, units: Map<string, Unit>, request: FastifyRequest): { state: ProfileFormState; details: ProfileDetails | null; errors: FieldError[] } {
    const values: Record<string, string> = {};
    for (const key of Object.keys(profileFormBody.shape)) {
      if (key !== '_csrf') values[key] = String((body as Record<string, unknown>)[key] ?? '').trim();
    }
    const administrators: { name: string; jobTitle: string }[] = [];
    for (let i = 0; i < 50; i++) {
      const name = String(body[`adminName-${i}`] ?? '').trim();
      const jobTitle = String(body[`adminTitle-${i}`] ?? '').trim();
      if (name || jobTitle) administrators.push({ name: name.slice(0, 200), jobTitle: jobTitle.slice(0, 200) });
    }
    const state = { values, administrators };
    const errors: FieldError[] = [];
    const choose = (field: string) => errors.push({ field, message: request.t('registry:staff.form.chooseOne') });
    if (!(profileKinds as readonly string[]).includes(values.kind!)) choose('kind');
    if (!(platforms as readonly string[]).includes(values.platform!)) choose('platform');
    if (!(profileStatuses as readonly string[]).includes(values.status!)) choose('status');
    if (values.unitId && !units.has(values.unitId)) errors.push({ field: 'unitId', message: request.t('registry:staff.form.unitUnknown') });
    if (!values.displayName) errors.push({ field: 'displayName', message: request.t('registry:staff.form.required') });
    if (!values.url) errors.push({ field: 'url', message: request.t('registry:staff.form.required') });
    for (const [key, max] of Object.entries(maxLengths)) {
      if ((values[key] ?? '').length > max) errors.push({ field: key, message: request.t('registry:staff.form.tooLong', { max }) });
    }
    if (administrators.some((a) => !a.name || !a.jobTitle)) errors.push({ field: 'administrators', message: request.t('registry:rules.administratorsMissing') });
    if (errors.length) return { state, details: null, errors };
    const orNull = (v: string | undefined) => (v ? v : null);
    const details: ProfileDetails = {
      kind: values.kind as ProfileKind,
      platform: values.platform as Platform,
      url: values.url!,
      handle: orNull(values.handle),
      platformId: orNull(values.platformId),
      displayName: values.displayName!,
      unitId: orNull(values.unitId),
      purpose: { fi: values.purposeFi!, sv: values.purposeSv!, en: values.purposeEn! },
      administrators,
      contactEmail: orNull(values.contactEmail),
      employeeName: orNull(values.employeeName),
      employeeTitle: orNull(values.employeeTitle),
      status: values.status as ProfileStatus,
      closingDate: orNull(values.closingDate),
      closingReason: orNull(values.closingReason),
      successorProfileId: orNull(values.successorProfileId),
      successorUrl: orNull(values.successorUrl),
    };
    return { state, details, errors };
  }

  async function formPage(request: FastifyRequest, reply: FastifyReply, view: { id: string | null; title: string; state: ProfileFormState; errors: FieldError[] }) {
    const ctx = pageContext(request, site);
    const [units, all] = await Promise.all([registry.listUnits(), registry.allProfiles()]);
    const successors = all.filter((p) => p.id !== view.id).sort((a, b) => a.displayName.localeCompare(b.displayName, ctx.lang));
    return sendPage(reply, ctx, {
      status: view.errors.length ? 400 : 200,
      title: view.title,
      body: (
        <ProfileFormPage
          ctx={ctx}
          csrf={csrfToken(reply)}
          action={view.id ? `/staff/profiles/${view.id}/edit` : '/staff/profiles/new'}
          title={view.title}
          state={view.state}
          errors={view.errors}
          units={units}
          successors={successors}
        />
      ),
    });
  }

  function gapsOf(request: FastifyRequest, profile: ProfileDetails): string[] {
    return checkProfileRules(profile, registry.cityRules)
      .filter((v) => v.severity === 'gap')
      .map((v) => violationMessage(request, v));
  }

  async function save(request: FastifyRequest<{ Body: ProfileFormBody }>, reply: FastifyReply, user: StaffUser, existing: Profile | null) {
    const units = await registry.unitsById();
    const title = existing ? request.t('registry:staff.form.editTitle', { name: existing.displayName }) : request.t('registry:staff.form.newTitle');
    const { state, details, errors } = readForm(request.body, units, request);
    if (!details) return formPage(request, reply, { id: existing?.id ?? null, title, state, errors });
    const staffing = staffingProblem(existing, details);
    if (staffing) return formPage(request, reply, { id: existing?.id ?? null, title, state, errors: [{ field: 'administrators', message: request.t(staffing) }] });
    // The new unit must be one the person may also act in: no moving an entry out of reach.
    allow(authorizeProfile(user, existing ? 'update' : 'create', { unitPath: pathIn(units, details.unitId) }));
    try {
      const saved = await registry.saveProfile(details, { ...(existing ? { id: existing.id } : {}), actor: actorOf(user) });
      const gaps = gapsOf(request, saved);
      const notice = gaps.length
        ? request.t('registry:staff.profiles.savedWithGaps', { name: saved.displayName, gaps: gaps.join(' ') })
        : request.t('registry:staff.profiles.savedNotice', { name: saved.displayName });
      return listPage(request, reply, user, { attentionOnly: false, notice, status: existing ? 200 : 201 });
    } catch (error) {
      if (!(error instanceof RegistryRuleError)) throw error;
      const ruleErrors = error.violations.map((v) => ({ field: formField(v.field), message: violationMessage(request, v) }));
      return formPage(request, reply, { id: existing?.id ?? null, title, state, errors: ruleErrors });
    }
  }

  async function listPage(request: FastifyRequest, reply: FastifyReply, user: StaffUser, view: { attentionOnly: boolean; notice: string | null; status?: number }) {
    const ctx = pageContext(request, site);
    const now = deps.now();
    const [profiles, units] = await Promise.all([registry.allProfiles(), registry.unitsById()]);
    const rows = profiles
      .map((profile) => {
        const record = { unitPath: pathIn(units, profile.unitId) };
        return {
          profile,
          gaps: gapsOf(request, profile),
          canEdit: authorizeProfile(user, 'update', record),
          canConfirm: authorizeProfile(user, 'confirm', record),
          canPlanClosing: authorizeProfile(user, 'planClosing', record),
        };
      })
      .filter((row) => !view.attentionOnly || row.gaps.length > 0 || (row.profile.status !== 'closed' && isConfirmationDue(row.profile.lastConfirmedAt, now)));
    return sendPage(reply, ctx, {
      status: view.status ?? 200,
      title: request.t('registry:staff.profiles.title'),
      body: (
        <StaffProfilesPage
          ctx={ctx}
          csrf={csrfToken(reply)}
          rows={rows}
          units={units}
          attentionOnly={view.attentionOnly}
          canCreate={authorizeProfile(user, 'create', { unitPath: [] })}
          notice={view.notice}
          now={now}
          today={registry.today()}
        />
      ),
    });
  }

  app.get(
    '/staff/profiles',
    { schema: { hide: true, querystring: z.object({ attention: z.string().optional(), confirmed: z.uuid().optional().catch(undefined), lang: z.string().optional() }) } },
    async (request, reply) => {
      const user = requireUser(request, reply);
      if (!user) return reply;
      allow(authorizeProfile(user, 'view', { unitPath: [] }));
      let notice: string | null = null;
      if (request.query.confirmed) {
        const confirmed = await registry.getProfile(request.query.confirmed);
        if (confirmed) notice = request.t('registry:staff.profiles.confirmedNotice', { name: confirmed.displayName });
      }
      return listPage(request, reply, user, { attentionOnly: request.query.attention === '1', notice });
    },
  );

  app.get('/staff/profiles/new', { schema: { hide: true } }, async (request, reply) => {
    const user = requireUser(request, reply);
    if (!user) return reply;
    allow(authorizeProfile(user, 'create', { unitPath: [] }));
    const empty: ProfileFormState = { values: { kind: 'organisation', platform: 'facebook', status: 'active' }, administrators: [] };
    return formPage(request, reply, { id: null, title: request.t('registry:staff.form.newTitle'), state: empty, errors: [] });
  });

  app.post('/staff/profiles/new', { schema: { hide: true, body: profileFormBody }, preHandler: root.csrfProtection }, async (request, reply) => {
    const user = requireUser(request, reply);
    if (!user) return reply;
    allow(authorizeProfile(user, 'create', { unitPath: [] }));
    return save(request, reply, user, null);
  });

  const idParams = z.object({ id: z.uuid() });

  async function existingProfile(id: string, user: StaffUser, action: 'update' | 'confirm'): Promise<Profile> {
    const profile = await registry.getProfile(id);
    if (!profile) throw new HttpError(404);
    allow(authorizeProfile(user, action, { unitPath: pathIn(await registry.unitsById(), profile.unitId) }));
    return profile;
  }

  app.get('/staff/profiles/:id/edit', { schema: { hide: true, params: idParams } }, async (request, reply) => {
    const user = requireUser(request, reply);
    if (!user) return reply;
    const profile = await existingProfile(request.params.id, user, 'update');
    return formPage(request, reply, { id: profile.id, title: request.t('registry:staff.form.editTitle', { name: profile.displayName }), state: formStateOf(profile), errors: [] });
  });

  app.post('/staff/profiles/:id/edit', { schema: { hide: true, params: idParams, body: profileFormBody }, preHandler: root.csrfProtection }, async (request, reply) => {
    const user = requireUser(request, reply);
    if (!user) return reply;
    const profile = await existingProfile(request.params.id, user, 'update');
    return save(request, reply, user, profile);
  });

  app.post(
    '/staff/profiles/:id/confirm',
    { schema: { hide: true, params: idParams, body: z.object({ next: z.string().max(2000).optional(), _csrf: z.string().optional() }) }, preHandler: root.csrfProtection },
    async (request, reply) => {
      const user = requireUser(request, reply);
      if (!user) return reply;
      const profile = await existingProfile(request.params.id, user, 'confirm');
      await registry.confirmProfile(profile.id, actorOf(user));
      const next = safeLocalPath(request.body.next ?? '/staff/profiles');
      const separator = next.includes('?') ? '&' : '?';
      return reply.redirect(`${next}${separator}confirmed=${profile.id}`, 303);
    },
  );

  // Units

  const unitFormBody = z.object({ parentId: text(40), level: text(20), nameFi: text(200), nameSv: text(200), nameEn: text(200), _csrf: text(200) });
  type UnitFormBody = z.infer<typeof unitFormBody>;

  app.get('/staff/units', { schema: { hide: true, querystring: z.object({ saved: z.uuid().optional().catch(undefined), lang: z.string().optional() }) } }, async (request, reply) => {
    const user = requireUser(request, reply);
    if (!user) return reply;
    allow(authorizeUnit(user, 'view', null));
    const ctx = pageContext(request, site);
    const [units, profiles] = await Promise.all([registry.listUnits(), registry.allProfiles()]);
    const counts = new Map<string, number>();
    for (const p of profiles) if (p.unitId) counts.set(p.unitId, (counts.get(p.unitId) ?? 0) + 1);
    const saved = request.query.saved ? units.find((u) => u.id === request.query.saved) : undefined;
    return sendPage(reply, ctx, {
      title: request.t('registry:staff.units.title'),
      body: (
        <UnitsPage
          ctx={ctx}
          units={units}
          profileCounts={counts}
          canEdit={authorizeUnit(user, 'update', null)}
          notice={saved ? request.t('registry:staff.units.savedNotice', { name: unitName(saved, ctx.lang) }) : null}
        />
      ),
    });
  });

  async function unitForm(request: FastifyRequest, reply: FastifyReply, view: { id: string | null; title: string; values: Record<string, string>; errors: FieldError[] }) {
    const ctx = pageContext(request, site);
    return sendPage(reply, ctx, {
      status: view.errors.length ? 400 : 200,
      title: view.title,
      body: (
        <UnitFormPage
          ctx={ctx}
          csrf={csrfToken(reply)}
          action={view.id ? `/staff/units/${view.id}/edit` : '/staff/units/new'}
          title={view.title}
          values={view.values}
          errors={view.errors}
          units={await registry.listUnits()}
          selfId={view.id}
        />
      ),
    });
  }

  function readUnit(body: UnitFormBody, units: Map<string, Unit>, request: FastifyRequest): { unit: Omit<Unit, 'id'> | null; values: Record<string, string>; errors: FieldError[] } {
    const values = { parentId: body.parentId.trim(), level: body.level.trim(), nameFi: body.nameFi.trim(), nameSv: body.nameSv.trim(), nameEn: body.nameEn.trim() };
    const errors: FieldError[] = [];
    if (values.parentId && !units.has(values.parentId)) errors.push({ field: 'parentId', message: request.t('registry:staff.form.unitUnknown') });
    if (!(unitLevels as readonly string[]).includes(values.level)) errors.push({ field: 'level', message: request.t('registry:staff.form.chooseOne') });
    for (const key of ['nameFi', 'nameSv', 'nameEn'] as const) {
      if (!values[key]) errors.push({ field: key, message: request.t('registry:staff.form.required') });
      else if (values[key].length > 200) errors.push({ field: key, message: request.t('registry:staff.form.tooLong', { max: 200 }) });
    }
    if (errors.length) return { unit: null, values, errors };
    return { unit: { parentId: values.parentId || null, level: values.level as UnitLevel, name: { fi: values.nameFi, sv: values.nameSv, en: values.nameEn } }, values, errors };
  }

  app.get('/staff/units/new', { schema: { hide: true } }, async (request, reply) => {
    const user = requireUser(request, reply);
    if (!user) return reply;
    allow(authorizeUnit(user, 'create', null));
    return unitForm(request, reply, { id: null, title: request.t('registry:staff.units.newTitle'), values: { level: 'unit' }, errors: [] });
  });

  app.post('/staff/units/new', { schema: { hide: true, body: unitFormBody }, preHandler: root.csrfProtection }, async (request, reply) => {
    const user = requireUser(request, reply);
    if (!user) return reply;
    allow(authorizeUnit(user, 'create', null));
    const { unit, values, errors } = readUnit(request.body, await registry.unitsById(), request);
    if (!unit) return unitForm(request, reply, { id: null, title: request.t('registry:staff.units.newTitle'), values, errors });
    const created = await registry.createUnit(unit, actorOf(user));
    return reply.redirect(`/staff/units?saved=${created.id}`, 303);
  });

  async function existingUnit(id: string, user: StaffUser): Promise<{ unit: Unit; units: Map<string, Unit> }> {
    const units = await registry.unitsById();
    const unit = units.get(id);
    if (!unit) throw new HttpError(404);
    allow(authorizeUnit(user, 'update', { unitPath: pathIn(units, unit.id) }));
    return { unit, units };
  }

  app.get('/staff/units/:id/edit', { schema: { hide: true, params: idParams } }, async (request, reply) => {
    const user = requireUser(request, reply);
    if (!user) return reply;
    const { unit } = await existingUnit(request.params.id, user);
    const values = { parentId: unit.parentId ?? '', level: unit.level, nameFi: unit.name.fi, nameSv: unit.name.sv, nameEn: unit.name.en };
    return unitForm(request, reply, { id: unit.id, title: request.t('registry:staff.units.editTitle', { name: unitName(unit, request.lang) }), values, errors: [] });
  });

  app.post('/staff/units/:id/edit', { schema: { hide: true, params: idParams, body: unitFormBody }, preHandler: root.csrfProtection }, async (request, reply) => {
    const user = requireUser(request, reply);
    if (!user) return reply;
    const { unit: existing, units } = await existingUnit(request.params.id, user);
    const title = request.t('registry:staff.units.editTitle', { name: unitName(existing, request.lang) });
    const { unit, values, errors } = readUnit(request.body, units, request);
    if (!unit) return unitForm(request, reply, { id: existing.id, title, values, errors });
    const saved = await registry.updateUnit({ ...unit, id: existing.id }, actorOf(user));
    if (saved === null) throw new HttpError(404);
    if (saved === 'loop') return unitForm(request, reply, { id: existing.id, title, values, errors: [{ field: 'parentId', message: request.t('registry:staff.units.loop') }] });
    return reply.redirect(`/staff/units?saved=${existing.id}`, 303);
  });
}
