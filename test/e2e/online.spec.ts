/**
 * Online sources against recorded responses: every request to api.openalex.org is answered here
 * (`answerOffsite`), arXiv must never be asked (a page cannot: no CORS), and nothing else leaves.
 */
import type { Page, Route } from '@playwright/test';
import { answerOffsite, axeViolations, expect, status, test, type Watch } from './fixtures';
import { recordedReply } from '../unit/online/recorded-routes';

const CORS = { 'Access-Control-Allow-Origin': '*' };

/** Serves OpenAlex from the recordings (or `override`); records any attempt to reach arXiv. */
async function serveRecorded(
  page: Page,
  watch: Watch,
  override?: (route: Route) => Promise<void> | undefined,
) {
  const openalex: string[] = [];
  const arxiv: string[] = [];
  await answerOffsite(page, watch, /^https:\/\/api\.openalex\.org\//, async (route) => {
    openalex.push(route.request().url());
    const done = override?.(route);
    if (done) return done;
    const reply = recordedReply(route.request().url());
    await route.fulfill({
      status: reply.status,
      body: reply.body,
      contentType: reply.contentType,
      headers: CORS,
    });
  });
  await answerOffsite(page, watch, /^https:\/\/export\.arxiv\.org\//, async (route) => {
    arxiv.push(route.request().url());
    await route.abort();
  });
  return { openalex, arxiv };
}

const peopleIn = async (page: Page) => {
  const text = await page.getByRole('figure', { name: 'Coauthor network' }).locator('.summary').textContent();
  return Number(/(\d+) people/.exec(text ?? '')?.[1]);
};

