// Loaded by strict-code.html as a classic, external script (the page allows no inline script): counts
// every CSP violation from the start, then loads <inc-code-block> and waits for every block.
window.cspViolations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.cspViolations.push({
    directive: event.effectiveDirective,
    blocked: event.blockedURI,
    source: event.sourceFile,
    line: event.lineNumber,
    sample: event.sample,
  });
});
window.codeBlocksReady = import('/src/components/code-block/define.ts').then(() =>
  Promise.all([...document.querySelectorAll('inc-code-block')].map((block) => block.highlightComplete)),
);
