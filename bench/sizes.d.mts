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
export interface CdnSizes {
  core: MeasuredFiles;
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
export function cdnSizes(root: string): Promise<CdnSizes>;
export function compressed(buffer: Uint8Array): Promise<Sizes>;
export function staticImports(code: string): string[];
export function npmSizes(root: string): Promise<unknown[]>;
/** Lit + @lit/context + the data layer, no element code: what the core weighs before any element. */
export function floorSize(root: string): Promise<Sizes & { description: string }>;
export function kB(bytes: number): string;