test('type a name, pick the candidate: the dashboard shows their works; a repeat works offline', async ({
  page,
  watch,
}) => {
  const sent = await serveRecorded(page, watch);
  await page.goto('/');
  await expect(status(page)).toHaveText('16 papers');
  await page.getByRole('button', { name: 'Find a researcher online…' }).click();
  await page.getByLabel('Name, ORCID iD or OpenAlex author id').fill('Mike Walmsley');
  await expect(
    page.getByText('Searching sends “Mike Walmsley” to api.openalex.org (OpenAlex).'),
  ).toBeVisible();
  await expect(page.getByText(/arXiv’s API does not allow requests from a web page/)).toBeVisible();
  expect(sent.openalex, 'nothing is sent before the button').toEqual([]);

  await page.getByRole('button', { name: 'Search OpenAlex' }).click();
  const people = page.getByRole('list', { name: 'People found' });
  await expect(people.getByRole('listitem')).toHaveCount(3);
  await expect(people.getByRole('listitem').first()).toContainText(
    'University of Toronto (CA) · 7 works · ORCID 0000-0002-1825-0097',
  );
  expect(sent.openalex).toHaveLength(1);
  expect(await axeViolations(page)).toEqual([]);
  await page.screenshot({ path: 'test-results/online-candidates.png', fullPage: true });

  await people.getByRole('button', { name: 'Mike Walmsley' }).click();
  await expect(status(page)).toHaveText('7 papers');
  await expect(page.getByText('Loaded 7 works of Mike Walmsley from OpenAlex.')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mike Walmsley');
  expect(sent.openalex.filter((u) => u.includes('/works?'))).toHaveLength(2);
  expect(sent.arxiv).toEqual([]);
  await page.screenshot({ path: 'test-results/online-loaded.png', fullPage: true });

  // Kept for the next visit; and the responses were cached, so asking again needs no network.
  await page.reload();
  await expect(status(page)).toHaveText('7 papers');
  await page.unrouteAll();
  await answerOffsite(page, watch, /^https:\/\/api\.openalex\.org\//, (route) =>
    route.abort('internetdisconnected'),
  );
  await page.getByRole('button', { name: 'Find a researcher online…' }).click();
  await page.getByLabel('Name, ORCID iD or OpenAlex author id').fill('Mike Walmsley');
  await page.getByRole('button', { name: 'Search OpenAlex' }).click();
  await expect(page.getByRole('list', { name: 'People found' }).getByRole('listitem')).toHaveCount(3);
  await page
    .getByRole('list', { name: 'People found' })
    .getByRole('button', { name: 'Mike Walmsley' })
    .click();
  await expect(
    page.getByText(
      /Loaded 7 works of Mike Walmsley from OpenAlex \(kept from \d{4}-\d\d-\d\d; nothing was sent\)\./,
    ),
  ).toBeVisible();
});

test('on the bundled profile, completing author lists grows the network', async ({ page, watch }) => {
  const sent = await serveRecorded(page, watch);
  await page.goto('/');
  await expect(status(page)).toHaveText('16 papers');
  // The network's answer comes with its code, a moment after the list.
  await expect(page.getByRole('figure', { name: 'Coauthor network' }).locator('.summary')).toContainText(
    '29 people',
  );
  const before = await peopleIn(page);
  await page.getByRole('button', { name: 'Complete author lists (14 truncated)' }).click();
  await expect(page.getByRole('region', { name: 'Complete author lists' })).toContainText(
    'to api.openalex.org (OpenAlex)',
  );
  expect(sent.openalex).toEqual([]);

  await page.getByRole('button', { name: 'Look up 14 papers on OpenAlex' }).click();
  await expect(
    page.getByText('Completed 12 of 14 truncated author lists from OpenAlex; 2 not found.'),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Complete author lists (2 truncated)' })).toBeVisible();
  await expect(status(page)).toHaveText('16 papers');
  await expect.poll(() => peopleIn(page)).toBeGreaterThan(before + 50);
  await page.getByText('2 author lists not completed: why').click();
  await expect(
    page.getByText(/no work with exactly this title \(nearest: “Deriving Semantic Class Targets/),
  ).toBeVisible();
  expect(sent.openalex).toHaveLength(14);
  expect(sent.arxiv).toEqual([]);
  expect(await axeViolations(page)).toEqual([]);
  await page.screenshot({ path: 'test-results/online-completed.png', fullPage: true });

  await page.reload();
  await expect(page.getByRole('button', { name: 'Complete author lists (2 truncated)' })).toBeVisible();
});

test('429 and offline: a clear message, and the data stays', async ({ page, watch }) => {
  let mode: '429' | 'offline' = '429';
  await serveRecorded(page, watch, (route) =>
    mode === '429'
      ? route.fulfill({
          status: 429,
          // A page can read Retry-After only when the service exposes it; without, the app backs off.
          headers: { ...CORS, 'Access-Control-Expose-Headers': 'Retry-After', 'Retry-After': '3600' },
          body: '{"error":"Rate limit exceeded"}',
        })
      : route.abort('internetdisconnected'),
  );
  await page.goto('/');
  await page.getByRole('button', { name: 'Complete author lists (14 truncated)' }).click();
  await page.getByRole('button', { name: 'Look up 14 papers on OpenAlex' }).click();
  await expect(page.getByRole('alert')).toHaveText(
    'api.openalex.org asked us to slow down (HTTP 429) and to wait 3600 s; try again later. Your current data is unchanged. Lookups already made are kept, so trying again resumes quickly.',
  );
  await expect(page.getByRole('button', { name: 'Complete author lists (14 truncated)' })).toBeVisible();
  await expect(status(page)).toHaveText('16 papers');
  await page.screenshot({ path: 'test-results/online-429.png', fullPage: true });

  mode = 'offline';
  await page.getByRole('button', { name: 'Find a researcher online…' }).click();
  await page.getByLabel('Name, ORCID iD or OpenAlex author id').fill('0000-0002-1825-0097');
  await expect(
    page.getByText('Loading sends the ORCID iD 0000-0002-1825-0097 to api.openalex.org (OpenAlex).'),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Load their works' }).click();
  await expect(page.getByRole('region', { name: 'Find a researcher online' }).getByRole('alert')).toHaveText(
    'Could not reach api.openalex.org: this computer seems to be offline, or the service is unreachable. Your current data is unchanged.',
  );
  await expect(status(page)).toHaveText('16 papers');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mike Walmsley');
  await page.screenshot({ path: 'test-results/online-offline.png', fullPage: true });
  // The browser logs each refused load itself; those two kinds were the point of this test.
  const expected =
    /^Failed to load resource: (the server responded with a status of 429|net::ERR_INTERNET_DISCONNECTED)/;
  watch.errors.splice(0, watch.errors.length, ...watch.errors.filter((e) => !expected.test(e)));
});
