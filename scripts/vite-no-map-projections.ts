/**
 * Builds the page with d3-geo's map projections left out (scripts/d3-geo-planar.js): the
 * dashboard draws no maps, and Plot would otherwise carry all of them into the initial bundle.
 * Only the browser bundle: the CLI and the tests in Node use d3-geo as it is.
 */
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const PLANAR = fileURLToPath(new URL('./d3-geo-planar.js', import.meta.url));

export function noMapProjections(): Plugin {
  return {
    name: 'no-map-projections',
    enforce: 'pre',
    apply: 'build',
    // The planar module itself imports the real d3-geo.
    resolveId: (source, importer) => (source === 'd3-geo' && importer !== PLANAR ? PLANAR : undefined),
  };
}
