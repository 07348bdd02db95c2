import type { PageContext } from '../../platform/pages/layout';
import { platforms, type Platform } from '../domain/platforms';
import { effectiveStatus, profileStatuses, type Profile, type ProfileStatus, type Unit } from '../domain/profile';
import { shortAddress, StatusBadge, unitName, unitPath } from './components';

interface Filter {
  q: string | undefined;
  platform: Platform | undefined;
  unit: string | undefined;
  status: ProfileStatus | undefined;
}

/** Units in hierarchy order, each with its depth, for the unit select and the grouping. */
function unitTree(units: Unit[], lang: PageContext['lang']): { unit: Unit; depth: number }[] {
  const children = new Map<string | null, Unit[]>();
  const ids = new Set(units.map((u) => u.id));
  for (const unit of units) {
    const parent = unit.parentId && ids.has(unit.parentId) ? unit.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), unit]);
  }
  const ordered: { unit: Unit; depth: number }[] = [];
  const visit = (parent: string | null, depth: number) => {
    const list = (children.get(parent) ?? []).sort((a, b) => unitName(a, lang).localeCompare(unitName(b, lang), lang));
    for (const unit of list) {
      ordered.push({ unit, depth });
      visit(unit.id, depth + 1);
    }
  };
  visit(null, 0);
  return ordered;
}

function ProfileTable(props: { ctx: PageContext; profiles: Profile[]; today: string; caption: string }) {
  const { ctx, profiles, today } = props;
  const t = ctx.t;
  return (
    <table>
      <caption class="visually-hidden">{props.caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('registry:pages.registry.colName')}</th>
          <th scope="col">{t('registry:pages.registry.colPlatform')}</th>
          <th scope="col">{t('registry:pages.registry.colKind')}</th>
          <th scope="col">{t('registry:pages.registry.colAddress')}</th>
          <th scope="col">{t('registry:pages.registry.colStatus')}</th>
        </tr>
      </thead>
      <tbody>
        {profiles.map((p) => (
          // A closed profile stays listed, so that a resident who finds it learns it is no longer used.
          <tr class={effectiveStatus(p, today) === 'closed' ? 'row--closed' : undefined}>
            <th scope="row">
              <a href={`/profiles/${p.id}`}>{p.displayName}</a>
            </th>
            <td>{t(`registry:platform.${p.platform}`)}</td>
            <td>{t(`registry:kind.${p.kind}`)}</td>
            <td>
              <a href={p.url} rel="noopener" class="address">
                {shortAddress(p.url)}
              </a>
            </td>
            <td>
              <StatusBadge profile={p} today={today} t={t} lang={ctx.lang} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function RegistryPage(props: { ctx: PageContext; profiles: Profile[]; units: Unit[]; filter: Filter; today: string }) {
  const { ctx, profiles, units, filter, today } = props;
  const t = ctx.t;
  const tree = unitTree(units, ctx.lang);
  const unitsById = new Map(units.map((u) => [u.id, u]));
  const byUnit = new Map<string | null, Profile[]>();
  for (const profile of profiles) {
    const key = profile.unitId && unitsById.has(profile.unitId) ? profile.unitId : null;
    byUnit.set(key, [...(byUnit.get(key) ?? []), profile]);
  }
  const groups = [
    ...tree
      .filter(({ unit }) => byUnit.has(unit.id))
      .map(({ unit }) => ({ id: unit.id, title: unitPath(unit.id, unitsById, ctx.lang).join(' › '), profiles: byUnit.get(unit.id)! })),
    ...(byUnit.has(null) ? [{ id: 'none', title: t('registry:pages.registry.noUnit'), profiles: byUnit.get(null)! }] : []),
  ];
  const filtered = Boolean(filter.q || filter.platform || filter.unit || filter.status);

  return (
    <>
      <h1>{t('registry:pages.registry.title')}</h1>
      <p>{t('registry:pages.registry.intro', { city: ctx.cityName })}</p>
      <p>
        {t('registry:pages.registry.verifyHint')} <a href="/verify">{t('registry:pages.registry.verifyLink')}</a>
      </p>

      <search>
        <form method="get" action="/" class="search-form">
          <h2>{t('registry:pages.registry.searchHeading')}</h2>
          <div class="form-row">
            <div class="field">
              <label for="q">{t('registry:pages.registry.q')}</label>
              <p class="hint" id="q-hint">
                {t('registry:pages.registry.qHint')}
              </p>
              <input type="search" id="q" name="q" value={filter.q ?? ''} aria-describedby="q-hint" />
            </div>
            <div class="field">
              <label for="platform">{t('registry:pages.registry.platform')}</label>
              <select id="platform" name="platform">
                <option value="">{t('registry:pages.registry.allPlatforms')}</option>
                {platforms.map((p) => (
                  <option value={p} selected={filter.platform === p}>
                    {t(`registry:platform.${p}`)}
                  </option>
                ))}
              </select>
            </div>
            <div class="field">
              <label for="unit">{t('registry:pages.registry.unit')}</label>
              <select id="unit" name="unit">
                <option value="">{t('registry:pages.registry.allUnits')}</option>
                {tree.map(({ unit, depth }) => (
                  <option value={unit.id} selected={filter.unit === unit.id}>
                    {`${'\u00a0\u00a0\u00a0'.repeat(depth)}${unitName(unit, ctx.lang)}`}
                  </option>
                ))}
              </select>
            </div>
            <div class="field">
              <label for="status">{t('registry:pages.registry.status')}</label>
              <select id="status" name="status">
                <option value="">{t('registry:pages.registry.allStatuses')}</option>
                {profileStatuses.map((s) => (
                  <option value={s} selected={filter.status === s}>
                    {t(`registry:status.${s}`)}
                  </option>
                ))}
              </select>
            </div>
            <div class="field">
              <button type="submit">{t('registry:pages.registry.search')}</button>
            </div>
          </div>
          {filtered ? (
            <p>
              <a href="/">{t('registry:pages.registry.clear')}</a>
            </p>
          ) : null}
        </form>
      </search>

      <h2 id="results">{t('registry:pages.registry.count', { count: profiles.length })}</h2>
      {profiles.length === 0 ? <p>{t('registry:pages.registry.none')}</p> : null}
      {groups.map((group) => (
        <section aria-labelledby={`unit-${group.id}`}>
          <h3 id={`unit-${group.id}`}>{group.title}</h3>
          <ProfileTable ctx={ctx} profiles={group.profiles} today={today} caption={group.title} />
        </section>
      ))}
      <p>
        <a href="/feeds/changes.atom">{t('registry:pages.registry.feed')}</a>
      </p>
    </>
  );
}
