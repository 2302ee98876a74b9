import { css } from 'lit';

export const reportListStyles = css`
  .list {
    background: var(--_bg);
    border-radius: var(--_radius);
    padding: var(--inc-list-padding, 0);
  }

  :host([theme]) .list {
    padding: var(--inc-list-padding, calc(var(--_space) * 1.25));
  }

  .header {
    margin-block-end: 1em;
  }
  .title {
    margin: 0 0 0.35em;
    font-size: 1.6em;
    font-weight: 700;
    line-height: 1.2;
    overflow-wrap: anywhere;
  }
  .description {
    margin: 0 0 0.5em;
    max-width: 70ch;
    overflow-wrap: anywhere;
  }
  .count {
    margin: 0;
    color: var(--_muted);
    font-size: max(0.9375em, 12px);
  }
  :host([theme='terminal']) .count {
    font-family: var(--_mono);
  }

  ::slotted([slot='filter']) {
    margin-block-end: 1em;
  }

  .section + .section {
    margin-block-start: 1.5em;
  }
  .section-title {
    margin: 0 0 0.6em;
    font-size: max(0.8125em, 12px);
    font-weight: 700;
    letter-spacing: 0.08em;
    text-transform: uppercase;
    color: var(--_muted);
  }
  .section-description {
    margin: -0.25em 0 0.75em;
    color: var(--_muted);
  }

  /* Off-screen chunks of cards skip style, layout and paint until scrolled near; they stay in the
     DOM, so find-in-page and screen readers still reach them. Chunks, not single cards: hiding many
     skipped boxes at once (a filter change) costs per box. */
  .chunk {
    content-visibility: auto;
    contain-intrinsic-size: auto calc(var(--_item-size) * var(--_items, 25));
    /* Stated, not only implied by content-visibility: a collapsed chunk keeps it, since a change
       of style containment costs a walk of the page's whole layout tree in Chromium. */
    contain: style;
  }
  /* Every card in it is filtered out: laid out now (zero height), not at a remembered size. */
  .chunk.collapsed {
    content-visibility: visible;
  }
  /* The list's first chunk is always laid out, contained as content-visibility would: it is
     usually on screen, and content-visibility decides a frame late. Prerendered, that frame delayed
     the largest paint; live, its cards give the measurement the placeholders below multiply, and
     Firefox decided it was shown (and fired the event the measurement waits for) only after the
     cards' first paint, so that frame painted every placeholder at the estimate. */
  section:first-child .chunk:first-child:not(.collapsed) {
    content-visibility: visible;
    contain: layout style paint;
  }

  /* Placeholders (view): items not laid out yet reserve their measured height (\`--_item-size\`,
     set once the first chunk is laid out; until then an estimate per layout). */
  .sections {
    --_item-size: var(--_item-measured, 12em);
  }
  .sections[data-variant='row'] {
    --_item-size: var(--_item-measured, 4.5em);
  }
  .pending {
    block-size: calc(var(--_item-size) * var(--_items, 0));
  }

  /* A windowed list: the virtualizer positions each item (inline styles); items span the list. */
  .windowed > .item {
    inline-size: 100%;
  }
  /* A card whose chunk is still loading (script-tag loader) is an empty inline box: measured so, a
     screen would take thousands of items, and the virtualizer rendered them all (a 14 s task). */
  .windowed inc-card:not(:defined) {
    display: block;
    min-block-size: var(--_item-size);
  }
  .windowed-note {
    margin: 0 0 1em;
    color: var(--_muted);
    font-size: max(0.875em, 12px);
  }
  .windowed-note .clear {
    margin-inline-start: 0.5em;
  }

  .empty {
    padding: 1.5em;
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    text-align: center;
    color: var(--_muted);
  }
  .empty p {
    margin: 0 0 0.75em;
  }
  p.empty {
    margin: 0;
  }
  .clear {
    padding: 0.3em 0.9em;
    border-radius: 6px;
    border: 1px solid var(--_control-border);
    background: var(--_surface);
    color: var(--_text);
    cursor: pointer;
  }
  .clear:hover {
    border-color: var(--_accent);
  }

  .skeleton {
    min-height: var(--inc-list-min-height, 24em);
    display: grid;
    gap: 0.75em;
    align-content: start;
  }
  .skeleton-card {
    height: 7em;
    border-radius: var(--_radius);
    background: linear-gradient(90deg, var(--_surface) 25%, var(--_border) 37%, var(--_surface) 63%);
    background-size: 400% 100%;
    animation: shimmer 1.4s ease infinite;
  }
  @keyframes shimmer {
    from {
      background-position: 100% 50%;
    }
    to {
      background-position: 0 50%;
    }
  }

  @media print {
    /* Every chunk is printed, laid out or not. */
    .chunk {
      content-visibility: visible;
    }
    .clear,
    .skeleton {
      display: none;
    }
    /* A windowed list prints the reports in the page, in flow: no space for the others.
       (Important: the virtualizer's inline styles place and size them for the screen.) */
    .windowed {
      min-block-size: 0 !important;
      contain: none !important;
    }
    .windowed > .item {
      position: static !important;
      transform: none !important;
    }
  }

  /* Content text: its own direction (see report-parts.styles.ts). */
  .title,
  .description,
  .count,
  .section-title,
  .section-description {
    unicode-bidi: plaintext;
  }
`;
