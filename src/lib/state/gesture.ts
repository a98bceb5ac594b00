/**
 * Gestures: runs of filter changes the user makes as one act — a drag across the years, a run of
 * Shift+arrow presses. Each clause made during a gesture carries its id, and the address keeps
 * one history entry per gesture (the first change pushes, the rest replace it), so Back returns
 * to before the drag, not through every year it crossed.
 */
import type { Clause } from './clauses';

const tags = new WeakMap<Clause, number>();
let lastId = 0;

/** A fresh gesture id. */
export function newGesture(): number {
  return ++lastId;
}

/** The clause, marked as made during gesture `id` (unmarked for null: a change of its own). */
export function inGesture<C extends Clause>(clause: C, id: number | null): C {
  if (id !== null) tags.set(clause, id);
  return clause;
}

/**
 * The gesture of a change from the clauses `before` to `after`: the id all the new clauses were
 * made in, or null when the change is not one gesture's (a clause removed, an unmarked clause,
 * or clauses of different gestures).
 */
export function changeGesture(before: ReadonlySet<Clause>, after: readonly Clause[]): number | null {
  const added = after.filter((c) => !before.has(c));
  const removed = [...before].filter((c) => !after.some((a) => a.source === c.source));
  if (!added.length || removed.length) return null;
  const id = tags.get(added[0]);
  return id !== undefined && added.every((c) => tags.get(c) === id) ? id : null;
}
