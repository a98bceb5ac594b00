/**
 * The one selection store: clauses keyed by source, combined by intersection. Crossfilter rule:
 * a view asks with its own source and is filtered by every clause but its own, so a brushed
 * timeline still shows the other years (dimmed by the chart itself).
 */
import type { Paper } from '../data/paper';
import type { Clause, SourceId } from './clauses';

const ORDER: SourceId[] = ['timeline', 'categories', 'network', 'community', 'term', 'search', 'code'];

export class Selection {
  #clauses = $state.raw<ReadonlyMap<SourceId, Clause>>(new Map());

  /** Active clauses in a fixed order (the chip order). */
  get clauses(): Clause[] {
    return ORDER.flatMap((s) => {
      const c = this.#clauses.get(s);
      return c ? [c] : [];
    });
  }

  get<S extends SourceId>(source: S): Clause<S> | undefined {
    return this.#clauses.get(source) as Clause<S> | undefined;
  }

  /** Publishes a clause for its source; null clears the source. */
  set(source: SourceId, clause: Clause | null): void {
    const next = new Map(this.#clauses);
    if (clause) next.set(source, clause);
    else next.delete(source);
    this.#clauses = next;
  }

  /** Replaces every clause at once (URL restore, Back/Forward). */
  replaceAll(clauses: readonly Clause[]): void {
    this.#clauses = new Map(clauses.map((c) => [c.source, c]));
  }

  reset(): void {
    this.#clauses = new Map();
  }

  /**
   * The papers a view should draw: all clauses but its own. Every view asks once per change, so
   * the clauses run once per paper for all of them (crossfilter's trick): a paper failing no
   * clause is in every view, one failing exactly one clause is in that clause's view only.
   */
  filter(papers: readonly Paper[], except?: SourceId): readonly Paper[] {
    const clauses = this.clauses;
    if (clauses.every((c) => c.source === except)) return papers;
    const failed = this.#failures(papers, clauses);
    const own = except ? clauses.findIndex((c) => c.source === except) : -1;
    let list = failed.lists.get(own);
    if (!list) {
      const only = failed.only;
      list = papers.filter((_, i) => only[i] === NONE || only[i] === own);
      failed.lists.set(own, list);
    }
    return list;
  }

  #memo: { papers: readonly Paper[]; clauses: ReadonlyMap<SourceId, Clause>; failed: Failures } | null = null;

  /** Per paper: NONE, the index of the one clause it fails, or MANY (memoised per papers and clauses). */
  #failures(papers: readonly Paper[], clauses: readonly Clause[]): Failures {
    const key = this.#clauses;
    if (this.#memo?.papers === papers && this.#memo.clauses === key) return this.#memo.failed;
    const only = new Int8Array(papers.length);
    const preds = clauses.map((c) => c.predicate);
    for (let i = 0; i < papers.length; i++) {
      let failed = NONE;
      for (let k = 0; k < preds.length; k++) {
        if (preds[k](papers[i])) continue;
        if (failed !== NONE) {
          failed = MANY;
          break;
        }
        failed = k;
      }
      only[i] = failed;
    }
    const failed: Failures = { only, lists: new Map() };
    this.#memo = { papers, clauses: key, failed };
    return failed;
  }
}

const NONE = -1;
const MANY = -2;

interface Failures {
  only: Int8Array;
  /** Filtered lists by the index of the clause skipped (-1: none skipped). */
  lists: Map<number, readonly Paper[]>;
}
