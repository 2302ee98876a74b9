// Injected by the test server (web-test-runner.config.mjs, `?inc-probe` pages only) as the first
// classic script of a host page, so it records from before any of the page's own scripts run:
// uncaught errors, console errors and warnings, and CSP / Trusted Types violations.
(() => {
  const tags = [
    'inc-report-list',
    'inc-card',
    'inc-tag-filter',
    'inc-ascii-diagram',
    'inc-report',
    'inc-code-block',
  ];
  const probe = {
    errors: [],
    consoleErrors: [],
    warnings: [],
    violations: [],
    definedBeforeHooks: tags.some((tag) => customElements.get(tag) !== undefined),
  };
  window.__incProbe = probe;
  window.addEventListener('error', (event) => probe.errors.push(String(event.message)));
  window.addEventListener('unhandledrejection', (event) => probe.errors.push(String(event.reason)));
  document.addEventListener('securitypolicyviolation', (event) =>
    probe.violations.push(
      `${event.effectiveDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`,
    ),
  );
  const { error, warn } = console;
  console.error = (...args) => {
    probe.consoleErrors.push(args.map(String).join(' '));
    error.apply(console, args);
  };
  console.warn = (...args) => {
    probe.warnings.push(args.map(String).join(' '));
    warn.apply(console, args);
  };
})();
