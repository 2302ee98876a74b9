// The package's "import" condition comes before "types" in its exports, so TypeScript (bundler
// resolution) finds no types for the browser entry. Its API, from browser/commands.d.ts:
declare module '@web/test-runner-visual-regression' {
  /** Screenshots `element` and compares it with the baseline called `name`; throws on a difference. */
  export function visualDiff(element: Node, name: string): Promise<void>;
}
