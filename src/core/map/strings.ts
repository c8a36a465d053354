import type { Lang } from '../i18n.js';
import type { MapStrings } from './cluster-map.js';

/** Words of the map itself, loaded with it (both languages: a few dozen bytes). */
export const mapStrings: Record<Lang, MapStrings> = {
  fr: {
    zoomIn: 'Zoomer',
    zoomOut: 'Dézoomer',
    cluster: (n) => `${n} lieux à cet endroit : zoomer pour les voir`,
    tilesUnavailable: 'Le fond de carte ne peut pas s’afficher. Les repères et la liste restent utilisables.',
    keys: 'Carte. Flèches : se déplacer. Plus et moins : zoomer. Tab : aller aux repères.',
  },
  en: {
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    cluster: (n) => `${n} places here: zoom in to see them`,
    tilesUnavailable: 'The background map cannot be shown. The markers and the list still work.',
    keys: 'Map. Arrows: move. Plus and minus: zoom. Tab: go to the markers.',
  },
};
