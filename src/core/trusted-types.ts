/**
 * Trusted Types. On a page whose Content-Security-Policy has `require-trusted-types-for 'script'`,
 * every string handed to an HTML sink (DOMParser, innerHTML) must be a TrustedHTML made by a policy
 * the page allows. The widgets make one, named `carif-oref-widgets`, and use it only for markup that
 * is inert or already cleaned: documents parsed by DOMParser (no script runs there, nothing loads),
 * DOMPurify's output, and Leaflet's own fixed strings (the CDN build routes them here). Lit needs
 * `lit-html`. Where the page does not allow our policy, text still shows (tags stripped by hand);
 * the detail and the map say so in the console (rich-text.ts, lazy-map.ts). Kept small: every list
 * pays for this module.
 */
interface Policy {
  createHTML(input: string): unknown;
}

let policy: Policy | null | undefined;

/** Our policy, made on first use; null where Trusted Types do not exist or the page forbids the name. */
export function ttPolicy(): Policy | null {
  if (policy === undefined) {
    const pass = (s: string): string => s;
    try {
      policy = (globalThis as { trustedTypes?: { createPolicy(name: string, rules: object): Policy } }).trustedTypes?.createPolicy('carif-oref-widgets', { createHTML: pass, createScriptURL: pass }) ?? null;
    } catch {
      policy = null;
    }
  }
  return policy;
}

/** Markup signed by our policy where there is one (TrustedHTML), else the string itself. */
export const trustedHTML = (markup: string): string => (ttPolicy()?.createHTML(markup) ?? markup) as string;

/**
 * An inert document parsed from markup (DOMParser runs no script and loads nothing), or null when
 * the page's Trusted Types rules forbid parsing (the caller then strips tags by hand).
 */
export function inertDocument(markup: string): Document | null {
  try {
    return new DOMParser().parseFromString(trustedHTML(`<!doctype html><body>${markup}`), 'text/html');
  } catch {
    return null;
  }
}
