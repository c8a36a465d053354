import { adoptStyles, type CSSResult, type LitElement } from 'lit';

/**
 * Adds a style sheet to a shadow root's adopted sheets, beside Lit's and the others' (the map's,
 * the detail's), rather than in their place; returns the way to take it away again.
 */
export function addSheet(root: ShadowRoot, sheet: CSSStyleSheet): () => void {
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  return () => (root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== sheet));
}

/**
 * Styles that come with a module loaded later (a detail, the month grid), added to the element's
 * shadow root beside the sheets it has (the map's among them), not in their place. Without
 * constructable sheets, Lit's own fallback (style elements) with the element's styles first.
 */
export function addStyles(host: LitElement, styles: CSSResult): void {
  const root = host.renderRoot as ShadowRoot;
  const sheet = styles.styleSheet;
  if (sheet && root.adoptedStyleSheets) addSheet(root, sheet);
  else adoptStyles(root, [...(host.constructor as typeof LitElement).elementStyles, styles]);
}
