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

  /** The combined predicate, skipping the clause of `except`. */
  predicate(except?: SourceId): (p: Paper) => boolean {
    const preds = this.clauses.filter((c) => c.source !== except).map((c) => c.predicate);
    if (preds.length === 0) return () => true;
    return (p) => preds.every((f) => f(p));
  }

  /** The papers a view should draw: all clauses but its own. */
  filter(papers: readonly Paper[], except?: SourceId): readonly Paper[] {
    if (this.clauses.every((c) => c.source === except)) return papers;
    return papers.filter(this.predicate(except));
  }
}
