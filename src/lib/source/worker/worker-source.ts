/**
 * A source whose answers come from the collection worker (collection/worker/collection-worker.ts), which
 * holds the papers: the page holds none, only the answers. Counts the cubes hold (years × primary
 * categories, sent once) are answered here at once, so the timeline and categories draw in the
 * click's own frame; the rest is asked of the worker. As with a server, two views asking the
 * same question share one answer, and a newer question of a view's kind replaces the older one,
 * whose answer is then dropped.
 */
import { cubeAnswer, type CubeData } from '../page/page-cube';
import type { AnswerTo, CollectionInfo, DataSource, Question } from '../questions';
import { NEWEST_WINS, slotOf } from '../newest-wins';

/** The part of the worker's client a source uses: ask by source id, a file of the kept collection, and stop. */
export interface WorkerPort {
  ask(source: number, question: Question): Promise<unknown>;
  file(format: 'parquet' | 'json'): Promise<Blob>;
  terminate(): void;
}

export class WorkerSource implements DataSource {
  readonly info: CollectionInfo;
  readonly #port: WorkerPort;
  readonly #id: number;
  readonly #cube: CubeData | null;
  /** Whether closing this source stops the worker (the held collection; not a preview). */
  readonly #owns: boolean;
  readonly #asked = new Map<string, Promise<unknown>>();
  readonly #newest = new Map<string, string>();
  #closed = false;

  constructor(
    port: WorkerPort,
    handle: { source: number; info: CollectionInfo; cube: CubeData | null },
    owns: boolean,
  ) {
    this.#port = port;
    this.#id = handle.source;
    this.info = handle.info;
    this.#cube = handle.cube;
    this.#owns = owns;
  }

  ask<Q extends Question>(question: Q): AnswerTo<Q> | Promise<AnswerTo<Q>> {
    if (this.#closed) return new Promise(() => {});
    if (question.kind === 'counts' && this.#cube) {
      const counted = cubeAnswer(this.#cube, question);
      if (counted) return counted as AnswerTo<Q>;
    }
    const key = JSON.stringify(question);
    const same = this.#asked.get(key);
    if (same) return same as Promise<AnswerTo<Q>>;
    const slot = NEWEST_WINS.includes(question.kind) ? slotOf(question) : null;
    if (slot !== null) this.#newest.set(slot, key);
    const answer = new Promise<AnswerTo<Q>>((resolve, reject) => {
      const current = () => !this.#closed && (slot === null || this.#newest.get(slot) === key);
      this.#port.ask(this.#id, question).then(
        (a) => current() && resolve(a as AnswerTo<Q>),
        (e: Error) => current() && reject(e),
      );
    }).finally(() => {
      if (this.#asked.get(key) === answer) this.#asked.delete(key);
    });
    this.#asked.set(key, answer);
    return answer;
  }

  /** The kept collection as a file, written in the worker (its papers never cross to the page). */
  file(format: 'parquet' | 'json'): Promise<Blob> {
    return this.#port.file(format);
  }

  close(): void {
    this.#closed = true;
    if (this.#owns) this.#port.terminate();
  }
}
