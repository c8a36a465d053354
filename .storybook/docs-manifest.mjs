// What Storybook's Docs tables show of custom-elements.json. Storybook makes a row (and a control)
// of every member and every attribute: a property that has an attribute would be listed twice (the
// stories set attributes), and a read-only getter would get a control that cannot set it. The
// manifest itself holds the public API only (custom-elements-manifest.config.mjs drops private and
// protected members); here, members are kept when they are properties without an attribute.

/** The manifest as the Docs tables should read it. */
export function docsManifest(manifest) {
  return {
    ...manifest,
    modules: manifest.modules.map((m) => ({
      ...m,
      declarations: (m.declarations ?? []).map((d) =>
        d.tagName ? { ...d, members: (d.members ?? []).filter((x) => x.kind === 'field' && !x.privacy && !x.static && !x.readonly && !x.attribute) } : d,
      ),
    })),
  };
}
