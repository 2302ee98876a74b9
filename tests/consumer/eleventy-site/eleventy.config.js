// The README's Eleventy recipe: a shortcode that prerenders the elements at build time, and the
// package's script-tag build copied beside the pages so the list becomes live in the browser.
import { renderToString } from 'incident-elements/ssr';

export default function (eleventyConfig) {
  eleventyConfig.addPassthroughCopy({ 'node_modules/incident-elements/dist/cdn': 'incident-elements' });
  // {% incidents collection %} or {% incidents collection, "card", "INC-002" %}
  eleventyConfig.addShortcode('incidents', (content, element = 'list', reportId) =>
    renderToString(content, { element, reportId }),
  );
}

export const config = { dir: { input: 'src', output: '_site' } };
