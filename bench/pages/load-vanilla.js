// Case 4 baseline: a page that fetches the same JSON and renders it with template cloning.
import { renderVanilla } from './vanilla-render.js';

fetch(document.body.dataset.src)
  .then((response) => response.json())
  .then((collection) => renderVanilla(collection));
