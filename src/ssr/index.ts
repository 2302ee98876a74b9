/**
 * incident-elements/ssr: prerender the elements in Node (build scripts, static-site generators).
 * Importing it registers the elements in Lit's server-side registry; it needs no DOM.
 */
export { RENDER_ELEMENTS, RenderError, renderContent, renderToString } from './render.js';
export type { RenderElement, RenderOptions, RenderResult } from './render.js';
