// @vitest-environment jsdom
/**
 * Component tier: alike problems are one line that opens to the list (a native <details>), a lone
 * problem stays one line, and nothing from a message is read as markup.
 */
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import type { Problem } from '../../src/lib/data/paper';
import ProblemList from '../../src/lib/ui/ProblemList.svelte';

const longRow = (line: number): Problem => ({
  file: 'long.csv',
  line,
  message: 'One cell more than the header (5, not 4); the last cell was dropped.',
  action: 'repaired',
  code: 'extra-cell',
});
const problems: Problem[] = [
  ...Array.from({ length: 55 }, (_, i) => longRow(i + 2)),
  {
    file: 'x.bib',
    line: 3,
    message: '<img src=x onerror=alert(1)> has no title; skipped.',
    action: 'skipped',
  },
];

describe('ProblemList', () => {
  it('shows 55 alike problems as one collapsed line that opens to each, by line', async () => {
    const { container } = render(ProblemList, { problems });
    const groups = container.querySelectorAll(':scope > ul > li');
    expect(groups).toHaveLength(2);
    const details = container.querySelector('details')!;
    expect(details.open).toBe(false);
    expect(details.querySelector('summary')?.textContent).toBe(
      'long.csv: 55 rows have one cell more than the header: lines 2–56 — the last cell was dropped',
    );
    expect(details.querySelectorAll('li')).toHaveLength(0);
    details.open = true;
    await fireEvent(details, new Event('toggle'));
    const items = within(details).getAllByRole('listitem');
    expect(items).toHaveLength(55);
    expect(items[0].textContent).toBe(
      'line 2: One cell more than the header (5, not 4); the last cell was dropped.',
    );
  });

  it('keeps a lone problem as text, markup and all', () => {
    const { container } = render(ProblemList, { problems });
    expect(screen.getByText(/has no title; skipped/).textContent).toContain('<img src=x onerror=alert(1)>');
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toContain('x.bib, line 3');
  });

  it('says how many kinds are left out past the cap', () => {
    render(ProblemList, { problems, maxGroups: 1 });
    expect(screen.getByText('1 more kind of problem not listed.')).toBeTruthy();
  });
});
