/**
 * Where the loaded data came from, for the source line of every export. Set by the component
 * that knows the collection (SelectionExport, which the app places once) and read by each
 * chart's export menu, the way `hover` is shared between views.
 */
import type { Provenance } from './chart-export';

export const provenance: Provenance = $state({ source: '', asOf: '' });
