// Its own module: a card needs only this of the filter state (its chunk stays off a card's page).

/** Tags compare case-insensitively and tolerant of spacing: " Feature  flags" is "feature flags". */
export function tagKey(tag: string): string {
  return tag.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
}
