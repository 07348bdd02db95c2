import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ComponentChildren } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { Layout, type NavItem, type PageContext } from './layout';

export interface SiteInfo {
  cityName: { fi: string; sv: string; en: string };
  nav: NavItem[];
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
  };
}

/** Sends a whole server-rendered page. */
export function sendPage(
  reply: FastifyReply,
  ctx: PageContext,
  page: { title: string; body: ComponentChildren; status?: number; head?: ComponentChildren },
) {
  const html =
    '<!doctype html>' +
    renderToString(
      <Layout ctx={ctx} title={page.title} head={page.head}>
        {page.body}
      </Layout>,
    );
  return reply
    .status(page.status ?? 200)
    .header('content-type', 'text/html; charset=utf-8')
    .header('content-language', ctx.lang)
    .header('vary', 'Accept-Language, Cookie')
    .send(html);
}
