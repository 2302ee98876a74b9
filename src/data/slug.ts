/** Lower-case ASCII words joined by single hyphens: the form of `slug` and of group ids. */
export const KEBAB_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Longest slug `slugify` returns; ids derived from a long summary would otherwise be sentences. */
const MAX_SLUG_LENGTH = 60;

/**
 * A URL-friendly id for `text`: accents folded, lower case, runs of anything but letters and digits
 * turned into one hyphen, cut at a word boundary to at most 60 characters. Letters outside ASCII are
 * kept (a Cyrillic title still gets an id); returns `""` when `text` has no letters or digits.
 */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= MAX_SLUG_LENGTH) return slug;
  const cut = slug.slice(0, MAX_SLUG_LENGTH + 1);
  const boundary = cut.lastIndexOf('-');
  return (boundary > 0 ? cut.slice(0, boundary) : cut.slice(0, MAX_SLUG_LENGTH)).replace(/-+$/, '');
}
