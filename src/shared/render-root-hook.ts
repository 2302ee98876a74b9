/**
 * The script-tag loader defines each tag on first sight, also inside the elements' own shadow roots.
 * Elements announce each new shadow root through this page-wide hook; the loader (an entry, above
 * this layer) installs it. A global rather than an import keeps the layers one-way, and keeps the
 * element chunks from importing the loader's module.
 */
export const RENDER_ROOT_HOOK_KEY = 'incident-elements.render-root';

/** Called with every shadow root an element creates, when a loader is on the page. */
export type RenderRootHook = (root: ShadowRoot) => void;

type HookHolder = { [key: symbol]: RenderRootHook | undefined };

/** Tells the page's loader, if there is one, about a new shadow root to watch. */
export function announceRenderRoot(root: HTMLElement | DocumentFragment): void {
  const hook = (globalThis as unknown as HookHolder)[Symbol.for(RENDER_ROOT_HOOK_KEY)];
  if (hook && root instanceof ShadowRoot) hook(root);
}
