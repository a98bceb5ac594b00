// d3-geo as the app's bundle sees it: everything but the named map projections. Plot names every
// projection in one switch, so they stay in a bundle that draws no maps; asking for one says why.
export * from 'd3-geo';

const noMaps = () => {
  throw new Error('Map projections are left out of this build (scripts/vite-no-map-projections.ts).');
};

export {
  noMaps as geoAlbers,
  noMaps as geoAlbersUsa,
  noMaps as geoAzimuthalEqualArea,
  noMaps as geoAzimuthalEquidistant,
  noMaps as geoConicConformal,
  noMaps as geoConicEqualArea,
  noMaps as geoConicEquidistant,
  noMaps as geoEqualEarth,
  noMaps as geoEquirectangular,
  noMaps as geoGnomonic,
  noMaps as geoMercator,
  noMaps as geoOrthographic,
  noMaps as geoStereographic,
  noMaps as geoTransverseMercator,
};
