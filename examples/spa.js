// What a client-side router does to a page: detaches elements, re-attaches them elsewhere, swaps a
// route's content, puts the same instances back, changes `src` while an element is detached and
// removes an element while its content is still being fetched. When it is done it sets
// `data-spa="done"` on <html> and fires `spa-done` on the document (`data-spa="failed"` on an error).
const status = document.getElementById('spa-status');
const outlet = document.getElementById('outlet');
const sidebar = document.getElementById('sidebar');

const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Resolves on the element's next `inc-load`, rejects on `inc-error` or after `ms`. */
function loaded(el, ms = 8000) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no inc-load from #${el.id} in ${ms} ms`)), ms);
    const done = (event) => {
      clearTimeout(timer);
      el.removeEventListener('inc-load', done);
      el.removeEventListener('inc-error', done);
      if (event.type === 'inc-load') resolve(event.detail);
      else reject(new Error(`inc-error from #${el.id}: ${event.detail?.message ?? ''}`));
    };
    el.addEventListener('inc-load', done);
    el.addEventListener('inc-error', done);
  });
}

function list(id, src, heading) {
  const el = document.createElement('inc-report-list');
  el.id = id;
  el.setAttribute('heading', heading);
  if (src) el.setAttribute('src', src);
  const filter = document.createElement('inc-tag-filter');
  filter.slot = 'filter';
  el.append(filter);
  return el;
}

const incidents = document.getElementById('incidents');
const featured = document.getElementById('featured');
// This script comes before the bundle, so the listener is in place before the list can load.
const firstLoad = loaded(incidents);

async function route() {
  await customElements.whenDefined('inc-report-list');
  await firstLoad;

  // 1. Detach the list and re-append it in another part of the page.
  incidents.remove();
  await frame();
  sidebar.append(incidents);
  await frame();

  // 2. Replace the route's content with another route (a new list), then come back.
  const notes = list('notes', '/src/data/samples/dated-notes.json', '{count} notes');
  const notesLoaded = loaded(notes);
  outlet.replaceChildren(notes);
  await notesLoaded;
  outlet.replaceChildren();
  await frame();

  // 3. Re-add the same instances (the list from the sidebar, the card from the old route).
  outlet.append(incidents, featured);
  await frame();

  // 4. Set src (and report-id) while detached, then attach.
  featured.remove();
  featured.setAttribute('report-id', 'INC-007');
  outlet.append(featured);
  await sleep(300); // same src: the content may come from the cache without a new inc-load

  notes.remove();
  notes.setAttribute('src', '/src/data/samples/all-posts.json');
  notes.setAttribute('heading', '{count} posts');
  const postsLoaded = loaded(notes);
  sidebar.append(notes);
  await postsLoaded;

  // 5. Remove an element mid-fetch, wait past the fetch, then add it back.
  const late = list('late', '/src/data/samples/dated-notes.json', '{count} late notes');
  outlet.append(late);
  await Promise.resolve();
  late.remove();
  await sleep(400);
  const lateLoaded = loaded(late);
  outlet.append(late);
  await Promise.race([lateLoaded.catch(() => undefined), sleep(1500)]); // it may render from the cache without a new inc-load
  await frame();
}

route().then(
  () => {
    status.textContent = 'Routing done.';
    document.documentElement.dataset.spa = 'done';
    document.dispatchEvent(new Event('spa-done'));
  },
  (error) => {
    status.textContent = `Routing failed: ${error.message}`;
    document.documentElement.dataset.spa = 'failed';
    document.documentElement.dataset.spaError = error.message;
    document.dispatchEvent(new Event('spa-done'));
  },
);
