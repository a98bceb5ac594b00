/**
 * The source of a collection held in the page: answers from the `Paper` objects by the model
 * functions, at once where it can (so a click's first views draw in its own frame) and later for
 * text questions, which the text worker answers.
 *
 *   question ─► filter ─► PageFilter (a pass per clause, kept) ─► papers ─► model function ─► answer
 */
import { paperGroups } from '../../model/group-info';
import { bestGroupKind, GROUP_KINDS } from '../../model/group-kinds';
import { yearSpan } from '../../model/timeline';
import { countUndated } from '../../model/undated';
import { canonicalCategory } from '../../data/arxiv-taxonomy';
import { byCountThenId } from '../order';
import { allOf, after, loadOnce, type Maybe } from '../maybe';
import type {
  AnswerTo,
  CollectionInfo,
  DataSource,
  LookupAnswer,
  LookupQuestion,
  Question,
} from '../questions';
import type { PageCollection } from './page-collection';
import { PageFilter } from './page-filter';
import { lookupGroups } from './page-groups';
import { PageText } from './page-text';
import { codeOf, countsOf, summaryOf } from './page-counts';
import { cubeCounts } from './page-cube';
import { highlightsOf, papersOf } from './page-papers';
import { collectionCitations } from './page-citations-info';
import type { TermsFeed } from '../../workers/text-feed';

// Questions asked only by views that load on demand: their code loads with the first question.
const network = loadOnce(() => import('./page-network'));
const collaboration = loadOnce(() => import('./page-collaboration'));
const citations = loadOnce(() => import('./page-citations'));

export class PageSource implements DataSource {
  readonly info: CollectionInfo;
  readonly #c: PageCollection;
  readonly #text: PageText;
  readonly #filter: PageFilter;
  #closed = false;

  constructor(collection: PageCollection) {
    this.#c = collection;
    this.#text = new PageText(collection);
    this.#filter = new PageFilter(collection, this.#text);
    this.info = infoOf(collection);
  }

  ask<Q extends Question>(question: Q): AnswerTo<Q> | Promise<AnswerTo<Q>> {
    if (this.#closed) return new Promise(() => {});
    return this.#answer(question) as Maybe<AnswerTo<Q>>;
  }

  close(): void {
    this.#closed = true;
  }

  /** Takes over the terms a text worker counted while the collection's file streamed in. */
  adoptTerms(feed: TermsFeed): Promise<void> {
    return this.#text.adoptTerms(feed);
  }

  /** Builds the word index ahead of the first search (a field held in the collection worker, after its terms view). */
  indexWords(): Promise<void> {
    return this.#text.indexWords();
  }

  #answer(q: Question): Maybe<AnswerTo<Question>> {
    const c = this.#c;
    switch (q.kind) {
      case 'counts':
        return (
          cubeCounts(c.papers, q) ??
          after(this.#filter.select(q.filter), (s) => countsOf(s.papers, q.period, q.categories, q.group))
        );
      case 'code':
        return after(this.#filter.select(q.filter), (s) => codeOf(s.papers));
      case 'collaboration':
        return after(collaboration(), (m) =>
          after(this.#filter.select(q.filter), (s) => m.collaborationOf(c, s.papers)),
        );
      case 'summary':
        return after(this.#filter.select(q.filter), (s) => summaryOf(s.papers, c, q.group));
      case 'top-graph':
        return after(network(), (m) => m.topGraphOf(c, q));
      case 'graph':
        return after(network(), (m) => after(this.#filter.select(q.filter), (s) => m.graphOfFilter(c, s, q)));
      case 'communities':
        return after(this.#text.communities(), (found) => ({ list: found.list }));
      case 'papers':
        return after(this.#filter.select(q.filter), (s) => papersOf(c, s.papers, q));
      case 'abstract':
        return { abstract: c.papers[q.index]?.abstract ?? '' };
      case 'highlights':
        return after(this.#filter.select(q.filter), (s) => highlightsOf(c, s.papers));
      case 'records':
        return after(this.#filter.select(q.filter), (s) => ({ papers: [...s.papers] }));
      case 'terms':
        return after(this.#filter.select(q.filter), async (s) => ({
          ...(await this.#text.terms(s.indexes, q.selected, q.limit)),
          undated: countUndated(s.papers),
        }));
      case 'lookup':
        return this.#lookup(q);
      case 'citations':
        return after(citations(), (m) =>
          after(this.#filter.select(q.filter), (s) => m.citationsOf(s.papers, q.top, q.group)),
        );
    }
  }

  #lookup(q: LookupQuestion): Maybe<LookupAnswer> {
    const { papers, people } = this.#c;
    const cats = new Map<string, string>();
    for (const p of papers) for (const id of p.categories) cats.set(id.toLowerCase(), id);
    const category = (text: string) =>
      cats.get(text.toLowerCase()) ?? cats.get((canonicalCategory(text) ?? '').toLowerCase()) ?? null;
    const person = (name: string) => {
      const id = people.resolve(name);
      return id === undefined ? null : { id, name: people.byId.get(id)?.name ?? name };
    };
    const communities: Maybe<LookupAnswer['communities']> = q.communities.length
      ? after(this.#text.communities(), (found) =>
          q.communities.map((i) => {
            const c = found.list[i];
            return c ? { index: i, label: c.label, members: c.members.length } : null;
          }),
        )
      : [];
    const terms = q.terms.length ? this.#text.lookupTerms(q.terms) : [];
    const byId = q.papers?.length ? new Map(papers.map((p) => [p.id, p])) : null;
    const paper = (id: string) => {
      const p = byId?.get(id);
      return p ? { id: p.id, title: p.title } : null;
    };
    return after(allOf<unknown>([communities, terms]), ([communityAnswers, termAnswers]) => ({
      categories: q.categories.map(category),
      people: q.people.map(person),
      terms: termAnswers as LookupAnswer['terms'],
      communities: communityAnswers as LookupAnswer['communities'],
      ...(q.groups ? { groups: lookupGroups(papers, q.groups.kind, q.groups.texts) } : {}),
      papers: (q.papers ?? []).map(paper),
    }));
  }
}

function infoOf(c: PageCollection): CollectionInfo {
  const counts = new Map<string, number>();
  let undated = 0;
  let inferred = 0;
  for (const p of c.papers) {
    if (p.year === null) undated++;
    if (p.yearInferred) inferred++;
    const cat = p.categories[0];
    if (cat) counts.set(cat, (counts.get(cat) ?? 0) + 1);
  }
  const owner = c.ownerId ? (c.people.byId.get(c.ownerId) ?? null) : null;
  return {
    size: c.papers.length,
    span: yearSpan(c.papers),
    undated,
    inferred,
    categories: [...counts].map(([id, count]) => ({ id, count })).sort(byCountThenId),
    // Counted as the views group (categories of other schemes too), so the menu's count is what they show.
    groupKinds: GROUP_KINDS.map((kind) => ({
      kind,
      papers: c.papers.filter((p) => paperGroups(p, kind).length > 0).length,
    })),
    defaultGroup: bestGroupKind(c.papers),
    people: c.people.people.length,
    owner: owner && { id: owner.id, name: owner.name },
    profile: c.profile,
    source: c.source,
    citations: collectionCitations(c.papers),
  };
}
