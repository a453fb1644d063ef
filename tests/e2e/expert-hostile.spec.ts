import { expect, test } from './fixtures';
import { GRANT_QUEUE, RELEVANCE, scoreGroup, signInAsExpert } from './expert-helpers';

// Applicant text is untrusted: the demo data plants markup, scripts and `javascript:` links in it.
const IMG_TITLE = '<img src=x onerror=alert(1)>';

test('hostile applicant text is shown literally and never runs', async ({ guardedPage: page }) => {
  const dialogs: string[] = [];
  page.on('dialog', async (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    await dialog.dismiss();
  });
  const nothingRan = async () => {
    expect(dialogs).toEqual([]);
    await expect(page.locator('img[src="x"]')).toHaveCount(0);
    await expect(page.locator('[onerror], [onload], [onclick]')).toHaveCount(0);
    await expect(page.locator('a[href^="javascript:" i]')).toHaveCount(0);
    // Every link the page draws goes to http(s), whatever it is called.
    const schemes = await page
      .locator('a[href]')
      .evaluateAll((links) => [
        ...new Set(links.map((a) => new URL((a as HTMLAnchorElement).href).protocol)),
      ]);
    expect(schemes.filter((s) => s !== 'http:' && s !== 'https:')).toEqual([]);
  };

  await signInAsExpert(page);
  await page.goto(GRANT_QUEUE);
  // The title is text in the queue…
  const titleLink = page.getByRole('link', { name: IMG_TITLE, exact: true });
  await expect(titleLink).toHaveText(IMG_TITLE);
  await expect(page.getByText('АНО «Код & Право» <b>', { exact: false })).toBeVisible();
  await nothingRan();

  // …and on the evaluation page: the heading, the card and the page title.
  await titleLink.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`№ 1220 · ${IMG_TITLE}`);
  await expect(scoreGroup(page, RELEVANCE)).toBeVisible();
  const card = page.getByRole('region', { name: 'Заявка № 1220' });
  await expect(card.getByText(IMG_TITLE, { exact: true })).toBeVisible();
  // Markdown is not rendered either: the `javascript:` link stays characters.
  await expect(card).toContainText('**Жирный текст** и [ссылка](javascript:alert(1))');
  await nothingRan();

  // The application whose summary carries a <script>, an <a href="javascript:…"> and a bare pseudo-URL.
  await page.goto(GRANT_QUEUE);
  await page.getByRole('link', { name: 'Папа может — 2026', exact: true }).click();
  const scriptCard = page.getByRole('region', { name: /^Заявка № / });
  await expect(scriptCard).toContainText("<script>alert('xss')</script>");
  await expect(scriptCard).toContainText(
    'Подробнее: <a href="javascript:alert(1)">сайт проекта</a> или javascript:alert(1)',
  );
  await expect(scriptCard).toContainText('"><svg onload=alert(3)>');
  await expect(scriptCard.getByText('<b>', { exact: false }).first()).toBeVisible();
  // An attachment named like markup is a plain file link, named literally.
  await expect(scriptCard.getByRole('link', { name: '"><svg onload=alert(2)>.pdf' })).toBeVisible();
  await expect(page.locator('svg[onload], script:not([src])')).toHaveCount(0);
  await nothingRan();

  // Time is the point: an injected handler would have fired by now.
  await page.waitForTimeout(1000);
  expect(dialogs).toEqual([]);
});
