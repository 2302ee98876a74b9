/** The tag filter's controls and status. */
export const TAG_FILTER_STRINGS = {
  tagsLabel: 'Filter by tag',
  matchAny: 'Any tag',
  matchAll: 'All tags',
  matchLabel: 'Match',
  clear: 'Clear',
  search: 'Search',
  searchPlaceholder: 'Search reports',
  showMore: 'Show {count} more',
  showLess: 'Show fewer',
  matching: '{count} of {total} reports match',
  matchingNone: 'No reports match',
} as const;
