import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ComponentChildren } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { csrfToken } from '../auth/http';
import type { StaffUser } from '../auth/staff';
import { Layout, type NavItem, type PageContext } from './layout';

export interface SiteInfo {
  cityName: { fi: string; sv: string; en: string };
  nav: NavItem[];
  /** The staff links a signed-in person may follow; each capability adds those its policy allows. */
  staffNav?: (user: StaffUser) => NavItem[];
}

export function pageContext(request: FastifyRequest, site: SiteInfo): PageContext {
  // The switch returns to the same page; a ?lang= in it would override the new choice.
  const url = new URL(request.url, 'http://local');
  url.searchParams.delete('lang');
  return {
    lang: request.lang,
    t: request.t,
    cityName: site.cityName[request.lang],
    path: url.pathname + url.search,
    nav: site.nav,
    user: request.user ? { displayName: request.user.displayName } : null,
    staffNav: request.user && site.staffNav ? site.staffNav(request.user) : [],
    csrf: null,
  };
}

/** Sends a whole server-rendered page. */
export function sendPage(
  reply: FastifyReply,
  ctx: PageContext,
  page: { title: string; body: ComponentChildren; status?: number; head?: ComponentChildren },
) {
  const layoutCtx = ctx.user && !ctx.csrf ? { ...ctx, csrf: csrfToken(reply) } : ctx;
  const html =
    '<!doctype html>' +
    renderToString(
      <Layout ctx={layoutCtx} title={page.title} head={page.head}>
        {page.body}
      </Layout>,
    );
  return reply
    .status(page.status ?? 200)
    .header('content-type', 'text/html; charset=utf-8')
    .header('content-language', ctx.lang)
    .header('vary', 'Accept-Language, Cookie')
    // A signed-in page is personal: no shared cache may keep it.
    .header('cache-control', ctx.user ? 'private, no-store' : 'no-cache')
    .send(html);
}
