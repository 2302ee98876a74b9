/**
 * The few Shiki pieces a code block uses, gathered so they load as one lazy chunk: `import()` of
 * `shiki/core` itself would keep every export (HTML rendering included) in the bundle.
 */
export { codeToTokensBase, createShikiPrimitiveAsync } from 'shiki/core';
export { createJavaScriptRegexEngine } from 'shiki/engine/javascript';
