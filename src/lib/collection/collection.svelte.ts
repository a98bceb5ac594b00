/** The loaded collection: papers, the profile, where they came from and what went wrong reading them. */
import type { Paper, Problem, Profile } from '../data/paper';
import { mergePeople, type AliasTable, type PeopleIndex } from '../model/name-merge';
import type { GroupKind } from '../model/group-kinds';
import { groupColors } from '../model/palette';
import { chooseOwner, type OwnerChoice, type ProfileMismatch } from '../model/owner';
import aliasesJson from '../../../data/aliases.json';
import { loadAliasEdits } from './alias-store';
import { PageSource } from '../source/page/page-source';
import type { DataSource } from '../source/questions';
import type { WorkerSource } from '../source/worker/worker-source';
import type { Held } from './collection-worker-client';

export interface LoadedCollection {
  profile: Profile;
  papers: readonly Paper[];
  /** File names or a label for where the papers came from. */
  source: string;
  problems: readonly Problem[];
}

const bundledAliases: AliasTable = { same: aliasesJson.same ?? [], different: aliasesJson.different ?? [] };

export const EMPTY_COLLECTION: LoadedCollection = {
  profile: { name: null, metrics: [], asOf: '', declaredPapers: null, mainCategory: null },
  papers: [],
  source: '',
  problems: [],
};

export class CollectionStore {
  #current: LoadedCollection = $state.raw(EMPTY_COLLECTION);
  /** The page's own papers; setting them leaves a server's collection (see `served`). */
  get current(): LoadedCollection {
    return this.#current;
  }
  set current(next: LoadedCollection) {
    this.served?.close();
    this.served = null;
    this.preview?.close();
    this.preview = null;
    this.held?.close();
    this.held = null;
    this.#current = next;
  }
  /** The bundled alias table, or the user's edited copy of it from an earlier visit. */
  aliases = $state.raw<AliasTable>(loadAliasEdits() ?? bundledAliases);

  /**
   * A collection answered by a server (`npm run serve`): the page holds no papers, its questions
   * go to the server, and the facts the header shows come with the source. Null: the page's own.
   */
  served = $state.raw<DataSource | null>(null);
  /** The served collection's last failed question, until one is answered again. */
  serverTrouble = $state<string | null>(null);
  /**
   * The first views of a file still streaming in (PreviewSource), shown in place of the
   * collection until the file is read; null otherwise. Setting `current` ends it.
   */
  preview = $state.raw<DataSource | null>(null);
  /**
   * A field-size collection kept by the collection worker (WorkerSource): the page holds no
   * paper of it, as with a server's. Set after `current`, whose setting ends it.
   */
  held = $state.raw<WorkerSource | null>(null);
  /** Whose questions and facts the page shows when they are not the page's own papers'. */
  readonly elsewhere: DataSource | null = $derived(this.preview ?? this.served ?? this.held);

  readonly papers: readonly Paper[] = $derived(this.current.papers);
  readonly profile: Profile = $derived(this.elsewhere?.info.profile ?? this.current.profile);
  /** Where the papers came from: file names or a label. */
  readonly label: string = $derived(this.elsewhere?.info.source ?? this.current.source);
  /** The owner picked by the user for a collection that is not a profile (null: nobody, a group). */
  #picked = $state.raw<{ for: LoadedCollection; name: string | null } | null>(null);
  /** People before any owner is added: for inferring and offering an owner. */
  readonly #unowned: PeopleIndex = $derived(mergePeople(this.current.papers, { aliases: this.aliases }));
  /** The profile's person when every paper can be theirs; else whom the papers point to. */
  readonly #choice: OwnerChoice = $derived(
    chooseOwner(this.current.papers, this.current.profile, this.#unowned),
  );
  /** A named profile that is not the whole collection's: said in the header. */
  readonly profileMismatch: ProfileMismatch | null = $derived(this.#choice.mismatch);
  /** The profile's owner; else the user's pick; else the person on at least half of the papers. */
  readonly ownerName: string | null = $derived(
    this.elsewhere
      ? (this.elsewhere.info.owner?.name ?? null)
      : !this.#choice.fromProfile && this.#picked?.for === this.current
        ? this.#picked.name
        : this.#choice.name,
  );
  /** The profile as a slide shows it, without a caption: not someone else's name and metrics over these papers. */
  readonly slideProfile: Profile = $derived(
    this.elsewhere
      ? this.profile
      : this.#choice.mismatch
        ? { ...this.current.profile, name: this.ownerName, metrics: [] }
        : this.current.profile,
  );
  /** Whom the user may pick as the owner of a group collection (most papers first); none for a profile. */
  readonly ownerChoices: string[] = $derived(
    this.#choice.fromProfile ? [] : this.#unowned.people.slice(0, 40).map((p) => p.name),
  );
  /** Without an owner this is the same merge as `#unowned`: reuse it (name merging is costly on large collections). */
  readonly people: PeopleIndex = $derived(
    this.ownerName === null
      ? this.#unowned
      : mergePeople(this.current.papers, { owner: this.ownerName, aliases: this.aliases }),
  );
  readonly ownerId: string | undefined = $derived(
    this.ownerName ? this.people.resolve(this.ownerName) : undefined,
  );
  /** Where the views' questions about this collection are answered: here, in the page. */
  readonly source: DataSource = $derived(
    this.elsewhere ??
      new PageSource({
        papers: this.current.papers,
        people: this.people,
        profile: this.current.profile,
        source: this.current.source,
        ownerId: this.ownerId,
      }),
  );

  /** The "Group by" kind the user chose for this collection (a new collection starts from its default). */
  #group = $state.raw<{ for: LoadedCollection; kind: GroupKind | null } | null>(null);

  /** The user's grouping of this collection; null: the source's default (`info.defaultGroup`). */
  get chosenGroup(): GroupKind | null {
    return this.#group?.for === this.current ? this.#group.kind : null;
  }
  set chosenGroup(kind: GroupKind | null) {
    this.#group = { for: this.current, kind };
  }

  /** What the category views group papers by. */
  readonly group: GroupKind = $derived(this.chosenGroup ?? this.source.info.defaultGroup);
  /**
   * Group → colour of the page's own papers, shared by every view. A served or previewed
   * collection's colours come from its source's groups (App asks for them).
   */
  readonly colors: Map<string, string> = $derived(groupColors(this.current.papers, this.group));

  constructor(initial: LoadedCollection) {
    this.current = initial;
  }

  /** Shows a collection the collection worker keeps: its facts here, its papers there. */
  hold({ collection, source }: Held): void {
    const { profile, label, problems } = collection;
    this.current = { profile, papers: [], source: label, problems };
    this.held = source;
  }

  /** Makes `name` the owner of this (non-profile) collection, or nobody with null. */
  pickOwner(name: string | null): void {
    this.#picked = { for: this.current, name };
  }
}
