// The vanilla-DOM baseline: the same visible content as the list (header with count, tag facets with
// counts, a search box, one <li> per report with id, status, title, summary, date, tags as buttons and
// the diagram as a <pre>), built by cloning <template>s and filling text with textContent — no
// innerHTML, no framework. Filtering toggles `hidden` on the rows.

const dateFormat = new Intl.DateTimeFormat('en', {
  year: 'numeric',
  month: 'short',
  day: 'numeric',
  timeZone: 'UTC',
});

export const tagKey = (tag) => tag.trim().replace(/\s+/g, ' ').toLowerCase();

function diagramText(diagram) {
  if (!diagram) return '';
  const ascii = typeof diagram === 'object' && !Array.isArray(diagram) ? diagram.ascii : diagram;
  return Array.isArray(ascii) ? ascii.join('\n') : String(ascii ?? '');
}

function searchText(report) {
  return [report.id, report.title ?? '', report.summary ?? '', (report.tags ?? []).join(' ')]
    .join('\n')
    .toLowerCase();
}

/** Renders `collection` into the page's #app, with its filtering wired up; returns the rows. */
export function renderVanilla(collection) {
  const app = document.getElementById('app');
  const rowTemplate = document.getElementById('row-template').content.firstElementChild;
  const tagTemplate = document.getElementById('tag-template').content.firstElementChild;
  const facetTemplate = document.getElementById('facet-template').content.firstElementChild;
  const reports = collection.reports;
  const total = reports.length;

  // Tag counts, most used first (what the facets show).
  const counts = new Map();
  for (const report of reports) {
    for (const tag of report.tags ?? []) {
      const key = tagKey(tag);
      const entry = counts.get(key);
      if (entry) entry.count++;
      else counts.set(key, { tag, count: 1 });
    }
  }
  const facets = [...counts.values()].sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag));

  app.querySelector('.title').textContent = collection.title ?? '';
  const countLine = app.querySelector('.count');
  const status = app.querySelector('.status');
  countLine.textContent = `${total} entries`;
  status.textContent = `${total} of ${total} reports`;

  const facetList = app.querySelector('.facets');
  const facetFragment = document.createDocumentFragment();
  const facetButtons = new Map();
  for (const { tag, count } of facets) {
    const li = facetTemplate.cloneNode(true);
    const button = li.firstElementChild;
    button.firstElementChild.textContent = tag;
    button.lastElementChild.textContent = String(count);
    button.dataset.tag = tagKey(tag);
    facetButtons.set(tagKey(tag), button);
    facetFragment.append(li);
  }
  facetList.append(facetFragment);

  const list = app.querySelector('.items');
  const fragment = document.createDocumentFragment();
  const rows = new Array(total);
  for (let i = 0; i < total; i++) {
    const report = reports[i];
    const li = rowTemplate.cloneNode(true);
    const article = li.firstElementChild;
    const top = article.firstElementChild;
    top.firstElementChild.textContent = report.id;
    const statusBadge = top.lastElementChild;
    if (report.status) {
      statusBadge.textContent = report.status;
      statusBadge.dataset.status = report.status;
    } else statusBadge.remove();
    const title = top.nextElementSibling;
    title.textContent = report.title ?? '';
    const summary = title.nextElementSibling;
    summary.textContent = report.summary ?? '';
    const meta = summary.nextElementSibling;
    const time = meta.firstElementChild;
    if (report.date) {
      time.dateTime = report.date;
      time.textContent = dateFormat.format(new Date(report.date));
    }
    meta.lastElementChild.textContent = [
      report.readingMinutes ? `${report.readingMinutes} min read` : '',
      report.category ?? '',
    ]
      .filter(Boolean)
      .join(' · ');
    const tagList = meta.nextElementSibling;
    const keys = new Set();
    for (const tag of report.tags ?? []) {
      const tagLi = tagTemplate.cloneNode(true);
      tagLi.firstElementChild.textContent = tag;
      tagList.append(tagLi);
      keys.add(tagKey(tag));
    }
    const pre = tagList.nextElementSibling;
    const diagram = diagramText(report.diagram);
    if (diagram) pre.textContent = diagram;
    else pre.remove();
    rows[i] = { li, report, keys, text: undefined };
    fragment.append(li);
  }
  list.append(fragment);

  const selected = new Set();
  let query = '';
  function apply() {
    const words = query.toLowerCase().split(/\s+/).filter(Boolean);
    let shown = 0;
    for (const row of rows) {
      let ok = selected.size === 0;
      if (!ok) for (const key of selected) if (row.keys.has(key)) ok = true;
      if (ok && words.length > 0) {
        row.text ??= searchText(row.report);
        for (const word of words) if (!row.text.includes(word)) ok = false;
      }
      if (row.li.hidden === ok) row.li.hidden = !ok;
      if (ok) shown++;
    }
    countLine.textContent = `${shown} entries`;
    status.textContent = `${shown} of ${total} reports`;
    return shown;
  }
  function toggle(key) {
    if (selected.has(key)) selected.delete(key);
    else selected.add(key);
    const button = facetButtons.get(key);
    if (button) button.setAttribute('aria-pressed', selected.has(key) ? 'true' : 'false');
    return apply();
  }
  facetList.addEventListener('click', (event) => {
    const button = event.target.closest('button[data-tag]');
    if (button) toggle(button.dataset.tag);
  });
  list.addEventListener('click', (event) => {
    const button = event.target.closest('button.tag');
    if (button) toggle(tagKey(button.textContent));
  });
  app.querySelector('.search').addEventListener('input', (event) => {
    query = event.target.value.trim();
    apply();
  });
  return rows;
}
