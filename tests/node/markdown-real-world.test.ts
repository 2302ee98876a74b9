import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { parseCollection } from '../../src/data/index.js';
import { importMarkdownFiles } from '../../src/markdown/index.js';
import { repoRoot } from './helpers.js';

/**
 * Real blog folders (see tests/fixtures/real-world/SOURCES.md): each converts with no error, and its
 * warnings are exactly the constructs the content format lacks, each at its line.
 */
const EXPECTED: Record<string, { reports: string[]; warnings: string[] }> = {
  'astro-astro': {
    reports: ['first-post', 'markdown-style-guide', 'second-post', 'third-post'],
    warnings: [
      'first-post.md:4: "pubDate" "Jul 08 2022" read as 2022-07-08',
      'markdown-style-guide.md:4: "pubDate" "Jun 19 2024" read as 2024-06-19',
      'markdown-style-guide.md:42: image dropped: blog placeholder',
      'markdown-style-guide.md:73: raw HTML dropped: <br>',
      'markdown-style-guide.md:74: raw HTML dropped: <cite>',
      'markdown-style-guide.md:74: footnote reference dropped: [^1]',
      'markdown-style-guide.md:76: footnote dropped: [^1]',
      'markdown-style-guide.md:90: table dropped',
      'markdown-style-guide.md:181: nested list flattened into its parent list',
      'markdown-style-guide.md:185: nested list flattened into its parent list',
      'markdown-style-guide.md:206: raw HTML dropped: <abbr title="Graphics Interchange Forma…',
      'markdown-style-guide.md:208: raw HTML dropped: <sub>',
      'markdown-style-guide.md:210: raw HTML dropped: <sup>',
      'markdown-style-guide.md:210: raw HTML dropped: <sup>',
      'markdown-style-guide.md:210: raw HTML dropped: <sup>',
      'markdown-style-guide.md:212: raw HTML dropped: <kbd>',
      'markdown-style-guide.md:212: raw HTML dropped: <kbd>',
      'markdown-style-guide.md:212: raw HTML dropped: <kbd>',
      'markdown-style-guide.md:214: raw HTML dropped: <mark>',
      'second-post.md:4: "pubDate" "Jul 15 2022" read as 2022-07-15',
      'third-post.md:4: "pubDate" "Jul 22 2022" read as 2022-07-22',
    ],
  },
  'eleventy-eleventy-base-blog': {
    reports: ['firstpost', 'fourthpost', 'secondpost', 'thirdpost'],
    warnings: [
      'fourthpost/fourthpost.md:11: raw HTML dropped: <img src="./possum.png" alt="A possum p…',
      'secondpost.md:11: raw HTML dropped: <a href="/blog/firstpost.md">',
      'secondpost.md:12: raw HTML dropped: <a href="blog/thirdpost.md">',
    ],
  },
  'hugo-hugoBasicExample': {
    reports: ['emoji-support', 'markdown-syntax', 'math-typesetting', 'placeholder-text', 'rich-content'],
    warnings: [
      'emoji-support.md:17: raw HTML dropped: <p><span class="nowrap"><span class="em…',
      'emoji-support.md:22: thematic break dropped',
      'emoji-support.md:26: template tag dropped: {{< highlight html >}}',
      'emoji-support.md:30: template tag dropped: {{< /highlight >}}',
      'emoji-support.md:32: template tag dropped: {{< css.inline >}}',
      'emoji-support.md:33: raw HTML dropped: <style>',
      'emoji-support.md:46: template tag dropped: {{< /css.inline >}}',
      'markdown-syntax.md:50: raw HTML dropped: <br>',
      'markdown-syntax.md:51: raw HTML dropped: <cite>',
      'markdown-syntax.md:51: footnote reference dropped: [^1]',
      'markdown-syntax.md:53: footnote dropped: [^1]',
      'markdown-syntax.md:59: table dropped',
      'markdown-syntax.md:66: table dropped',
      'markdown-syntax.md:101: template tag dropped: {{< highlight html >}}',
      'markdown-syntax.md:102: raw HTML dropped: <!doctype html>',
      'markdown-syntax.md:103: raw HTML dropped: <html lang="en">',
      'markdown-syntax.md:131: nested list flattened into its parent list',
      'markdown-syntax.md:135: nested list flattened into its parent list',
      'markdown-syntax.md:140: raw HTML dropped: <abbr title="Graphics Interchange Forma…',
      'markdown-syntax.md:142: raw HTML dropped: <sub>',
      'markdown-syntax.md:144: raw HTML dropped: <sup>',
      'markdown-syntax.md:144: raw HTML dropped: <sup>',
      'markdown-syntax.md:144: raw HTML dropped: <sup>',
      'markdown-syntax.md:146: raw HTML dropped: <kbd>',
      'markdown-syntax.md:146: raw HTML dropped: <kbd>',
      'markdown-syntax.md:146: raw HTML dropped: <kbd>',
      'markdown-syntax.md:146: raw HTML dropped: <kbd>',
      'markdown-syntax.md:148: raw HTML dropped: <mark>',
      'math-typesetting.md:29: template tag dropped: {{< math.inline >}}',
      'math-typesetting.md:30: template tag dropped: {{ if or .Page.Params.math .Site.Params…',
      'math-typesetting.md:32: raw HTML dropped: <link rel="stylesheet" href="https://cd…',
      'math-typesetting.md:40: template tag dropped: {{< math.inline >}}',
      'math-typesetting.md:41: raw HTML dropped: <p>',
      'math-typesetting.md:47: math dropped: \\varphi = 1+\\frac{1} {1+\\frac{1} {1+\\fr…',
      'placeholder-text.md:29: raw HTML dropped: <svg class="canon" xmlns="http://www.w3…',
      'placeholder-text.md:29: raw HTML dropped: <g fill="none">',
      'placeholder-text.md:29: raw HTML dropped: <path stroke="#000" stroke-width=".75" …',
      'placeholder-text.md:29: raw HTML dropped: <path stroke="#ED1C24" stroke-width=".7…',
      'placeholder-text.md:29: raw HTML dropped: <path stroke="#000" stroke-width=".75" …',
      'placeholder-text.md:29: raw HTML dropped: <ellipse cx="498.729" cy="177.625" rx="…',
      'placeholder-text.md:29: raw HTML dropped: <ellipse cx="247.229" cy="377.375" rx="…',
      'placeholder-text.md:41: template tag dropped: {{< css.inline >}}',
      'placeholder-text.md:42: raw HTML dropped: <style>',
      'placeholder-text.md:45: template tag dropped: {{< /css.inline >}}',
      'rich-content.md:14: thematic break dropped',
      'rich-content.md:18: template tag dropped: {{< youtube ZJthWmvUzzc >}}',
      'rich-content.md:20: raw HTML dropped: <br>',
      'rich-content.md:22: thematic break dropped',
      'rich-content.md:26: template tag dropped: {{< twitter_simple user="designreviewed…',
      'rich-content.md:28: raw HTML dropped: <br>',
      'rich-content.md:30: thematic break dropped',
      'rich-content.md:34: template tag dropped: {{< vimeo_simple 48912912 >}}',
    ],
  },
  'jekyll-jekyll': {
    reports: [
      'alfredxing-welcome-to-jekyll-core',
      'jekyll-3-3-is-here',
      'diversity-open-source',
      'development-update',
      'security-fixes-for-3-6-3-7-3-8',
    ],
    warnings: [
      '2016-10-06-jekyll-3-3-is-here.md:30: template tag dropped: {{ "/docs/themes/#assets" | relative_ur…',
      '2016-10-06-jekyll-3-3-is-here.md:41: template tag dropped: {% raw %}',
      '2016-10-06-jekyll-3-3-is-here.md:45: template tag dropped: {% endraw %}',
      '2016-10-06-jekyll-3-3-is-here.md:50: template tag dropped: {% raw %}',
      '2016-10-06-jekyll-3-3-is-here.md:54: template tag dropped: {% endraw %}',
      '2016-10-06-jekyll-3-3-is-here.md:61: template tag dropped: {% raw %}',
      '2016-10-06-jekyll-3-3-is-here.md:65: template tag dropped: {% endraw %}',
      '2016-10-06-jekyll-3-3-is-here.md:105: template tag dropped: {{ "/docs/history/#v3-3-0" | relative_u…',
      '2018-09-19-security-fixes-for-3-6-3-7-3-8.markdown:17: template tag dropped: {{ site.repository }}',
    ],
  },
};

