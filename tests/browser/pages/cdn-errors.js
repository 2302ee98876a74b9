// Records every inc-error that reaches the document, from before any element or loader runs.
window.incErrors = [];
document.addEventListener('inc-error', (event) =>
  window.incErrors.push({ tag: event.target.localName, ...event.detail }),
);
