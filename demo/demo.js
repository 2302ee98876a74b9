// The demo's theme picker: sets the same theme on every list on the page.
const picker = document.querySelector('.theme-picker');
picker?.addEventListener('change', (event) => {
  const theme = event.target.value;
  document.body.dataset.theme = theme;
  for (const el of document.querySelectorAll('inc-report-list, inc-report')) el.setAttribute('theme', theme);
});
