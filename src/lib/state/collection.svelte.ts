/** The loaded collection: papers, the profile, where they came from and what went wrong reading them. */
import type { Paper, Problem, Profile } from '../data/paper';
import { mergePeople, type AliasTable, type PeopleIndex } from '../model/name-merge';
import { categoryColors } from '../model/palette';
import { inferOwner } from '../model/collection-summary';
import aliasesJson from '../../../data/aliases.json';
import { loadAliasEdits } from './alias-store';

export interface LoadedCollection {
  profile: Profile;
  papers: readonly Paper[];
  /** File names or a label for where the papers came from. */
  source: string;
  problems: readonly Problem[];
}

const bundledAliases: AliasTable = { same: aliasesJson.same ?? [], different: aliasesJson.different ?? [] };

const EMPTY: LoadedCollection = {
  profile: { name: null, metrics: [], asOf: '', declaredPapers: null, mainCategory: null },
  papers: [],
  source: '',
  problems: [],
};

export class CollectionStore {
  current: LoadedCollection = $state.raw(EMPTY);
  /** The bundled alias table, or the user's edited copy of it from an earlier visit. */
  aliases = $state.raw<AliasTable>(loadAliasEdits() ?? bundledAliases);

  readonly papers: readonly Paper[] = $derived(this.current.papers);
  readonly profile: Profile = $derived(this.current.profile);
  /** The profile's owner, or for other lists the person on at least half of the papers. */
  readonly ownerName: string | null = $derived(
    this.current.profile.name ??
      inferOwner(this.current.papers, mergePeople(this.current.papers, { aliases: this.aliases })),
  );
  readonly people: PeopleIndex = $derived(
    mergePeople(this.current.papers, { owner: this.ownerName, aliases: this.aliases }),
  );
  readonly colors: Map<string, string> = $derived(categoryColors(this.current.papers));
  readonly ownerId: string | undefined = $derived(
    this.ownerName ? this.people.resolve(this.ownerName) : undefined,
  );

  constructor(initial: LoadedCollection) {
    this.current = initial;
  }
}
