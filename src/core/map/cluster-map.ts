/**
 * The map shared by the widgets that show places (the venue map, the internship board's optional
 * map). Loaded on demand: a widget imports this module with `import()` only when a map is shown,
 * so a page without a map never downloads Leaflet.
 *
 * - Leaflet's ES module build (it sets no `window.L`, so a host page's own Leaflet is untouched),
 *   its CSS put in a <style> inside the map container (inside the widget's shadow root).
 * - Clustering with supercluster: an index built once per set of points (over the zoom levels the
 *   map can show, no more), queried per view.
 * - Markers are ours (divIcon built with DOM calls: no HTML string from the data), each a focusable
 *   button named by its label; Enter or Space selects a point or opens a cluster. Only the view's
 *   markers are in the page; a new view (pan, zoom, new points) adds the markers it lacks and
 *   removes the ones it no longer shows, and keeps the others (their element, focus and listeners);
 *   a selection changes the two markers concerned.
 * - Tiles: OpenStreetMap by default, `none` for no background; a failing tile layer shows a notice
 *   and the markers keep working. Scroll-wheel zoom is off.
 * - Sized by a ResizeObserver (a map created hidden draws when shown), destroyed cleanly.
 */
import leafletCss from 'leaflet/dist/leaflet.css?inline';
import * as L from './leaflet.js';
import { addSheet } from '../sheets.js';
import Supercluster from 'supercluster';
import type { Lang } from '../i18n.js';
import { mapCss } from './map.styles.js';
import { mapStrings } from './strings.js';

export interface MapPoint {
  id: string;
  lat: number;
  lon: number;
  /** Accessible name of the marker, plain text (e.g. "Mission locale de Dijon, 21000 Dijon"). */
  label: string;
}

export interface MapStrings {
  zoomIn: string;
  zoomOut: string;
  /** Name of a cluster marker, e.g. "12 lieux ici : zoomer". */
  cluster: (count: number) => string;
  tilesUnavailable: string;
  /** Name of the map itself (its container is a Tab stop: arrows pan it). */
  keys: string;
}

export interface ClusterMapOptions {
  /** Tile URL template with {z}/{x}/{y} (and optional {s}); '' for OpenStreetMap; 'none' for no tiles. */
  tileUrl?: string;
  /** Attribution of the tiles, plain text (OpenStreetMap's is used with the default tiles). */
  attribution?: string;
  maxZoom?: number;
  /** Initial view; otherwise the map fits the points. */
  center?: { lat: number; lon: number } | null;
  zoom?: number | null;
  /** Scroll-wheel zoom (off by default: it traps page scrolling on phones and with a trackpad). */
  scrollWheelZoom?: boolean;
  lang: Lang;
  /** Overrides of the map's words (cluster names, zoom buttons, the missing-tiles notice). */
  strings?: Partial<MapStrings>;
  /** A point was chosen on the map (click, Enter or Space on its marker). */
  onSelect: (id: string) => void;
  /**
   * Tab (forward) or Escape on a point's marker: the widget may take the focus back (to the card
   * that showed the point); returns true when it did.
   */
  onLeave?: (id: string) => boolean;
  /** Tiles failed to load (offline, blocked): the widget may say so; the map still works. */
  onTilesUnavailable?: () => void;
}

export const OSM_TILES = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
const OSM_ATTRIBUTION = '© <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>';
/** Points closer than this (CSS pixels of the map: supercluster's `extent` is Leaflet's 256-pixel tile) are clustered. */
const CLUSTER_RADIUS = 60;
/**
 * Above this zoom level nothing is clustered (nor above the map's maximum zoom less one: a cluster
 * must be able to open). From zoom 15 (a few streets on screen, about 5 m per pixel) each venue is
 * its own marker: clustering there too cost a third of supercluster's index for 10,000 points
 * (32 -> 21 ms, measured in Node) and grouped only venues a few doors apart.
 */
const CLUSTER_MAX_ZOOM = 14;
/** What the map clusters with, for the benchmark's other side (Leaflet.markercluster). */
export const CLUSTERING = { radius: CLUSTER_RADIUS, maxZoom: CLUSTER_MAX_ZOOM } as const;
/** France métropolitaine, when there is nothing to show. */
const FRANCE: L.LatLngBoundsExpression = [
  [42.3, -4.8],
  [51.1, 8.2],
];

/** A point's properties in the index are the point itself (no copy per point). */
type Props = MapPoint;

