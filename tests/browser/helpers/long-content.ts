// Long content for the layout tests (issue 13): every field at a length no layout can assume. Built
// here rather than committed as JSON, so the fixture stays readable and its sizes stay explicit.

const WORD_10K = 'x'.repeat(10_000);
const LONG_WORD = 'Documentationinfrastructurereliabilityengineering'.repeat(6);
const PROSE = (n: number) =>
  Array.from({ length: n }, (_, i) => `Sentence ${i + 1} about replica lag, retries and back-pressure.`).join(
    ' ',
  );

/** A diagram wider than any screen: 220 columns × 48 lines of box drawing. */
const HUGE_DIAGRAM = Array.from({ length: 48 }, (_, i) =>
  i % 2 === 0 ? `node-${String(i).padStart(3, '0')} ${'─'.repeat(200)}▶ sink` : ` │${' '.repeat(216)}│`,
);

const LONG_CODE_LINE = `const url = "https://example.com/${'segment/'.repeat(400)}end"; // ${'comment '.repeat(100)}`;

const TAGS_200 = Array.from({ length: 200 }, (_, i) => `tag-${i + 1}`);

/** One collection with the worst of every field, plus reports that open in place. */
export function longContentCollection(): Record<string, unknown> {
  return {
    title: `A collection title with ${LONG_WORD}`,
    description: PROSE(12),
    reports: [
      {
        id: 'LONG-001',
        slug: 'a-very-long-authored-slug-that-keeps-going-and-going-without-stopping-anywhere-soon',
        status: 'investigating',
        severity: 'SEV-1',
        title: `A very long title: ${PROSE(6)} ${LONG_WORD}`,
        summary: `${WORD_10K} ${PROSE(20)}`,
        tags: TAGS_200,
        date: '2026-03-01',
        readingMinutes: 42,
        category: `Category ${LONG_WORD}`,
        outcomes: [
          { label: 'p99 latency', value: '95% → 85%' },
          { label: `label ${LONG_WORD}`, value: `value ${LONG_WORD}` },
        ],
        diagram: HUGE_DIAGRAM,
      },
      {
        id: 'LONG-002',
        title: 'Opens in place: every body block at its widest',
        summary: 'A report with a body and no url, so the card opens it in place.',
        tags: ['Python', 'PostgreSQL', LONG_WORD],
        date: '2026-03-02',
        outcomes: [
          { label: 'error rate', value: '12% → 0.1%' },
          { label: 'replica lag', value: '40 min → 2 s' },
          { label: 'cost', value: '−35%' },
        ],
        impact: `${PROSE(4)} ${LONG_WORD}`,
        timeline: [
          { at: '2026-04-02T09:15:00+02:00', text: `Alert fires. ${LONG_WORD}` },
          { at: 'T+4 min', text: 'On-call pages the `db` team.' },
          { at: 'a much longer label than usual', text: PROSE(3) },
        ],
        actionItems: [
          {
            text: `Cap transaction age ${LONG_WORD}`,
            done: true,
            owner: 'Ana',
            url: 'https://example.com/1',
          },
          { text: 'Alert on replica lag', owner: LONG_WORD },
        ],
        body: [
          { type: 'heading', text: `What happened ${LONG_WORD}` },
          { type: 'paragraph', text: `${PROSE(8)} ${LONG_WORD}` },
          { type: 'list', items: [LONG_WORD, PROSE(2)], ordered: true },
          {
            type: 'code',
            code: `${LONG_CODE_LINE}\nshort line`,
            lang: 'text',
            caption: `Caption ${LONG_WORD}`,
          },
          { type: 'diagram', ascii: HUGE_DIAGRAM, label: 'Huge flow', caption: `Caption ${LONG_WORD}` },
          { type: 'quote', text: `${PROSE(2)} ${LONG_WORD}`, cite: LONG_WORD },
          { type: 'callout', tone: 'warning', text: `Long transactions block vacuum. ${LONG_WORD}` },
        ],
      },
      {
        id: 'LONG-003',
        summary: `A title-less note. ${PROSE(3)}`,
        date: '2026-03-03',
        readingMinutes: 3,
        body: [{ type: 'paragraph', text: PROSE(5) }],
      },
    ],
  };
}
