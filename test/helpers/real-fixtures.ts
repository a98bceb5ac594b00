/**
 * The shared real-world files (`../shared/fixtures/real/` beside the project), read in place and
 * never copied in. One loader for every tier: Node tests read text or bytes, Playwright gets paths.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The folder of the shared real fixtures. */
export const REAL_DIR = new URL('../../../shared/fixtures/real/', import.meta.url);

/** The file's absolute path (for a file picker or a CLI call). */
export const realPath = (name: string): string => fileURLToPath(new URL(name, REAL_DIR));

/** The file's text, decoded as UTF-8. */
export const realText = (name: string): string => readFileSync(new URL(name, REAL_DIR), 'utf8');

/** The file's bytes, for tests that decode them as the app does. */
export const realBytes = (name: string): Uint8Array => new Uint8Array(readFileSync(new URL(name, REAL_DIR)));

/** Every shared fixture (its `.source.txt` notes left out). */
export const realFixtures = (): string[] =>
  readdirSync(REAL_DIR)
    .filter((f) => !f.endsWith('.source.txt'))
    .sort();
