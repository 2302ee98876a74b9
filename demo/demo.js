// The demo's theme picker: one theme for every list and report on the page, or each as written.
// The control must say what is shown: on load it starts at "As written" (the lists' own themes
// differ), and a choice the browser restored on reload is applied rather than left stale.
const picker = document.querySelector('.theme-picker');
const themed = () => document.querySelectorAll('inc-report-list, inc-report');
for (const el of themed()) el.dataset.writtenTheme = el.getAttribute('theme') ?? '';

/** Shows `theme` everywhere ('' puts back each element's own), and the page around it to match. */
function apply(theme) {
  for (const el of themed()) {
    const value = theme || el.dataset.writtenTheme;
    if (value) el.setAttribute('theme', value);
    else el.removeAttribute('theme');
  }
  // The page's own colours (demo.css): light unless the choice is dark, terminal, or auto.
  document.documentElement.dataset.theme = theme;
}

picker?.addEventListener('change', (event) => apply(event.target.value));
apply(picker?.querySelector('input:checked')?.value ?? '');
