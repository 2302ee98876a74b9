// `incident-elements render`: in process through CliIo, and once through the real bin.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';
import { runCli, type CliIo } from '../../src/cli/validate.js';
import { INVALID_FIXTURES } from '../fixtures/invalid-fixtures.js';
import { parsesOk, readJson, repoRoot, SAMPLE_NAMES } from './helpers.js';
import { assertReadable, visibleText } from './ssr-helpers.js';

const samplePath = (name: string): string => `src/data/samples/${name}.json`;

/** Runs the CLI against the real files, capturing what it prints and writes; URLs come from `pages`. */
async function run(args: string[], pages: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const written = new Map<string, string>();
  const io: CliIo = {
    stdout: (line) => out.push(line),
    stderr: (line) => err.push(line),
    readFile: (file) => readFile(path.resolve(repoRoot, file), 'utf8'),
    fetchText: (url) => {
      const body = pages[url];
      if (body === undefined)
        return Promise.resolve({ ok: false, status: 404, statusText: 'Not Found', text: '' });
      return Promise.resolve({ ok: true, status: 200, statusText: 'OK', text: body });
    },
    writeFile: (file, text) => {
      written.set(file, text);
      return Promise.resolve();
    },
  };
  const code = await runCli(args, io);
  return { code, out, err, written };
}

