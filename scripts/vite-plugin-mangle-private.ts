import { minifySync, type Plugin } from 'vite';

/**
 * Shortens the names of private members in the script-tag bundle's entry chunk (Rolldown's own
 * `mangleProps` refuses builds with lazy chunks). Only the names listed are renamed, everywhere in
 * the chunk, so each must be a private member that is only ever written as `.name` (never as a
 * string, a computed key, a decorated/reactive property, or a name Lit, zod or the DOM also uses).
 *
 * Guard: if a listed name still appears as a whole string afterwards (`'name'`, a quoted key), the
 * build fails, because that spelling would now miss the renamed member.
 */
export function manglePrivateMembers(names: readonly string[]): Plugin {
  const include = new RegExp(`^(?:${names.join('|')})$`);
  return {
    name: 'incident-elements:mangle-private-members',
    renderChunk(code, chunk) {
      if (!chunk.isEntry) return null;
      const result = minifySync(chunk.fileName, code, {
        compress: false,
        mangle: false,
        codegen: { removeWhitespace: false },
        mangleProps: { include },
        sourcemap: true,
      });
      if (result.errors.length) throw new Error(result.errors.map((e) => e.message).join('\n'));
      const left = names.filter((name) => new RegExp(`["'\\x60]${name}["'\\x60]`).test(result.code));
      if (left.length) {
        throw new Error(`mangle-private-members: still spelled out after renaming: ${left.join(', ')}`);
      }
      return { code: result.code, map: result.map ?? null };
    },
  };
}
