/**
 * The network of a field-sized collection: the top people and their strongest links, drawn as SVG
 * up to CANVAS_FROM people and on a canvas beyond, laid out in the worker; usable by keyboard and
 * mouse in both.
 */
import { createSynthetic } from '../../src/dev/synthetic';
import { arxivLines } from '../../src/dev/synthetic-record';
import { axeViolations, expect, status, test } from './fixtures';

const COUNT = 20_000;
const text = [...arxivLines(createSynthetic({ papers: COUNT, seed: 5 }), 5)].join('\n') + '\n';

test('a 20,000-paper network: top people in SVG, more on a canvas, both filter the dashboard', async ({
  page,
  watch,
}) => {
  void watch;
  test.setTimeout(180_000);
  await page.route(
    (url) => url.pathname === '/field.jsonl',
    (route) => route.fulfill({ body: text, contentType: 'text/plain' }),
  );
  await page.goto('/?data=/field.jsonl');
  await expect(status(page)).toHaveText(`${COUNT.toLocaleString('en')} papers`, { timeout: 90_000 });
  const net = page.locator('figure[data-view="network"]');
  // The default: 500 people as SVG buttons, and a summary that says what is left out.
  await expect(net.locator('g.node')).toHaveCount(500, { timeout: 90_000 });
  await expect(net).toContainText(
    /Drawn: the 500 people with the most papers of [\d,]+, with each one's strongest links\./,
  );
  await net.screenshot({ path: 'test-results/network-scale-svg.png' });

  // More people than CANVAS_FROM: one canvas, laid out in the worker, announced while it runs.
  const slider = net.getByRole('slider', { name: 'People' });
  await slider.fill('1500');
  await slider.dispatchEvent('change');
  const canvas = net.getByRole('listbox', { name: /Coauthor network of 1,500 people/ });
  await expect(canvas).toBeVisible({ timeout: 60_000 });
  await expect(net.locator('.laying')).toHaveCount(0, { timeout: 60_000 });
  await expect(net.locator('g.node')).toHaveCount(0);
  await net.screenshot({ path: 'test-results/network-scale-canvas.png' });

  // Keyboard: arrows walk the people by papers (the listbox's active option names them); Enter filters.
  await canvas.focus();
  await page.keyboard.press('ArrowRight');
  await expect(canvas).toHaveAttribute('aria-activedescendant', 'network-active-person');
  const active = canvas.getByRole('option');
  await expect(active).toHaveText(/^.+, [\d,]+ papers?$/);
  await expect(active).toHaveAttribute('aria-posinset', '1');
  const [, papersOf] = /, ([\d,]+) papers?$/.exec((await active.textContent())?.trim() ?? '')!;
  await page.keyboard.press('Enter');
  await expect(status(page)).toHaveText(`Showing ${papersOf} of ${COUNT.toLocaleString('en')} papers`);
  await page.keyboard.press('Enter');
  await expect(status(page)).toHaveText(`${COUNT.toLocaleString('en')} papers`);

  // Mouse: hit-testing finds a person under the pointer (the tooltip names them) and a click filters.
  const box = (await canvas.boundingBox())!;
  let found = false;
  for (let i = 0; i < 600 && !found; i++) {
    await page.mouse.move(
      box.x + 10 + ((i * 37) % (box.width - 20)),
      box.y + 10 + ((i * 53) % (box.height - 20)),
    );
    found = (await net.locator('.tip').count()) > 0;
  }
  expect(found, 'a person under the pointer somewhere on the canvas').toBe(true);
  const tipText = (await net.locator('.tip').first().textContent()) ?? '';
  const [, hovered] = /· ([\d,]+) papers?/.exec(tipText)!;
  await page.mouse.down();
  await page.mouse.up();
  await expect(status(page)).toHaveText(`Showing ${hovered} of ${COUNT.toLocaleString('en')} papers`);
  expect(await axeViolations(page)).toEqual([]);
});
