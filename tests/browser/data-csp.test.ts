// Parsing content on a page whose CSP forbids eval: not one securitypolicyviolation. zod 4 classic would
// probe `new Function` (reported even though caught); zod/mini, which the data layer uses, never does.
import { expect } from '@open-wc/testing';

interface ProbeResult {
  parsed: boolean[];
  violationsAfterParse: string[];
  evalBlocked: boolean;
  violationsAfterEval: string[];
  error?: string;
}

/**
 * A same-origin document with its own CSP: scripts from this origin and inline ones, but not eval. The
 * origin is spelled out because Firefox doesn't match `'self'` for an `about:srcdoc` document. A classic
 * script listens for violations before the module (and zod) loads.
 */
const PAGE = `<!doctype html>
<meta http-equiv="Content-Security-Policy" content="script-src ${location.origin} 'unsafe-inline'">
<script>
  window.violations = [];
  document.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + e.sourceFile + ':' + e.lineNumber));
</script>
<script type="module">
  const settle = () => new Promise((resolve) => setTimeout(resolve, 200));
  const result = {};
  try {
    const { parseCollection } = await import('/src/data/index.ts');
    const names = ['incident-reports', 'dated-notes', 'all-posts'];
    const samples = await Promise.all(names.map(async (n) => (await fetch('/src/data/samples/' + n + '.json')).json()));
    result.parsed = [...samples, { reports: [{ url: 'javascript:x' }] }, [{ summary: 'a [b](/c)' }]].map((s) => parseCollection(s).ok);
    await settle();
    result.violationsAfterParse = [...violations];
    try { new Function('return 1'); result.evalBlocked = false; } catch { result.evalBlocked = true; }
    await settle();
    result.violationsAfterEval = [...violations];
  } catch (error) {
    result.error = String(error);
  }
  parent.postMessage({ dataCspProbe: result }, '*');
</script>`;

describe('parsing under a CSP without unsafe-eval', () => {
  let result: ProbeResult;
  before(async () => {
    const frame = document.createElement('iframe');
    const answer = new Promise<ProbeResult>((resolve) => {
      window.addEventListener(
        'message',
        function onMessage(event: MessageEvent<{ dataCspProbe?: ProbeResult }>) {
          if (event.source !== frame.contentWindow || !event.data.dataCspProbe) return;
          window.removeEventListener('message', onMessage);
          resolve(event.data.dataCspProbe);
        },
      );
    });
    frame.srcdoc = PAGE;
    document.body.append(frame);
    result = await answer;
    frame.remove();
  });

  it('parses the samples and raises no securitypolicyviolation', () => {
    expect(result.error).to.equal(undefined);
    expect(result.parsed).to.deep.equal([true, true, true, false, true]);
    expect(result.violationsAfterParse).to.deep.equal([]);
  });

  it('really runs under that policy: eval is blocked and reported', () => {
    expect(result.evalBlocked).to.equal(true);
    expect(result.violationsAfterEval.length).to.be.greaterThan(0);
  });
});
