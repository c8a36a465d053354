// Leaflet's ES module build has the same API as its UMD main entry, whose types @types/leaflet gives.
declare module 'leaflet/dist/leaflet-src.esm.js' {
  export * from 'leaflet';
}
