/**
 * The shared map on its own (src/core/map/cluster-map.ts): the cluster radius is in the map's CSS
 * pixels, a cluster can always open within the map's zoom range, and a new view or a selection
 * keeps the markers it still shows (the same elements) instead of drawing them all again.
 */
import { expect } from '@open-wc/testing';
import { ClusterMap, CLUSTERING, type MapPoint } from '../../src/core/map/cluster-map.js';

const CENTER = { lat: 47.32, lon: 5.04 };

function make(options: { zoom: number; maxZoom?: number }): { map: ClusterMap; host: HTMLElement } {
  const host = document.createElement('div');
  host.style.cssText = 'width:600px;height:400px';
  document.body.append(host);
  const map = new ClusterMap(host, { tileUrl: 'none', lang: 'fr', center: CENTER, onSelect() {}, ...options });
  return { map, host };
}

/** A point `dx` CSS pixels east of the centre at the map's zoom. */
function east(map: ClusterMap, id: string, dx: number): MapPoint {
  const z = map.map.getZoom();
  const c = map.map.project([CENTER.lat, CENTER.lon], z);
  const at = map.map.unproject([c.x + dx, c.y], z);
  return { id, lat: at.lat, lon: at.lng, label: `Lieu ${id}` };
}

const markers = (host: HTMLElement) => [...host.querySelectorAll<HTMLElement>('.carif-marker')];

describe('ClusterMap', () => {
  const made: { map: ClusterMap; host: HTMLElement }[] = [];
  afterEach(() => {
    for (const { map, host } of made.splice(0)) {
      map.destroy();
      host.remove();
    }
  });
  const open = (options: { zoom: number; maxZoom?: number }) => {
    const m = make(options);
    made.push(m);
    return m;
  };

  it(`clusters points closer than ${CLUSTERING.radius} CSS pixels, not farther`, () => {
    const { map, host } = open({ zoom: 10 });
    const r = CLUSTERING.radius;
    map.setPoints([east(map, 'a', 0), east(map, 'b', r - 10)], true);
    expect(map.drawn).to.deep.equal({ points: 0, clusters: 1 });
    map.setPoints([east(map, 'a', 0), east(map, 'b', r + 10)], true);
    expect(map.drawn).to.deep.equal({ points: 2, clusters: 0 });
    expect(markers(host).length).to.equal(2);
  });

  it('at the highest zoom the map allows, points at one place are drawn, not left in a cluster that cannot open', () => {
    const { map } = open({ zoom: 12, maxZoom: 12 });
    map.setPoints([east(map, 'a', 0), east(map, 'b', 1)], true);
    expect(map.drawn).to.deep.equal({ points: 2, clusters: 0 });
    map.setView(CENTER.lat, CENTER.lon, 11);
    expect(map.drawn).to.deep.equal({ points: 0, clusters: 1 });
  });

  it('a pan, a selection or the same points again keep the markers still shown (same elements, focus kept)', () => {
    const { map, host } = open({ zoom: 10 });
    const points = [east(map, 'a', -150), east(map, 'b', 0), east(map, 'c', 150), east(map, 'd', 290)];
    map.setPoints(points, true);
    expect(map.drawn).to.deep.equal({ points: 4, clusters: 0 });
    const before = markers(host);
    const b = before.find((el) => el.getAttribute('aria-label') === 'Lieu b')!;
    b.focus();
    map.select('b');
    expect(b.classList.contains('is-selected')).to.equal(true);
    expect(b.getAttribute('aria-current')).to.equal('true');
    expect(markers(host)).to.deep.equal(before);
    map.select(null);
    expect(b.classList.contains('is-selected')).to.equal(false);
    expect(b.hasAttribute('aria-current')).to.equal(false);
    // 200 pixels east: "a" leaves the view, the others stay as they were.
    const c = map.map.project([CENTER.lat, CENTER.lon], 10);
    const to = map.map.unproject([c.x + 200, c.y], 10);
    map.setView(to.lat, to.lng, 10);
    const after = markers(host);
    expect(after.map((el) => el.getAttribute('aria-label')).sort()).to.deep.equal(['Lieu b', 'Lieu c', 'Lieu d']);
    for (const el of after) expect(before).to.include(el);
    map.setPoints(points.map((p) => ({ ...p })), true);
    expect(markers(host)).to.deep.equal(after);
    expect(document.activeElement).to.equal(b);
  });
});
