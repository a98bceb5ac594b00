/** Every view, by id, in dashboard order: adding a view is one module, one component and one line here. */
import { CATEGORIES } from './categories';
import { CATEGORY_TRENDS } from './category-trends';
import { CITATIONS } from './citations';
import { CODE_AVAILABILITY } from './code-availability';
import { COLLABORATION } from './collaboration';
import { NETWORK } from './network';
import { TERMS } from './terms';
import { TIMELINE } from './timeline';
import type { ViewId, ViewRecipe } from './view';

export const VIEWS: Readonly<Record<Exclude<ViewId, 'papers'>, ViewRecipe>> = {
  timeline: TIMELINE,
  categories: CATEGORIES,
  network: NETWORK,
  terms: TERMS,
  'category-trends': CATEGORY_TRENDS,
  collaboration: COLLABORATION,
  'code-availability': CODE_AVAILABILITY,
  citations: CITATIONS,
};
