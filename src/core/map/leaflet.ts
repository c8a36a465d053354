/**
 * The parts of Leaflet the shared map uses, imported from Leaflet's own ES modules (its `src/`)
 * instead of its one-file build: no popups, tooltips, vector layers, renderers, GeoJSON, image
 * or video overlays, layers or scale controls (about a third of Leaflet's bytes). The map
 * handlers (drag, keyboard, zoom by double click, pinch, box and optional wheel) register
 * themselves when imported. Types come from @types/leaflet.
 */
import type * as Leaflet from 'leaflet';
import { Attribution } from 'leaflet/src/control/Control.Attribution';
import { zoom as zoomControl } from 'leaflet/src/control/Control.Zoom';
import { getPosition as domPosition } from 'leaflet/src/dom/DomUtil';
import { toLatLng } from 'leaflet/src/geo/LatLng';
import { layerGroup as group } from 'leaflet/src/layer/LayerGroup';
import { divIcon as icon } from 'leaflet/src/layer/marker/DivIcon';
import { marker as pin } from 'leaflet/src/layer/marker/Marker';
import { tileLayer as tiles } from 'leaflet/src/layer/tile/TileLayer';
import { createMap } from 'leaflet/src/map/Map';
import 'leaflet/src/map/handler/Map.BoxZoom';
import 'leaflet/src/map/handler/Map.DoubleClickZoom';
import 'leaflet/src/map/handler/Map.Drag';
import 'leaflet/src/map/handler/Map.Keyboard';
import 'leaflet/src/map/handler/Map.ScrollWheelZoom';
import 'leaflet/src/map/handler/Map.TouchZoom';

void Attribution; // Control.Attribution adds the map's attribution control when imported.

export type { LatLng, LatLngBoundsExpression, LayerGroup, Map, Marker } from 'leaflet';
export const map = createMap as typeof Leaflet.map;
export const control = { zoom: zoomControl as typeof Leaflet.control.zoom };
export const tileLayer = tiles as typeof Leaflet.tileLayer;
export const layerGroup = group as typeof Leaflet.layerGroup;
export const marker = pin as typeof Leaflet.marker;
export const divIcon = icon as typeof Leaflet.divIcon;
export const latLng = toLatLng as typeof Leaflet.latLng;
export const DomUtil = { getPosition: domPosition as typeof Leaflet.DomUtil.getPosition };
