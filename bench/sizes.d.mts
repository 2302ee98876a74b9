// Types for sizes.mjs (plain ESM so the benchmark runs without a build step), for the build test.
export interface Sizes {
  min: number;
  gzip: number;
  brotli: number;
}
export interface MeasuredFiles extends Sizes {
  files: Array<Sizes & { file: string }>;
}
export interface LanguageSet extends Sizes {
  language: string;
  files: string[];
}
export interface ElementChunk {
  tag: string;
  /** The element's own chunk, relative to the repository. */
  file: string;
  own: Sizes;
  /** The chunk with everything it imports statically. */
  closure: MeasuredFiles;
}
export interface Page {
  name: string;
  tags: string[];
  /** min+gzip bytes. */
  budget: number;
}
export interface CdnSizes {
  /** dist/cdn/incident-elements.js (and any static import it has). */
  loader: MeasuredFiles;
  elements: ElementChunk[];
  /** Each page budget: the loader plus the closures of its tags. */
  pages: Array<Page & MeasuredFiles>;
  chunks: Array<Sizes & { name: string; chunk: string }>;
  shikiFirstSet: {
    description: string;
    coreEngineTheme: Sizes;
    perLanguage: LanguageSet[];
    smallest: LanguageSet;
    median: LanguageSet;
    largest: LanguageSet;
  } | null;
}
export const PAGES: Page[];
export function cdnSizes(root: string): Promise<CdnSizes>;
/** Tag → chunk file name, read from the loader's import map. */
export function elementChunks(loaderCode: string): Record<string, string>;
export function compressed(buffer: Uint8Array): Promise<Sizes>;
export function staticImports(code: string): string[];
export function npmSizes(root: string): Promise<unknown[]>;
/** Lit + @lit/context + the data layer, no element code: what the elements share before their own code. */
export function floorSize(root: string): Promise<Sizes & { description: string }>;
export function kB(bytes: number): string;