/** Every warning names a construct the format cannot hold, or a value read leniently. */
const LACKING =
  /^(?:raw HTML dropped|image dropped|table dropped|footnote (?:reference )?dropped|thematic break dropped|nested list flattened|template tag dropped|math dropped|"pubDate" "[^"]+" read as \d{4}-\d{2}-\d{2}$)/;

describe('Markdown import of real blog folders', () => {
  for (const [folder, expected] of Object.entries(EXPECTED)) {
    it(`${folder}: every post converts, with exactly the expected warnings`, async () => {
      const base = path.join(repoRoot, 'tests/fixtures/real-world/markdown', folder);
      const result = await importMarkdownFiles([base]);
      assert.deepEqual(result.errors, []);
      assert.deepEqual(result.drafts, []);
      assert.deepEqual(
        result.collection.reports.map((report) => report.slug),
        expected.reports,
      );
      const warnings = result.warnings.map(
        ({ file, line, message }) =>
          `${path.relative(base, file).split(path.sep).join('/')}:${line}: ${message}`,
      );
      assert.deepEqual(warnings, expected.warnings);
      for (const { message } of result.warnings) assert.match(message, LACKING);
      const parsed = parseCollection(result.collection);
      assert.ok(parsed.ok, JSON.stringify(!parsed.ok && parsed.issues));
      for (const report of parsed.collection.reports) {
        assert.ok(report.title, `${report.id} has a title`);
        assert.ok(report.date, `${report.id} has a date`);
        assert.ok(report.body.length > 0, `${report.id} has a body`);
      }
    });
  }
});
