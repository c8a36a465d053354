// Leaflet's ES module build has the same API as its UMD main entry, whose types @types/leaflet gives.
declare module 'leaflet/dist/leaflet-src.esm.js' {
  export * from 'leaflet';
}

// Leaflet's own ES modules (src/core/map/leaflet.ts types each import it uses from @types/leaflet).
declare module 'leaflet/src/*';
