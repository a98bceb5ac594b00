/**
 * The one selection store: clauses keyed by source, combined by intersection. It holds what the
 * user selected and nothing derived. A view asks its source with the selection's filter minus
 * its own clause (crossfilter), so a brushed timeline still shows the other years.
 */
import { untrack } from 'svelte';
import { SOURCE_ORDER, type Filter, type SourceId } from '../source/filter';
import { filterOf, type Clause } from './clauses';

/** The same clause objects for the same sources (clause maps are replaced on every change). */
function sameClauses(a: ReadonlyMap<SourceId, Clause>, b: ReadonlyMap<SourceId, Clause>): boolean {
  if (a === b) return true;
  if (a.size !== b.size) return false;
  for (const [source, clause] of a) if (b.get(source) !== clause) return false;
  return true;
}

/** The filter of each clause map, made once (views compare filters by identity first). */
const filters = new WeakMap<ReadonlyMap<SourceId, Clause>, Filter>();

export class Selection {
  #clauses = $state.raw<ReadonlyMap<SourceId, Clause>>(new Map());
  /** The selection this one follows (writes go there); null for the store itself. */
  #leader: Selection | null = null;

  /** Active clauses in a fixed order (the chip order). */
  get clauses(): Clause[] {
    return SOURCE_ORDER.flatMap((s) => {
      const c = this.#clauses.get(s);
      return c ? [c] : [];
    });
  }

  /** Every clause's value, in source order: what views ask their source with. */
  get filter(): Filter {
    const map = this.#clauses;
    let filter = filters.get(map);
    if (!filter) filters.set(map, (filter = Object.freeze(filterOf(this.clauses))));
    return filter;
  }

  get<S extends SourceId>(source: S): Clause<S> | undefined {
    return this.#clauses.get(source) as Clause<S> | undefined;
  }

  /** Publishes a clause for its source; null clears the source. */
  set(source: SourceId, clause: Clause | null): void {
    if (this.#leader) return this.#leader.set(source, clause);
    const next = new Map(this.#clauses);
    if (clause) next.set(source, clause);
    else next.delete(source);
    this.#clauses = next;
  }

  /** Replaces every clause at once (URL restore, Back/Forward). */
  replaceAll(clauses: readonly Clause[]): void {
    if (this.#leader) return this.#leader.replaceAll(clauses);
    this.#clauses = new Map(clauses.map((c) => [c.source, c]));
  }

  reset(): void {
    if (this.#leader) return this.#leader.reset();
    this.#clauses = new Map();
  }

  /**
   * The same selection as read by a slower view: it catches up after the next paint, so a click's
   * own task updates the fast views (timeline, categories), the browser paints them, and then
   * each slower view updates in a task of its own, none holding the page for long. Writes go to
   * this selection. `lag` says whether to wait (small collections follow at once, in the same
   * frame). Call during component set-up (it registers an effect).
   */
  follower(lag: () => boolean = () => true): Selection {
    const follower = new Selection();
    follower.#leader = this;
    follower.#clauses = this.#clauses;
    $effect(() => {
      const next = this.#clauses;
      // Back to what the view shows (a filter undone before it was drawn): nothing to redraw.
      if (sameClauses(next, follower.#clauses)) return;
      if (!untrack(lag)) {
        follower.#clauses = next;
        return;
      }
      // After the next paint (the fast views' frame), in a task of its own.
      let timer: ReturnType<typeof setTimeout> | undefined;
      const frame = requestAnimationFrame(() => (timer = setTimeout(() => (follower.#clauses = next), 0)));
      return () => {
        cancelAnimationFrame(frame);
        clearTimeout(timer);
      };
    });
    return follower;
  }

  /** True while a follower has not caught up with its leader (its view shows an older filter). */
  get pending(): boolean {
    return this.#leader !== null && !sameClauses(this.#leader.#clauses, this.#clauses);
  }
}
