import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { App } from '../../src/app';
import { contentCheckCatalogue } from '../../src/content-check/locales';
import { startTestApp } from '../helpers/app';
import { accessibilityViolations, servedInBrowser, signInByKeyboard } from '../helpers/browser';
import { createStaff } from '../helpers/client';

// Checking a draft before publishing in a real browser, in Finnish, Swedish and English: the
// verdict is read out while the draft is written, the page works by its button too, and axe finds
// nothing on the way.

let app: App;
let base: string;
let page: Page;
let writer = { email: '', password: '' };

servedInBrowser(
  async () => {
    app = await startTestApp();
    const unit = await app.registry.createUnit({ parentId: null, level: 'unit', name: { fi: 'Kirjasto', sv: 'Biblioteket', en: 'Library' } }, 'test');
    writer = await createStaff(app, { email: 'kaisa.kirjoittaja@pieksamaki.fi', displayName: 'Kaisa Kirjoittaja', roles: [{ role: 'employee', unitId: unit.id }] });
    return app;
  },
  (session) => ({ base, page } = session),
);

for (const lang of ['fi', 'sv', 'en'] as const) {
  describe(`checking a draft in ${lang} (policy rules P8, P9)`, () => {
    it('reads the verdict out while the draft is written, and marks the findings in place on Check', async () => {
      const t = contentCheckCatalogue[lang];
      await signInByKeyboard(page, base, writer);
      await page.goto(`${base}/language/${lang}?next=/staff/content-check`);
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(t.page.title);
      expect(await accessibilityViolations(page), 'empty form').toEqual([]);

      await page.getByLabel(t.page.text).fill('Hakijan henkilötunnus on 131052-308T.');
      const live = page.locator('#live-result');
      await expect.poll(() => live.textContent(), { timeout: 5_000 }).toBe(t.page.live.result_one.replace('{{verdict}}', t.verdict['do-not-publish']).replace('{{count}}', '1'));

      await Promise.all([page.waitForURL(`${base}/staff/content-check`), page.getByRole('button', { name: t.page.submit, exact: true }).click()]);
      expect(await page.locator('#result-title').textContent()).toBe(`${t.page.resultHeading}: ${t.verdict['do-not-publish']}`);
      expect(await page.locator('mark.finding').textContent()).toBe(`${t.type.FI_HETU}: 131052-308T`);
      expect(await accessibilityViolations(page), 'result').toEqual([]);
    }, 60_000);
  });
}
