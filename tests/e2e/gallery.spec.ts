/**
 * The 2024 Astana recap's speaker gallery shows its four speakers (the issue names them), each
 * with a picture or a generated monogram (never a broken image), their name as the content gives
 * it, linking to their page, and their roles.
 */
import { expect, test } from './support/reader';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORE_SCHEMA, load } from 'js-yaml';
import { CONTENT, sitePath, speakerName } from './support/site';

const COHORT = '2024-astana';
const SPEAKERS = ['katarzyna-wawiernia', 'helen-clark', 'suleimenova', 'kanata-tomohiro'];

function roleTitles(id: string): string[] {
  const data = load(readFileSync(join(CONTENT, 'speakers', `${id}.yaml`), 'utf8'), { schema: CORE_SCHEMA }) as { roles: { title: string }[] };
  return data.roles.map((r) => r.title);
}

test(`the ${COHORT} gallery shows its four speakers with picture, name, link and roles`, async ({ page }) => {
  await page.goto(sitePath(`/cohorts/${COHORT}/`));
  let gallery = page.locator('main').locator('ul, ol');
  for (const id of SPEAKERS) gallery = gallery.filter({ has: page.getByRole('heading', { name: speakerName(id) }) });
  await expect(gallery.first(), 'one list holding all four speakers').toBeVisible();
  const list = gallery.last();

  for (const id of SPEAKERS) {
    const name = speakerName(id);
    const card = list.locator(':scope > li').filter({ has: page.getByRole('heading', { name }) });
    await expect(card, `one gallery card for ${name}`).toHaveCount(1);
    await expect(card).toBeVisible();

    const link = card.getByRole('link', { name });
    await expect(link).toHaveAttribute('href', sitePath(`/speakers/${id}/`));

    const text = (await card.textContent()) ?? '';
    for (const title of roleTitles(id)) expect(text.toLowerCase(), `${name}'s role "${title}"`).toContain(title.toLowerCase());

    const images = card.locator('img');
    if ((await images.count()) > 0) {
      for (const img of await images.all()) {
        await expect(img).toHaveAttribute('alt', /\S/);
        expect(await img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth > 0), 'the portrait loads').toBe(true);
      }
    } else {
      const monogram = card.locator('[aria-hidden="true"]').filter({ hasText: new RegExp(`^\\s*${name[0]}\\p{Lu}{0,2}\\s*$`, 'u') });
      await expect(monogram.first(), `a monogram for ${name}`).toBeVisible();
    }
  }
});
