import type { PropertyDeclaration, ReactiveElement } from 'lit';

/**
 * Lit's `@property()` and `@state()`, for TypeScript's decorators only (`experimentalDecorators`,
 * what this project compiles with). Lit's own serve standard decorators too, which cost about
 * 0.4 KB gzip in every script-tag file; these do what Lit's do for TypeScript's: declare the
 * reactive property on the class. Same names, so the manifest analyzer reads them as Lit's.
 */
export const property =
  (options?: PropertyDeclaration) =>
  (proto: object, name: string): void =>
    (proto.constructor as typeof ReactiveElement).createProperty(name, options);

/** A private reactive field: a change renders again; no attribute. */
export const state = (): ((proto: object, name: string) => void) => property({ state: true, attribute: false });
