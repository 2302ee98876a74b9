// Loaded by strict-all.html as a classic, external script (the page allows no inline script): records
// every CSP / Trusted Types violation and uncaught error from the start, then registers the elements.
window.cspViolations = [];
window.pageErrors = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.cspViolations.push(
    `${event.effectiveDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`,
  );
});
window.addEventListener('error', (event) => window.pageErrors.push(String(event.message)));
window.addEventListener('unhandledrejection', (event) => window.pageErrors.push(String(event.reason)));
window.elementsReady = import('/src/define.ts');
