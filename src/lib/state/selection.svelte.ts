/**
 * The one selection store: clauses keyed by source, combined by intersection. Crossfilter rule:
 * a view asks with its own source and is filtered by every clause but its own, so a brushed
 * timeline still shows the other years (dimmed by the chart itself).
 */
import { untrack } from 'svelte';
import type { Paper } from '../data/paper';
import type { Clause, SourceId } from './clauses';

/** The same clause objects for the same sources (clause maps are replaced on every change). */
function sameClauses(a: ReadonlyMap<SourceId, Clause>, b: ReadonlyMap<SourceId, Clause>): boolean {
  if (a === b) return true;
  if (a.size !== b.size) return false;
  for (const [source, clause] of a) if (b.get(source) !== clause) return false;
  return true;
}

const ORDER: SourceId[] = ['timeline', 'categories', 'network', 'community', 'term', 'search', 'code'];

export class Selection {
  #clauses = $state.raw<ReadonlyMap<SourceId, Clause>>(new Map());
  /** The selection this one follows (writes go there); null for the store itself. */
  #leader: Selection | null = null;
  #passes: Passes = new Passes();

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
   * own task updates the fast views (status, timeline, categories, list), the browser paints them,
   * and then each slower view updates in a task of its own, none holding the page for long. Writes go to this
   * selection. `lag` says whether to wait (small collections follow at once, in the same frame).
   * Call during component set-up (it registers an effect).
   */
  follower(lag: () => boolean = () => true): Selection {
    const follower = new Selection();
    follower.#leader = this;
    follower.#passes = this.#passes;
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

  /**
   * The papers a view should draw: all clauses but its own. Every view asks once per change, so
   * the clauses run once per paper for all of them (crossfilter's trick): a paper failing no
   * clause is in every view, one failing exactly one clause is in that clause's view only.
   */
  filter(papers: readonly Paper[], except?: SourceId): readonly Paper[] {
    const view = this.#view(papers, except);
    if (!view) return papers;
    const { failed, own } = view;
    let list = failed.lists.get(own);
    if (!list) {
      const only = failed.only;
      const kept: Paper[] = [];
      for (let i = 0; i < only.length; i++) if (only[i] === NONE || only[i] === own) kept.push(papers[i]);
      list = kept;
      failed.lists.set(own, list);
    }
    return list;
  }

  /**
   * The same papers as `filter`, as ascending indexes into `papers` (for workers, which hold the
   * collection in the same order); null when no clause applies, meaning every paper.
   */
  indexes(papers: readonly Paper[], except?: SourceId): Int32Array | null {
    const view = this.#view(papers, except);
    if (!view) return null;
    const { failed, own } = view;
    const only = failed.only;
    let n = 0;
    for (let i = 0; i < only.length; i++) if (only[i] === NONE || only[i] === own) n++;
    const out = new Int32Array(n);
    for (let i = 0, k = 0; i < only.length; i++) if (only[i] === NONE || only[i] === own) out[k++] = i;
    return out;
  }

  /**
   * The failures of the clauses and the index of `except`'s own clause (-1: none), which a paper
   * may fail and still be in that view; null when no clause but its own applies.
   */
  #view(papers: readonly Paper[], except?: SourceId): { failed: Failures; own: number } | null {
    const clauses = this.clauses;
    if (clauses.every((c) => c.source === except)) return null;
    const own = except ? clauses.findIndex((c) => c.source === except) : -1;
    return { failed: this.#passes.failures(papers, this.#clauses, clauses), own };
  }
}

const NONE = -1;
const MANY = -2;

interface Failures {
  /** Per paper: NONE, the index of the one clause it fails, or MANY. */
  only: Int8Array;
  /** Filtered lists by the index of the clause skipped (-1: none skipped). */
  lists: Map<number, readonly Paper[]>;
}

/**
 * The clause evaluations shared by a selection and its followers: each clause's pass over the
 * papers is kept while the clause stays (a click changes one clause; the others are not re-run),
 * and the combined failures of the last two clause sets (the leader's and the followers').
 */
class Passes {
  #byClause = new WeakMap<Clause, { papers: readonly Paper[]; pass: Uint8Array }>();
  #recent: { papers: readonly Paper[]; key: ReadonlyMap<SourceId, Clause>; failed: Failures }[] = [];

  failures(
    papers: readonly Paper[],
    key: ReadonlyMap<SourceId, Clause>,
    clauses: readonly Clause[],
  ): Failures {
    const hit = this.#recent.find((r) => r.papers === papers && r.key === key);
    if (hit) return hit.failed;
    const passes = clauses.map((c) => this.#pass(papers, c));
    const only = new Int8Array(papers.length).fill(NONE);
    passes.forEach((pass, k) => {
      for (let i = 0; i < only.length; i++) {
        if (pass[i]) continue;
        only[i] = only[i] === NONE ? k : MANY;
      }
    });
    const failed: Failures = { only, lists: new Map() };
    this.#recent = [{ papers, key, failed }, ...this.#recent.slice(0, 1)];
    return failed;
  }

  /** 1 where the paper passes the clause. */
  #pass(papers: readonly Paper[], clause: Clause): Uint8Array {
    const kept = this.#byClause.get(clause);
    if (kept?.papers === papers) return kept.pass;
    let pass: Uint8Array;
    if (clause.mask) pass = clause.mask(papers);
    else {
      pass = new Uint8Array(papers.length);
      const predicate = clause.predicate;
      for (let i = 0; i < papers.length; i++) pass[i] = predicate(papers[i]) ? 1 : 0;
    }
    this.#byClause.set(clause, { papers, pass });
    return pass;
  }
}
