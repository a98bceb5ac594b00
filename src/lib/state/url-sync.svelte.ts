/**
 * Keeps the selection and the address bar in step: a filter change pushes a history entry (text
 * typing, and every change after the first of one gesture such as a drag, replaces it instead),
 * Back/Forward restore the clauses, and the first load reads them. Names in the address (a
 * category, a person, a term, a community) are resolved by the collection's data source.
 */
import type { GroupKind } from '../model/group-kinds';
import type { DataSource } from '../source/questions';
import { decodeClauses, encodeClauses } from './clause-codec';
import type { Clause } from './clauses';
import { changeGesture } from './gesture';
import type { Selection } from './selection.svelte';
import { addressOf, readGroup, readTheme, unknownParameters, type Theme } from './url-state';

export class UrlSync {
  notices = $state<string[]>([]);
  theme = $state<Theme | null>(null);
  #lastSearch = '';
  /** The clauses at the last write, and the gesture that write belonged to. */
  #written: ReadonlySet<Clause> = new Set();
  #gesture: number | null = null;
  /** While a start-up file loads, the address keeps its filters for it: nothing is written. */
  #held = false;

  constructor(
    private readonly source: () => DataSource,
    private readonly selection: Selection,
    /** Holds what the category views group by, as the user chose it (null: the default). */
    private readonly grouping: { chosenGroup: GroupKind | null } = { chosenGroup: null },
  ) {}

  /**
   * Applies the current address to the selection, once its names are resolved. A change of the
   * selection meanwhile (the user acted on what is shown) wins over the address, as a newer
   * address does.
   */
  async restore(): Promise<void> {
    const search = location.search;
    const before = this.selection.filter;
    const params = new URLSearchParams(search);
    const notices = unknownParameters(params);
    const theme = readTheme(params, notices);
    const group = readGroup(params, notices);
    const { clauses, notices: filterNotices } = await decodeClauses(params, this.source());
    // Navigated again while the names were resolved: that address wins.
    if (location.search !== search || this.selection.filter !== before) return;
    this.notices = [...notices, ...filterNotices];
    this.theme = theme;
    // An address with a group filter but no grouping shows the groups it filters by.
    const kind = (clauses.find((c) => c.source === 'categories') as Clause<'categories'> | undefined)?.value
      .kind;
    const fallback = kind && kind !== this.source().info.defaultGroup ? kind : null;
    this.grouping.chosenGroup = group ?? fallback;
    this.selection.replaceAll(clauses);
    this.#lastSearch = search.replace(/^\?/, '');
    this.#written = new Set(this.selection.clauses);
    this.#gesture = null;
  }

  /** Stops writing until `release`: the address's filters wait for the collection they name. */
  hold(): void {
    this.#held = true;
  }

  /** Writes again, starting with what changed while held. */
  release(): void {
    this.#held = false;
    this.write();
  }

  /** Writes the selection to the address; call from an effect. */
  write(): void {
    if (this.#held) return;
    const clauses = this.selection.clauses;
    const next = addressOf(
      new URLSearchParams(location.search),
      encodeClauses(clauses),
      this.theme,
      this.grouping.chosenGroup,
    );
    const gesture = changeGesture(this.#written, clauses);
    this.#written = new Set(clauses);
    if (next === this.#lastSearch) return;
    const sameGesture = gesture !== null && gesture === this.#gesture;
    this.#gesture = gesture;
    const onlyText = sameExceptQ(next, this.#lastSearch);
    const url = `${location.pathname}${next ? `?${next}` : ''}${location.hash}`;
    if (onlyText || sameGesture) history.replaceState(null, '', url);
    else history.pushState(null, '', url);
    this.#lastSearch = next;
  }

  /** Starts listening to Back/Forward; returns the stop function. */
  listen(): () => void {
    const onPop = () => void this.restore();
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  }
}

function sameExceptQ(a: string, b: string): boolean {
  const pa = new URLSearchParams(a);
  const pb = new URLSearchParams(b);
  if (pa.get('q') === pb.get('q')) return false;
  pa.delete('q');
  pb.delete('q');
  // Typing extends the same entry; clearing or starting a search is its own step.
  return (
    pa.toString() === pb.toString() &&
    Boolean(new URLSearchParams(a).get('q')) &&
    Boolean(new URLSearchParams(b).get('q'))
  );
}
