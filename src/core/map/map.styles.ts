/** Markers and notices drawn by the shared map (Leaflet's own CSS is added beside it). */
export const mapCss = `
.carif-map { position: relative; height: 100%; min-height: 12rem; }
.carif-map .leaflet-container { height: 100%; font: inherit; background: var(--_surface-alt, #eef2f6); }
.carif-map .leaflet-container a { color: var(--_primary, #1d4f91); }
.carif-map .leaflet-div-icon { background: transparent; border: 0; }
.carif-map .carif-marker { display: grid; place-items: center; width: 44px; height: 44px; cursor: pointer; border-radius: 50%; }
.carif-marker:focus { outline: none; }
.carif-marker:focus-visible > span { outline: 3px solid var(--_focus, #000); outline-offset: 2px; box-shadow: 0 0 0 5px #fff; }
.carif-marker > span { display: grid; place-items: center; border-radius: 50%; border: 2px solid #fff; box-shadow: 0 1px 3px rgb(0 0 0 / 0.45); background: var(--_primary, #1d4f91); color: #fff; font-weight: 700; font-size: 0.85rem; line-height: 1; }
.carif-point > span { width: 22px; height: 22px; }
.carif-cluster > span { width: 38px; height: 38px; background: var(--_surface, #fff); color: var(--_primary, #1d4f91); border: 3px solid var(--_primary, #1d4f91); }
.carif-marker.is-selected > span { width: 32px; height: 32px; background: var(--carif-color-accent, #a63a00); border-color: #fff; box-shadow: 0 0 0 3px var(--carif-color-accent, #a63a00); }
.carif-map-notice { position: absolute; z-index: 1000; left: 0.5rem; bottom: 1.75rem; right: 0.5rem; margin: 0; padding: 0.25rem 0.5rem; background: var(--_surface, #fff); border: 1px solid var(--_border, #767676); border-radius: 0.25rem; font-size: 0.9em; }
@media (forced-colors: active) { .carif-marker > span { forced-color-adjust: none; background: CanvasText; color: Canvas; border-color: Canvas; } .carif-cluster > span { background: Canvas; color: CanvasText; border-color: CanvasText; } .carif-marker.is-selected > span { background: Highlight; color: HighlightText; box-shadow: 0 0 0 3px CanvasText; } }
@media (prefers-reduced-motion: reduce) { .carif-map * { transition: none !important; animation: none !important; } }
`;
