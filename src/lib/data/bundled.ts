import profileText from '../../../data/profile-walmsley.txt?raw';
import { parseProfileText } from './profile-text';
import type { ParseResult } from './paper';

export const BUNDLED_FILE = 'profile-walmsley.txt';
/** The day the bundled page was captured: undated papers ("Feb 20") are placed relative to it. */
export const BUNDLED_AS_OF = '2026-11-26';

/** The bundled default profile, parsed with the same code as any user file. */
export function loadBundledProfile(): ParseResult {
  return parseProfileText(profileText, { file: BUNDLED_FILE, asOf: BUNDLED_AS_OF });
}
