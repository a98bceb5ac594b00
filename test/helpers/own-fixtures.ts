/**
 * The project's own hand-made fixtures (test/fixtures/<format>/), read from the project root so
 * that every tier finds them the same way (in jsdom `import.meta.url` is not a file URL).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** The fixture's absolute path (for a file picker). */
export const fixturePath = (name: string): string => resolve(process.cwd(), 'test/fixtures', name);

/** The fixture's text, decoded as UTF-8. */
export const fixtureText = (name: string): string => readFileSync(fixturePath(name), 'utf8');
