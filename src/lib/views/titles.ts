/** Every view's and slide's title, as its figure, slide and embed are named. */
export const VIEW_TITLES: Readonly<Record<string, string>> = {
  summary: 'Summary',
  timeline: 'Papers over time',
  categories: 'Categories',
  network: 'Coauthor network',
  papers: 'Papers',
  terms: 'Terms over time',
  'category-trends': 'Category trends',
  collaboration: 'Collaboration over time',
  'code-availability': 'Code availability',
  citations: 'Citations',
  highlights: 'Highlights',
};
