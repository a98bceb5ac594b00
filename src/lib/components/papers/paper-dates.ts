/** A paper's date as the list writes it: "19 Apr 2022", "Apr 2022", "2022" or "undated". */
import type { DatePrecision } from '../../data/paper';

// One formatter per precision: toLocaleDateString builds a new one per call, which dominated
// rendering long lists.
const FORMATS = {
  day: new Intl.DateTimeFormat('en-GB', { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }),
  month: new Intl.DateTimeFormat('en-GB', { year: 'numeric', month: 'short', timeZone: 'UTC' }),
  year: new Intl.DateTimeFormat('en-GB', { year: 'numeric', timeZone: 'UTC' }),
};

export function formatDate(p: { date: string | null; precision: DatePrecision | null }): string {
  if (!p.date) return 'undated';
  const iso = p.date.length === 4 ? `${p.date}-01-01` : p.date.length === 7 ? `${p.date}-01` : p.date;
  return FORMATS[p.precision ?? 'year'].format(new Date(`${iso}T00:00:00Z`));
}
