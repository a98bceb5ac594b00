/**
 * The trend views as exports, for the page's Export menus and the CLI's `render` alike: each
 * draws with the spec function its component draws with and saves the rows behind it as CSV.
 */
import { categoryTrendsSpec, type CategoryTrendsSpecInput } from './category-trends-spec';
import { CODE_COLOR, codeAvailabilitySpec, type CodeAvailabilitySpecInput } from './code-availability-spec';
import {
  collaborationSpec,
  NEW_COLOR,
  RETURNING_COLOR,
  type CollaborationSpecInput,
} from './collaboration-spec';
import { termsSpec, type TermsSpecInput } from './terms-spec';
import type { GroupKind } from '../model/group-kinds';
import { trendLabel } from './category-trends-text';
import { OTHER_COLOR } from '../model/palette';
import type { ChartExport } from '../export/chart-export';
import { plotExport } from '../export/plot-export';

/** What every export needs besides its data: its size on the page and the active filters. */
interface Frame {
  width: number;
  height: number;
  filters: readonly string[];
}

type Data<T> = Omit<T, 'width' | 'height' | 'fontSize'>;

export function categoryTrendsExport(
  data: Data<CategoryTrendsSpecInput>,
  frame: Frame,
  group: GroupKind = 'category',
): ChartExport {
  const cats = [...new Set(data.rows.map((r) => r.category))];
  return plotExport({
    name: 'category-trends',
    title: 'Category trends',
    ...frame,
    legend: cats.map((c) => ({
      label: trendLabel(c, group),
      color: data.colors.get(c) ?? OTHER_COLOR,
    })),
    spec: (s) => categoryTrendsSpec({ ...data, ...s }),
    rows: () => data.rows,
  });
}

export function codeAvailabilityExport(data: Data<CodeAvailabilitySpecInput>, frame: Frame): ChartExport {
  return plotExport({
    name: 'code-availability',
    title: 'Code availability',
    ...frame,
    legend: [
      { label: 'Papers with code', color: CODE_COLOR },
      { label: 'All papers', color: 'var(--ghost)' },
    ],
    spec: (s) => codeAvailabilitySpec({ ...data, ...s }),
    rows: () => data.rows,
  });
}

export function collaborationExport(data: Data<CollaborationSpecInput>, frame: Frame): ChartExport {
  return plotExport({
    name: 'collaboration',
    title: 'Collaboration over time',
    ...frame,
    legend: [
      { label: 'New coauthors', color: NEW_COLOR },
      { label: 'Returning coauthors', color: RETURNING_COLOR },
    ],
    spec: (s) => collaborationSpec({ ...data, ...s }),
    rows: () => data.rows,
  });
}

export function termsExport(data: Data<TermsSpecInput>, frame: Frame): ChartExport {
  return plotExport({
    name: 'terms',
    title: 'Terms over time',
    ...frame,
    legend: [
      { label: 'Share of the year’s papers mentioning the term (darker: more)', color: 'var(--accent)' },
    ],
    spec: (s) => termsSpec({ ...data, ...s }),
    rows: () => data.cells,
  });
}