/** A marker in the page: its key is `p<id>` for a point, `c<generation>:<cluster id>` for a cluster. */
interface Drawn {
  marker: L.Marker;
  el: HTMLElement;
  cluster: boolean;
  lat: number;
  lon: number;
  selected: boolean;
}

const escapeText = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export class ClusterMap {
  readonly map: L.Map;
  private readonly root: HTMLElement;
  private readonly layer: L.LayerGroup;
  private readonly index: Supercluster<Props, object>;
  /** The highest zoom level at which points are clustered. */
  private readonly clusterMaxZoom: number;
  private readonly observer: ResizeObserver;
  private readonly markers = new Map<string, Drawn>();
  /** Bumped by each `setPoints`: cluster ids of an older index mean nothing. */
  private generation = 0;
  /** The view last drawn (generation, zoom, box): the same view is not queried again. */
  private drawnView = '';
  private points: MapPoint[] = [];
  private selectedId: string | null = null;
  private needsFit = true;
  private focusNear: L.LatLng | null = null;
  private notice?: HTMLElement;
  private destroyed = false;
  private readonly t: MapStrings;
  private loaded = false;

  constructor(
    container: HTMLElement,
    private readonly options: ClusterMapOptions,
  ) {
    this.t = { ...mapStrings[options.lang], ...options.strings };
    const maxZoom = options.maxZoom ?? 18;
    this.clusterMaxZoom = Math.max(0, Math.min(CLUSTER_MAX_ZOOM, maxZoom - 1));
    this.index = new Supercluster<Props, object>({ radius: CLUSTER_RADIUS, extent: 256, maxZoom: this.clusterMaxZoom });
    this.root = document.createElement('div');
    this.root.className = 'carif-map';
    container.replaceChildren(this.root);
    this.adoptStyles(container);

    const reduced = matchMedia('(prefers-reduced-motion: reduce)').matches;
    this.map = L.map(this.root, {
      zoomControl: false,
      scrollWheelZoom: options.scrollWheelZoom ?? false,
      zoomAnimation: !reduced,
      fadeAnimation: !reduced,
      markerZoomAnimation: !reduced,
      maxZoom,
      attributionControl: true,
    });
    // Leaflet makes its container a Tab stop (arrows pan the map): give it a role and a name.
    this.root.setAttribute('role', 'application');
    this.root.setAttribute('aria-label', this.t.keys);
    this.map.attributionControl.setPrefix('<a href="https://leafletjs.com">Leaflet</a>');
    L.control.zoom({ zoomInTitle: this.t.zoomIn, zoomOutTitle: this.t.zoomOut }).addTo(this.map);
    this.addTiles();
    this.layer = L.layerGroup().addTo(this.map);
    this.map.on('moveend', () => this.draw());
    if (options.center) {
      this.map.setView([options.center.lat, options.center.lon], options.zoom ?? 11, { animate: false });
      this.needsFit = false;
    } else {
      this.map.fitBounds(FRANCE, { animate: false });
    }
    this.observer = new ResizeObserver(() => this.onResize());
    this.observer.observe(this.root);
  }

  /**
   * Leaflet's CSS and ours as a constructed style sheet adopted by the widget's shadow root: unlike a
   * `<style>` element, it passes a page's strict `style-src` (no 'unsafe-inline'). Outside a shadow
   * root (or without constructable sheets), a `<style>` element.
   */
  private adoptStyles(container: HTMLElement): void {
    const css = `${leafletCss}\n${mapCss}`;
    const where = container.getRootNode();
    if (where instanceof ShadowRoot && 'replaceSync' in CSSStyleSheet.prototype) {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      this.unadopt = addSheet(where, sheet);
    } else {
      const style = document.createElement('style');
      style.textContent = css;
      container.prepend(style);
    }
  }

  private unadopt?: () => void;

  private addTiles(): void {
    const { tileUrl = '', attribution = '', maxZoom = 18 } = this.options;
    if (tileUrl.trim().toLowerCase() === 'none') return;
    const url = tileUrl.trim() || OSM_TILES;
    const layer = L.tileLayer(url, {
      maxZoom,
      attribution: attribution ? escapeText(attribution) : url === OSM_TILES ? OSM_ATTRIBUTION : '',
      referrerPolicy: 'strict-origin-when-cross-origin',
    });
    let failures = 0;
    layer.on('tileerror', () => {
      failures += 1;
      if (failures === 1) this.showNotice(this.t.tilesUnavailable);
    });
    layer.on('tileload', () => {
      if (failures === 0) return;
      failures = 0;
      this.notice?.remove();
      this.notice = undefined;
    });
    layer.addTo(this.map);
  }

  private showNotice(text: string): void {
    if (this.destroyed || this.notice) return;
    this.notice = document.createElement('p');
    this.notice.className = 'carif-map-notice';
    this.notice.setAttribute('role', 'status');
    this.notice.textContent = text;
    this.root.append(this.notice);
    this.options.onTilesUnavailable?.();
  }

  private onResize(): void {
    if (this.destroyed || !this.root.clientWidth || !this.root.clientHeight) return;
    this.map.invalidateSize({ animate: false, pan: false });
    // A size that moves the view has drawn already (Leaflet fires moveend): then this finds the view drawn and does nothing.
    if (this.needsFit) this.fit();
    else this.draw();
  }

  /** Replaces the points (clusters are rebuilt); the view fits them unless `keepView`. */
  setPoints(points: MapPoint[], keepView = false): void {
    this.points = points.filter((p) => Number.isFinite(p.lat) && Number.isFinite(p.lon) && Math.abs(p.lat) <= 90 && Math.abs(p.lon) <= 180);
    this.loaded = true;
    this.generation += 1;
    this.index.load(this.points.map((p) => ({ type: 'Feature' as const, geometry: { type: 'Point' as const, coordinates: [p.lon, p.lat] }, properties: p })));
    if (keepView) this.draw();
    else this.fit();
  }

  /** Fits the view to the points (France when there are none). */
  fit(): void {
    if (!this.root.clientWidth || !this.root.clientHeight) {
      this.needsFit = true;
      return;
    }
    this.needsFit = false;
    if (!this.points.length) this.map.fitBounds(FRANCE, { animate: false });
    else {
      // The points' box in one pass (not one LatLng per point).
      let [south, west, north, east] = [90, 180, -90, -180];
      for (const { lat, lon } of this.points) {
        if (lat < south) south = lat;
        if (lat > north) north = lat;
        if (lon < west) west = lon;
        if (lon > east) east = lon;
      }
      this.map.fitBounds(
        [
          [south, west],
          [north, east],
        ],
        { animate: false, padding: [30, 30], maxZoom: 13 },
      );
    }
    this.draw();
  }

  setView(lat: number, lon: number, zoom: number): void {
    this.needsFit = false;
    this.map.setView([lat, lon], zoom, { animate: false });
  }

  /** Highlights a point; with `reveal`, zooms until it is out of its cluster and centres it. */
  select(id: string | null, reveal = false): void {
    this.selectedId = id;
    const point = id ? this.points.find((p) => p.id === id) : undefined;
    if (point && reveal) {
      const zoom = Math.max(this.map.getZoom(), this.zoomRevealing(point));
      this.map.setView([point.lat, point.lon], zoom, { animate: false });
    }
    this.draw();
  }

  /** Moves keyboard focus to a point's marker (or the cluster that holds it). */
  focusPoint(id: string): void {
    const marker = this.markers.get(`p${id}`);
    if (marker) {
      marker.el.focus();
      return;
    }
    const point = this.points.find((p) => p.id === id);
    if (point) {
      this.focusNear = L.latLng(point.lat, point.lon);
      this.draw();
    }
  }

  /** The lowest zoom at which the point is drawn on its own. */
  private zoomRevealing(point: MapPoint): number {
    const eps = 1e-6;
    const box: [number, number, number, number] = [point.lon - eps, point.lat - eps, point.lon + eps, point.lat + eps];
    for (let z = Math.floor(this.map.getZoom()); z <= this.clusterMaxZoom; z++) {
      if (this.index.getClusters(box, z).some((f) => !('cluster' in f.properties) && (f.properties as Props).id === point.id)) return z;
    }
    return this.clusterMaxZoom + 1;
  }

  /** Number of markers drawn now: [single points, clusters]. */
  get drawn(): { points: number; clusters: number } {
    let clusters = 0;
    for (const d of this.markers.values()) if (d.cluster) clusters++;
    return { points: this.markers.size - clusters, clusters };
  }

  /**
   * Draws the clusters and points of the current view: adds the markers it lacks, removes those it
   * no longer shows, keeps the others (a kept marker keeps its element, so its focus too).
   */
  draw(): void {
    if (this.destroyed || !this.loaded) return;
    const zoom = Math.round(this.map.getZoom());
    const b = this.map.getBounds();
    const bbox: [number, number, number, number] = [Math.max(-180, b.getWest()), Math.max(-85, b.getSouth()), Math.min(180, b.getEast()), Math.min(85, b.getNorth())];
    const view = `${this.generation}|${zoom}|${bbox.join()}`;
    if (view !== this.drawnView) {
      this.drawnView = view;
      const shown = new Set<string>();
      for (const f of this.index.getClusters(bbox, zoom)) {
        const [lon, lat] = f.geometry.coordinates as [number, number];
        const p = f.properties as Partial<Supercluster.ClusterProperties> & Partial<Props>;
        const key = p.cluster ? `c${this.generation}:${p.cluster_id}` : `p${p.id}`;
        const kept = this.markers.get(key);
        if (kept && kept.lat === lat && kept.lon === lon) {
          if (!p.cluster && kept.el.getAttribute('aria-label') !== p.label) kept.el.setAttribute('aria-label', p.label ?? '');
          shown.add(key);
          continue;
        }
        if (kept) this.removeMarker(key, kept);
        shown.add(key);
        this.addMarker(key, lat, lon, p);
      }
      for (const [key, d] of this.markers) if (!shown.has(key)) this.removeMarker(key, d);
    }
    const selectedKey = this.selectedId === null ? '' : `p${this.selectedId}`;
    for (const [key, d] of this.markers) if (d.selected !== (key === selectedKey)) this.mark(d, !d.selected);
    if (this.focusNear) {
      const near = this.focusNear;
      this.focusNear = null;
      let best: { el: HTMLElement; d: number } | null = null;
      for (const { el } of this.markers.values()) {
        const d = this.map.layerPointToLatLng(L.DomUtil.getPosition(el)).distanceTo(near);
        if (!best || d < best.d) best = { el, d };
      }
      best?.el.focus();
    }
  }

  private addMarker(key: string, lat: number, lon: number, p: Partial<Supercluster.ClusterProperties> & Partial<Props>): void {
    const dot = document.createElement('span');
    dot.setAttribute('aria-hidden', 'true');
    let name: string;
    if (p.cluster) {
      dot.textContent = String(p.point_count_abbreviated ?? p.point_count);
      name = this.t.cluster(p.point_count ?? 0);
    } else {
      name = p.label ?? '';
    }
    const marker = L.marker([lat, lon], {
      icon: L.divIcon({ html: dot, className: `carif-marker ${p.cluster ? 'carif-cluster' : 'carif-point'}`, iconSize: [44, 44], iconAnchor: [22, 22] }),
      keyboard: true,
    });
    const activate = () => (p.cluster ? this.expand(p.cluster_id!, L.latLng(lat, lon)) : this.options.onSelect(p.id!));
    marker.on('click', activate);
    marker.addTo(this.layer);
    // Leaflet's icon element is the focusable button (tabindex 0, role button): name it.
    const el = marker.getElement()!;
    el.setAttribute('aria-label', name);
    el.addEventListener('keydown', (e) => {
      if ((e.key === 'Tab' && !e.shiftKey) || e.key === 'Escape') {
        if (!p.cluster && this.options.onLeave?.(p.id!)) e.preventDefault();
        return;
      }
      if (e.key !== 'Enter' && e.key !== ' ') return;
      e.preventDefault();
      e.stopPropagation();
      activate();
    });
    this.markers.set(key, { marker, el, cluster: !!p.cluster, lat, lon, selected: false });
  }

  private removeMarker(key: string, d: Drawn): void {
    this.layer.removeLayer(d.marker);
    this.markers.delete(key);
  }

  /** Shows a point marker as the selected one (or no longer). */
  private mark(d: Drawn, selected: boolean): void {
    d.selected = selected;
    d.el.classList.toggle('is-selected', selected);
    if (selected) d.el.setAttribute('aria-current', 'true');
    else d.el.removeAttribute('aria-current');
    d.marker.setZIndexOffset(selected ? 1000 : 0);
  }

  /** Zooms into a cluster; keyboard focus goes to the marker nearest its centre. */
  private expand(clusterId: number, at: L.LatLng): void {
    const zoom = Math.min(this.index.getClusterExpansionZoom(clusterId), this.map.getMaxZoom());
    this.focusNear = at;
    this.map.setView(at, zoom, { animate: false });
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.observer.disconnect();
    this.map.stop();
    this.map.off();
    this.map.remove();
    this.root.remove();
    this.unadopt?.();
  }
}
