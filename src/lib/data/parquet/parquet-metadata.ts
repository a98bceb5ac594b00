/**
 * The save format's key–value metadata: `{format, version, profile}` as JSON under one key. A file
 * rewritten by another tool may have lost it; its papers are still read.
 */
import type { FileMetaData } from 'hyparquet';
import { checkProfile } from '../app-json';
import { isObject } from '../json-helpers';
import type { Problem, Profile } from '../paper';
import { FORMAT_TAG, METADATA_KEY, SCHEMA_VERSION } from './collection-columns';

export function readMetadata(
  metadata: FileMetaData,
  file: string,
): { profile?: Profile; problems: Problem[] } {
  const problems: Problem[] = [];
  const note = (message: string, action: Problem['action'] = 'noted') =>
    problems.push({ file, record: 1, message, action });
  const entry = metadata.key_value_metadata?.find((kv) => kv.key === METADATA_KEY)?.value;
  let value: unknown = null;
  try {
    value = entry === undefined ? null : JSON.parse(entry);
  } catch {
    // Read as missing below.
  }
  if (!isObject(value) || value.format !== FORMAT_TAG) {
    note(
      'The file keeps no profile of this app in its metadata (another tool may have rewritten it); read without one.',
    );
    return { problems };
  }
  // An older version lacks some columns (read as empty); a newer one may mean more than this app reads.
  if (typeof value.version !== 'number' || value.version > SCHEMA_VERSION)
    note(
      `Save format version ${JSON.stringify(value.version)} is newer than ${SCHEMA_VERSION}; read as version ${SCHEMA_VERSION}.`,
    );
  if (value.profile === null || value.profile === undefined) return { problems };
  const profile = checkProfile(value.profile);
  if (!profile) note('The profile has the wrong shape; ignored.', 'skipped');
  return profile ? { profile, problems } : { problems };
}
