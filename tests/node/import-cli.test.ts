import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { IMPORT_USAGE } from '../../src/cli/import.js';
import { runCli, type CliIo } from '../../src/cli/validate.js';
import { parseCollection } from '../../src/data/index.js';
import { repoRoot } from './helpers.js';

let dir = '';
const at = (...parts: string[]): string => path.join(dir, ...parts);

/** Runs the command in process, capturing its output lines. */
async function run(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    stdout: (line) => out.push(line),
    stderr: (line) => err.push(line),
    readFile: () => Promise.reject(new Error('not used')),
    fetchText: () => Promise.reject(new Error('not used')),
  };
  const code = await runCli(['import', ...args], io);
  return { code, out, err };
}

/** Error and warning lines: `file:line: message`. */
const LOCATED = /^[^:]+:\d+: \S/;

before(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'inc-import-'));
  await mkdir(at('posts', 'bundle'), { recursive: true });
  await mkdir(at('posts', 'node_modules'), { recursive: true });
  await writeFile(at('posts', 'b.md'), '---\ntitle: B\ndate: 2026-01-02\n---\nText with <b>html</b>.\n');
  await writeFile(at('posts', 'a.markdown'), '+++\ntitle = "A"\n+++\nText.\n');
  await writeFile(at('posts', 'bundle', 'index.md'), '# Bundle\n\nText.\n');
  await writeFile(at('posts', 'draft.md'), '---\ntitle: Draft\ndraft: true\n---\nText.\n');
  await writeFile(at('posts', 'notes.txt'), 'not Markdown');
  await writeFile(at('posts', 'node_modules', 'skip.md'), '# Skipped\n');
  await writeFile(at('bad.md'), '---\ntitle: Bad\nurl: "javascript:alert(1)"\n---\nText.\n');
});

after(() => rm(dir, { recursive: true, force: true }));

describe('incident-elements import', () => {
  it('writes the collection to stdout and exits 0 when every file converted (warnings allowed)', async () => {
    const { code, out, err } = await run(at('posts'));
    assert.equal(code, 0);
    assert.equal(out.length, 1);
    const collection = JSON.parse(out[0]!) as { reports: { title: string; slug: string }[] };
    // Directories recursively, in name order; drafts, other extensions and node_modules left out.
    assert.deepEqual(
      collection.reports.map((report) => [report.title, report.slug]),
      [
        ['A', 'a'],
        ['B', 'b'],
        ['Bundle', 'bundle'],
      ],
    );
    assert.ok(parseCollection(collection).ok);
    assert.deepEqual(err, [`${at('posts', 'b.md')}:5: warning: raw HTML dropped: <b>`]);
  });

  it('includes drafts with --drafts', async () => {
    const { code, out } = await run('--drafts', at('posts'));
    assert.equal(code, 0);
    const titles = (JSON.parse(out[0]!) as { reports: { title: string }[] }).reports.map((r) => r.title);
    assert.deepEqual(titles, ['A', 'B', 'Bundle', 'Draft']);
  });

  it('writes to the -o file (creating its folder), not stdout', async () => {
    const file = at('out', 'static', 'reports.json');
    const { code, out } = await run(at('posts', 'a.markdown'), '-o', file);
    assert.equal(code, 0);
    assert.deepEqual(out, []);
    const written = JSON.parse(await readFile(file, 'utf8')) as { reports: { title: string }[] };
    assert.deepEqual(
      written.reports.map((r) => r.title),
      ['A'],
    );
    const long = await run(`--output=${file}`, at('posts', 'b.md'));
    assert.equal(long.code, 0);
    assert.match(await readFile(file, 'utf8'), /"title": "B"/);
  });

  it('exits 1 when a file is left out, still writing the rest, errors as file:line: message', async () => {
    const { code, out, err } = await run(at('bad.md'), at('posts', 'a.markdown'));
    assert.equal(code, 1);
    const collection = JSON.parse(out[0]!) as { reports: { title: string }[] };
    assert.deepEqual(
      collection.reports.map((r) => r.title),
      ['A'],
    );
    assert.equal(err.length, 1);
    assert.match(err[0]!, LOCATED);
    assert.ok(err[0]!.startsWith(`${at('bad.md')}:3: url: `), err[0]);
    assert.ok(err[0]!.endsWith('(file left out)'), err[0]);
  });

  it('exits 2 on bad usage: no path, unknown option, missing value, missing path, non-Markdown file', async () => {
    const cases: [string[], RegExp][] = [
      [[], /no path given/],
      [['--json', at('posts')], /unknown option "--json"/],
      [[at('posts'), '-o'], /-o needs a file name/],
      [[at('nope')], /no such file or directory: .*nope/],
      [[at('posts', 'notes.txt')], /not a Markdown file/],
    ];
    for (const [args, message] of cases) {
      const { code, out, err } = await run(...args);
      assert.equal(code, 2, args.join(' '));
      assert.deepEqual(out, []);
      assert.match(err.join('\n'), message);
    }
  });

  it('prints its help with -h', async () => {
    const { code, out } = await run('--help');
    assert.equal(code, 0);
    assert.deepEqual(out, [IMPORT_USAGE]);
  });

  it('runs as a process: JSON on stdout, file:line messages on stderr', async () => {
    const cli = path.join(repoRoot, 'src/cli/cli.ts');
    const result = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
      execFile(
        process.execPath,
        ['--import', 'tsx', cli, 'import', at('posts', 'b.md'), at('bad.md')],
        { cwd: repoRoot },
        (error, stdout, stderr) => resolve({ code: error ? Number(error.code) : 0, stdout, stderr }),
      );
    });
    assert.equal(result.code, 1);
    assert.deepEqual(
      (JSON.parse(result.stdout) as { reports: { title: string }[] }).reports.map((r) => r.title),
      ['B'],
    );
    const lines = result.stderr.trimEnd().split('\n');
    assert.equal(lines.length, 2);
    for (const line of lines) assert.match(line, LOCATED);
  });
});
