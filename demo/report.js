// The demo's report page: /demo/report.html?src=<collection>&id=<report id>, or &slug=<report slug>
// (the demo server sends the sample content's /reports/<slug> links here, as a real site would route
// them to its report page).
const params = new URLSearchParams(location.search);
const src = params.get('src') ?? '/src/data/samples/incident-reports.json';
const report = document.getElementById('report');

async function idForSlug(slug) {
  try {
    const content = await (await fetch(src)).json();
    const reports = Array.isArray(content) ? content : (content.reports ?? []);
    return reports.find((r) => r && r.slug === slug)?.id ?? slug;
  } catch {
    return slug; // <inc-report> reports what went wrong with src itself
  }
}

const id = params.get('id') ?? (params.has('slug') ? await idForSlug(params.get('slug')) : null);
if (id) report.setAttribute('report-id', id);
report.setAttribute('src', src);
report.addEventListener('inc-load', async () => {
  await report.updateComplete;
  const title = report.shadowRoot?.querySelector('[part~="title"], [part~="summary"]')?.textContent?.trim();
  if (title) document.title = `${title} — incident-elements demo`;
});
