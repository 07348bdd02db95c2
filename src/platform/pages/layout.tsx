import type { ComponentChildren } from 'preact';
import { languages, type Lang, type Translate } from '../i18n/i18n';

export interface NavItem {
  href: string;
  /** Message key of the link text. */
  label: string;
}

/** What every page knows about the request it answers. */
export interface PageContext {
  lang: Lang;
  t: Translate;
  /** The city's name in the page's language. */
  cityName: string;
  /** This page's path and query, for the language switch to come back to. */
  path: string;
  nav: NavItem[];
  /** The signed-in person, whose staff links and sign-out button the header shows. */
  user: { displayName: string } | null;
  staffNav: NavItem[];
  /** A CSRF token for the header's sign-out form; set when someone is signed in. */
  csrf: string | null;
}

const languageLabels: Record<Lang, string> = { fi: 'Suomi', sv: 'Svenska', en: 'English' };

function languageSwitch(ctx: PageContext) {
  return (
    <nav class="language-switch" aria-label={ctx.t('languageSwitch')}>
      <ul>
        {languages.map((lang) => (
          <li>
            <a
              href={`/language/${lang}?next=${encodeURIComponent(ctx.path)}`}
              lang={lang}
              hreflang={lang}
              aria-current={lang === ctx.lang ? 'true' : undefined}
            >
              {languageLabels[lang]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function SignedIn(props: { ctx: PageContext; user: { displayName: string } }) {
  const { ctx } = props;
  return (
    <form class="signed-in" method="post" action="/sign-out">
      <a href="/account">
        <span class="visually-hidden">{ctx.t('staff.signedInAs')} </span>
        {props.user.displayName}
      </a>{' '}
      <input type="hidden" name="_csrf" value={ctx.csrf ?? ''} />
      <button type="submit" class="button--small">
        {ctx.t('staff.signOut')}
      </button>
    </form>
  );
}

export function Layout(props: { ctx: PageContext; title: string; children: ComponentChildren; head?: ComponentChildren }) {
  const { ctx } = props;
  const currentSection = ctx.nav.find((item) =>
    item.href === '/' ? ctx.path === '/' || ctx.path.startsWith('/?') || ctx.path.startsWith('/profiles') : ctx.path.startsWith(item.href),
  );
  // The longest link that the path starts with: /staff/audit is the audit log, not the dashboard.
  const currentStaffSection = ctx.staffNav
    .filter((item) => ctx.path === item.href || ctx.path.startsWith(`${item.href}/`) || ctx.path.startsWith(`${item.href}?`) || ctx.path.startsWith(`${item.href}.`))
    .sort((a, b) => b.href.length - a.href.length)[0];
  return (
    <html lang={ctx.lang}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${props.title} – ${ctx.t('cityServiceName', { city: ctx.cityName })}`}</title>
        <link rel="stylesheet" href="/static/app.css" />
        {props.head}
      </head>
      <body>
        <a class="skip-link" href="#main">
          {ctx.t('skipToContent')}
        </a>
        <header class="site-header">
          <div class="site-header__inner">
            <a class="site-name" href="/">
              <span class="site-name__city">{ctx.cityName}</span> <span class="site-name__service">{ctx.t('serviceName')}</span>
            </a>
            <div class="site-header__tools">
              {languageSwitch(ctx)}
              {ctx.user ? <SignedIn ctx={ctx} user={ctx.user} /> : <a href="/sign-in">{ctx.t('staff.signIn')}</a>}
            </div>
          </div>
          <nav class="main-nav" aria-label={ctx.t('mainNavigation')}>
            <ul>
              {ctx.nav.map((item) => (
                <li>
                  <a href={item.href} aria-current={item === currentSection ? 'page' : undefined}>
                    {ctx.t(item.label)}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
          {ctx.user && ctx.staffNav.length > 0 ? (
            <nav class="staff-nav" aria-label={ctx.t('staff.navigation')}>
              <ul>
                {ctx.staffNav.map((item) => (
                  <li>
                    <a href={item.href} aria-current={item === currentStaffSection ? 'page' : undefined}>
                      {ctx.t(item.label)}
                    </a>
                  </li>
                ))}
              </ul>
            </nav>
          ) : null}
        </header>
        <main id="main" tabIndex={-1}>
          {props.children}
        </main>
        <footer class="site-footer">
          <p>{ctx.t('footer.maintainedBy', { city: ctx.cityName })}</p>
          <p>{ctx.t('footer.accessibility')}</p>
        </footer>
      </body>
    </html>
  );
}
