import { expect } from '@open-wc/testing';
import { isSafeUrl, parseCollection, parseInline } from '../../src/data/index.js';

/** The test server sends JSON as it is on disk, so samples are fetched rather than imported. */
const load = async (name: string): Promise<unknown> => (await fetch(`/src/data/samples/${name}.json`)).json();

describe('data layer in the browser', () => {
  let incidentReports: unknown;
  let datedNotes: unknown;
  let allPosts: unknown;
  before(async () => {
    [incidentReports, datedNotes, allPosts] = await Promise.all(
      ['incident-reports', 'dated-notes', 'all-posts'].map(load),
    );
  });

  it('parses the three samples', () => {
    const counts = [incidentReports, datedNotes, allPosts].map((sample) => {
      const result = parseCollection(sample);
      if (!result.ok) throw new Error(JSON.stringify(result.issues));
      expect(result.warnings).to.deep.equal([]);
      return result.collection.reports.length;
    });
    expect(counts).to.deep.equal([7, 10, 25]);
  });

  it('keeps diagram glyphs and leading spaces intact', () => {
    const result = parseCollection(incidentReports);
    expect(result.ok && result.collection.reports[1]?.diagram?.lines[2]).to.equal(
      '          └──────┬──────┘',
    );
  });

  it('rejects a javascript: url with its path', () => {
    const result = parseCollection({ reports: [{ title: 'x', url: ' JavaScript:alert(1)' }] });
    expect(result.ok).to.equal(false);
    expect(!result.ok && result.issues[0]?.path).to.equal('reports[0].url');
  });

  it('agrees with this browser’s URL parser on the URL rule', () => {
    const cases = [
      'javascript:x',
      'java\tscript:x',
      ' \x01javascript:x',
      'data:x',
      'https://e.com',
      '//h/x',
      '/x',
      'x/y',
      '#a',
      '?q',
      '1a:b',
      'a b:c',
      'mailto:a@b.c',
      'TEL:+15550100',
      'm\tailto:x',
      'mailtox:y',
      'telnet:z',
    ];
    for (const url of cases) {
      const protocol = new URL(url, 'https://example.test/dir/').protocol;
      expect(isSafeUrl(url), url).to.equal(['http:', 'https:', 'mailto:', 'tel:'].includes(protocol));
    }
  });

  it('parses inline markup into nodes, leaving unsafe links as text', () => {
    expect(parseInline('**a** [b](javascript:c)')).to.deep.equal([
      { kind: 'strong', children: [{ kind: 'text', text: 'a' }] },
      { kind: 'text', text: ' [b](javascript:c)' },
    ]);
  });
});
