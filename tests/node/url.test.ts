import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { isSafeUrl } from '../../src/data/index.js';
import { cleanUrl } from '../../src/data/url.js';

const BASE = 'https://example.test/dir/page?x#y';
/** The schemes a link may resolve to, as `URL.protocol` spells them. */
const SAFE = new Set(['http:', 'https:', 'mailto:', 'tel:']);

/** What a browser makes of `url` on an https page: the resolved scheme, or undefined when it won't parse. */
function browserScheme(url: string): string | undefined {
  try {
    return new URL(url, BASE).protocol;
  } catch {
    return undefined;
  }
}

describe('isSafeUrl', () => {
  it('accepts http, https, mailto, tel and every relative form', () => {
    for (const url of [
      'mailto:ana@example.com',
      'MailTo:a@b.c?subject=x',
      'tel:+1-555-0100',
      ' m\tailto:a@b.c',
      'http://example.com',
      'https://example.com/a?b#c',
      'HTTPS://EXAMPLE.COM',
      'HtTp://x',
      '//host/x',
      '/x',
      'x/y',
      './x',
      '../x',
      '#a',
      '?q',
      'reports/zero-downtime-migration',
      'a b:c', // a space ends the scheme: a relative path
      '1javascript:alert(1)', // a scheme must start with a letter
      'javascript', // no colon, no scheme
      ' /x ',
      'h\tt\ntp\r://x', // tabs and newlines vanish: still http
      '\x00\x1f https://x',
    ]) {
      assert.equal(isSafeUrl(url), true, JSON.stringify(url));
    }
  });

  it('rejects every other scheme, however disguised', () => {
    for (const url of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      ' javascript:alert(1)',
      '\x00javascript:alert(1)',
      '\x01\x02 \tjavascript:alert(1)',
      'java\tscript:alert(1)',
      'java\nscript:alert(1)',
      'java\rscript:alert(1)',
      'j\ta\tv\ta\ts\tc\tr\ti\tp\tt\t:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
      'mailtox:a@b.c',
      'telnet://x',
      'sms:+1555',
      'ftp://x',
      'httpx://x',
      'http+x:y',
      'a:',
    ]) {
      assert.equal(isSafeUrl(url), false, JSON.stringify(url));
    }
  });

  it('is false for non-strings from untyped callers', () => {
    const untyped = isSafeUrl as (url: unknown) => boolean;
    for (const value of [undefined, null, 42, {}]) assert.equal(untyped(value), false);
  });

  it('agrees with the WHATWG URL parser on arbitrary tricky strings', () => {
    const unit = fc.constantFrom(
      ...'javscriptJAVSCRIPThHmloe'.split(''),
      ':',
      '/',
      '\\',
      '#',
      '?',
      '.',
      '+',
      '-',
      '1',
      ' ',
      '\t',
      '\n',
      '\r',
      '\x00',
      '\x01',
      '\x1f',
      '\x7f',
      'é',
      '%',
    );
    const prefixes = fc.constantFrom(
      '',
      'javascript',
      'http',
      'https',
      'data',
      ' java',
      '\tjav',
      'mailto',
      'tel',
      'ma\til',
    );
    fc.assert(
      fc.property(prefixes, fc.string({ unit, maxLength: 16 }), (prefix, rest) => {
        const url = prefix + rest;
        const scheme = browserScheme(url);
        const safe = isSafeUrl(url);
        if (scheme !== undefined) assert.equal(safe, SAFE.has(scheme), JSON.stringify(url));
      }),
      { numRuns: 5000 },
    );
  });

  it('never calls something unsafe that a browser resolves to http(s), for any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (url) => {
        const scheme = browserScheme(url);
        if (scheme !== undefined) assert.equal(isSafeUrl(url), SAFE.has(scheme), JSON.stringify(url));
      }),
      { numRuns: 5000 },
    );
  });
});

describe('cleanUrl', () => {
  it('reads the URL as a browser does: outer controls and spaces stripped, tabs and newlines removed', () => {
    assert.equal(cleanUrl(' \x00/re\tports/\nx \x1f'), '/reports/x');
    assert.equal(cleanUrl('https://example.com/a b'), 'https://example.com/a b');
  });
});
