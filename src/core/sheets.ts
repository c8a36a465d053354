/**
 * Adds a style sheet to a shadow root's adopted sheets, beside Lit's and the others' (the map's,
 * the detail's), rather than in their place; returns the way to take it away again.
 */
export function addSheet(root: ShadowRoot, sheet: CSSStyleSheet): () => void {
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  return () => (root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== sheet));
}