describe('incident-elements render (in process)', () => {
  for (const name of SAMPLE_NAMES) {
    it(`prints the ${name} sample as a prerendered list, every report readable`, async () => {
      const { code, out, err } = await run(['render', samplePath(name)]);
      assert.equal(code, 0, err.join('\n'));
      assert.equal(out.length, 1);
      const markup = out[0]!;
      assert.match(markup, /<inc-report-list[^>]*><template shadowroot="open" shadowrootmode="open">/);
      assertReadable(markup, parsesOk(readJson(samplePath(name))).collection);
    });
  }

  it('renders a URL, a card by --report-id with --theme and --variant, and writes -o', async () => {
    const body = await readFile(path.join(repoRoot, samplePath('incident-reports')), 'utf8');
    const url = 'https://example.test/reports.json';
    const { reports } = parsesOk(JSON.parse(body)).collection;
    const chosen = reports[1]!;
    const args = [
      'render',
      url,
      '--element',
      'card',
      '--report-id',
      chosen.id,
      '--theme=dark',
      '--variant',
      'row',
    ];
    const { code, out, err, written } = await run([...args, '-o', 'out.html'], { [url]: body });
    assert.equal(code, 0, err.join('\n'));
    assert.deepEqual(out, [`${url}: rendered ${reports.length} reports to out.html`]);
    const markup = written.get('out.html') ?? '';
    assert.match(markup, /<inc-card [^>]*theme="dark"/);
    assert.ok(visibleText(markup).includes(chosen.title!));
    assert.ok(!visibleText(markup).includes(reports[0]!.title!), 'not another report');
  });

  it('lays a list out like its page with --heading, --sort, --group-by, --meta and --link-label', async () => {
    const args = ['render', samplePath('incident-reports'), '--sort', 'id', '--group-by=none'];
    const layout = ['--meta', 'id slug status', '--link-label', 'read the report', '--heading='];
    const { code, out, err } = await run([...args, ...layout]);
    assert.equal(code, 0, err.join('\n'));
    const markup = out.join('\n');
    // An empty attribute: `heading` and `heading=""` are the same to the browser.
    assert.match(markup, /<inc-report-list(\s[^>]*)?\sheading(="")?[\s>]/);
    assert.ok(!markup.includes('part="count"'), 'no count line');
    assert.match(markup, /<inc-report-list\s[^>]*link-label="read the report"/);
    assert.ok(visibleText(markup).includes('read the report'));
    const bad = await run(['render', samplePath('incident-reports'), '--sort', 'random']);
    assert.equal(bad.code, 2);
    assert.match(bad.err.join('\n'), /sort must be one of/);
  });

  it('renders a full report', async () => {
    const { reports } = parsesOk(readJson(samplePath('incident-reports'))).collection;
    const chosen = reports.find((r) => r.body.length > 0)!;
    const args = ['render', samplePath('incident-reports'), '--element', 'report', '--report-id', chosen.id];
    const { code, out } = await run(args);
    assert.equal(code, 0);
    assert.match(out[0]!, /^(<!--[^>]*-->)*<inc-report /);
  });

  it('exits 1 for each invalid fixture with the same path-bearing lines as validate, on stderr', async () => {
    for (const fixture of INVALID_FIXTURES) {
      const file = `tests/fixtures/invalid/${fixture.file}`;
      const rendered = await run(['render', file]);
      const validated = await run(['validate', file]);
      assert.equal(rendered.code, 1, fixture.file);
      assert.deepEqual(rendered.out, [], 'no HTML for invalid content');
      assert.deepEqual(rendered.err, validated.out, fixture.file);
    }
  });

  it('prints warnings on stderr and still exits 0', async () => {
    const { code, out, err } = await run(['render', 'tests/fixtures/valid/unknown-fields.json']);
    assert.equal(code, 0);
    assert.equal(out.length, 1);
    assert.ok(err.length > 0 && err.every((line) => line.includes(': warning: ')), err.join('\n'));
  });

  it('exits 2 for an unreadable file or URL', async () => {
    const missing = await run(['render', 'missing.json']);
    assert.equal(missing.code, 2);
    assert.match(missing.err[0]!, /^missing\.json: cannot read: /);
    const notFound = await run(['render', 'https://example.test/missing.json']);
    assert.equal(notFound.code, 2);
    assert.match(notFound.err[0]!, /HTTP 404 Not Found/);
  });

  it('exits 2 for bad usage, naming what is wrong', async () => {
    const sample = samplePath('incident-reports');
    const cases: Array<[string[], RegExp]> = [
      [['render'], /no file given/],
      [['render', sample, sample], /one file/],
      [['render', sample, '--colour'], /unknown option "--colour"/],
      [['render', sample, '--element'], /--element needs a value/],
      [['render', sample, '--element', 'grid'], /element must be one of list, card, report/],
      [['render', sample, '--theme', 'neon'], /theme must be one of/],
      [['render', sample, '--element', 'card'], /holds 7 reports: give report-id/],
      [
        ['render', sample, '--element', 'report', '--report-id', 'NOPE'],
        /no report with id "NOPE" \(report-id\)/,
      ],
    ];
    for (const [args, message] of cases) {
      const { code, out, err } = await run(args);
      assert.equal(code, 2, args.join(' '));
      assert.deepEqual(out, [], args.join(' '));
      assert.match(err.join('\n'), message, args.join(' '));
    }
  });

  it('prints its help with -h', async () => {
    const { code, out } = await run(['render', '--help']);
    assert.equal(code, 0);
    assert.match(out[0]!, /^Usage: incident-elements render/);
  });
});

describe('incident-elements render (the bin)', () => {
  it('prints HTML on stdout and nothing else', async () => {
    const bin = path.join(repoRoot, 'src/cli/cli.ts');
    const { code, stdout, stderr } = await new Promise<{ code: number; stdout: string; stderr: string }>(
      (resolve) => {
        execFile(
          process.execPath,
          ['--import', 'tsx', bin, 'render', samplePath('dated-notes')],
          { cwd: repoRoot, maxBuffer: 64 * 1024 * 1024 },
          (error, stdout, stderr) => resolve({ code: error ? Number(error.code) : 0, stdout, stderr }),
        );
      },
    );
    assert.equal(code, 0, stderr);
    assert.equal(stderr, '');
    assert.match(stdout, /^(<!--[^>]*-->)*<inc-report-list/);
    assertReadable(stdout, parsesOk(readJson(samplePath('dated-notes'))).collection);
  });
});
