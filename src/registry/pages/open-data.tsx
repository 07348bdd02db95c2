import type { PageContext } from '../../platform/pages/layout';

export function OpenDataPage(props: { ctx: PageContext }) {
  const t = props.ctx.t;
  const endpoints: [string, string][] = [
    ['/api/v1/profiles', 'registry:pages.openData.list'],
    ['/api/v1/profiles?platform=instagram&limit=10', 'registry:pages.openData.list'],
    ['/api/v1/verify?url=https%3A%2F%2Fwww.instagram.com%2Fexample%2F', 'registry:pages.openData.verify'],
    ['/api/v1/units', 'registry:pages.openData.units'],
    ['/api/v1/reported-fakes', 'impersonation:openData.reportedFakes'],
    ['/api/openapi.json', 'registry:pages.openData.openapi'],
  ];
  return (
    <>
      <h1>{t('registry:pages.openData.title')}</h1>
      <p>{t('registry:pages.openData.intro')}</p>
      <h2>{t('registry:pages.openData.apiHeading')}</h2>
      <ul>
        {endpoints.map(([href, label]) => (
          <li>
            {t(label)}: <a href={href}>{`GET ${decodeURIComponent(href)}`}</a>
          </li>
        ))}
        <li>
          {t('registry:pages.openData.one')}: <code>GET /api/v1/profiles/{'{id}'}</code>
        </li>
      </ul>
      <p>{t('registry:pages.openData.statusNote')}</p>
      <h2>{t('registry:pages.openData.csvHeading')}</h2>
      <ul>
        <li>
          <a href="/api/v1/profiles.csv">{t('registry:pages.openData.csv')}</a>
        </li>
        <li>
          <a href="/feeds/changes.atom">{t('registry:pages.openData.feed')}</a>
        </li>
      </ul>
    </>
  );
}
