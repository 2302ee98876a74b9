import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { runCli, USAGE, type CliIo, type FileResult } from '../../src/cli/validate.js';
import { INVALID_FIXTURES } from '../fixtures/invalid-fixtures.js';
import { repoRoot, SAMPLE_NAMES } from './helpers.js';

const samples = SAMPLE_NAMES.map((name) => `src/data/samples/${name}.json`);
const invalid = (file: string): string => `tests/fixtures/invalid/${file}`;

/** Runs the command against the real files, capturing what it prints; URLs come from `pages`. */
async function run(args: string[], pages: Record<string, { status: number; body: string }> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    stdout: (line) => out.push(line),
    stderr: (line) => err.push(line),
    readFile: (file) => readFile(path.resolve(repoRoot, file), 'utf8'),
    fetchText: (url) => {
      const page = pages[url];
      if (!page) return Promise.reject(new Error('getaddrinfo ENOTFOUND'));
      const statusText = page.status === 404 ? 'Not Found' : 'OK';
      return Promise.resolve({ ok: page.status < 300, status: page.status, statusText, text: page.body });
    },
  };
  const code = await runCli(args, io);
  return { code, out, err };
}

describe('incident-elements validate (in process)', () => {
  it('exits 0 for the samples and says so per file', async () => {
    const { code, out, err } = await run(['validate', ...samples]);
    assert.equal(code, 0);
    assert.deepEqual(err, []);
    assert.deepEqual(out, [
      'src/data/samples/incident-reports.json: ok (7 reports)',
      'src/data/samples/dated-notes.json: ok (10 reports)',
      'src/data/samples/all-posts.json: ok (25 reports)',
    ]);
  });

  it('exits 1 for each invalid fixture and prints the path of each problem', async () => {
    for (const fixture of INVALID_FIXTURES) {
      const file = invalid(fixture.file);
      const { code, out } = await run(['validate', file]);
      assert.equal(code, 1, fixture.file);
      const printed = out.map((line) => line.slice(file.length + 2));
      for (const expected of fixture.paths) {
        const hit = printed.some((line) =>
          expected ? line.startsWith(`${expected}: `) : !/^[\w[]+[\w[\].]*: /.test(line),
        );
        assert.ok(hit, `${fixture.file}: no line for path "${expected}" in:\n${out.join('\n')}`);
      }
      assert.equal(
        out.length,
        fixture.paths.length,
        `${fixture.file} prints exactly its problems:\n${out.join('\n')}`,
      );
    }
  });

  it('prints problems as "file: path: message"', async () => {
    const { out } = await run(['validate', invalid('javascript-url.json')]);
    assert.deepEqual(out, [
      'tests/fixtures/invalid/javascript-url.json: reports[0].url: must be http(s), mailto:, tel: or relative; got "javascript:alert(1)"',
    ]);
    const broken = await run(['validate', invalid('not-json.json')]);
    assert.match(
      broken.out[0] ?? '',
      /^tests\/fixtures\/invalid\/not-json\.json: not valid JSON: .*line 3, column \d+/,
    );
  });

  it('prints warnings as "file: warning: path: message" and still exits 0', async () => {
    const file = 'tests/fixtures/valid/unknown-fields.json';
    const { code, out } = await run(['validate', file]);
    assert.equal(code, 0);
    assert.deepEqual(out, [
      `${file}: warning: theme: unknown field, ignored`,
      `${file}: warning: reports[0].Status: unknown field, ignored; did you mean "status"?`,
      `${file}: warning: reports[0].reading_minutes: unknown field, ignored; did you mean "readingMinutes"?`,
      `${file}: warning: reports[0].body[0].style: unknown field, ignored`,
      `${file}: ok (1 report, 4 warnings)`,
    ]);
  });

  it('exits 2 for an unreadable file, even beside invalid ones, and reports it on stderr', async () => {
    const { code, out, err } = await run([
      'validate',
      'nope.json',
      invalid('bad-status.json'),
      samples[0] ?? '',
    ]);
    assert.equal(code, 2);
    assert.match(err[0] ?? '', /^nope\.json: cannot read: ENOENT/);
    assert.equal(out.length, 2);
  });

  it('fetches URLs: ok, invalid, HTTP errors and network errors', async () => {
    const pages = {
      'https://example.com/ok.json': {
        status: 200,
        body: readFileSync(path.join(repoRoot, samples[0] ?? ''), 'utf8'),
      },
      'https://example.com/bad.json': {
        status: 200,
        body: '{"reports": [{"title": "x", "url": "javascript:1"}]}',
      },
      'https://example.com/gone.json': { status: 404, body: 'nope' },
    };
    assert.equal((await run(['validate', 'https://example.com/ok.json'], pages)).code, 0);
    assert.equal((await run(['validate', 'https://example.com/bad.json'], pages)).code, 1);
    const gone = await run(['validate', 'https://example.com/gone.json'], pages);
    assert.equal(gone.code, 2);
    assert.deepEqual(gone.err, ['https://example.com/gone.json: cannot read: HTTP 404 Not Found']);
    assert.equal((await run(['validate', 'https://nowhere.invalid/x.json'], pages)).code, 2);
  });

  it('prints one JSON document with --json', async () => {
    const { code, out } = await run([
      'validate',
      '--json',
      samples[0] ?? '',
      invalid('duplicate-id.json'),
      'tests/fixtures/valid/json-feed.json',
    ]);
    assert.equal(code, 1);
    assert.equal(out.length, 1);
    const { files } = JSON.parse(out[0] ?? '') as { files: FileResult[] };
    assert.deepEqual(
      files.map((f) => [
        f.file,
        f.status,
        f.reports,
        f.issues.map((i) => i.path),
        f.warnings.map((w) => w.path),
      ]),
      [
        [samples[0], 'valid', 7, [], []],
        [invalid('duplicate-id.json'), 'invalid', undefined, ['reports[1].id'], []],
        // Its HTML-only item is read (validate loads the HTML converter), so nothing is ignored.
        ['tests/fixtures/valid/json-feed.json', 'valid', 2, [], []],
      ],
    );
  });

  it('handles usage: help, no command, unknown command or option, no files', async () => {
    for (const args of [['--help'], ['-h'], ['help'], ['validate', '--help']]) {
      const { code, out } = await run(args);
      assert.equal(code, 0, args.join(' '));
      assert.deepEqual(out, [USAGE]);
    }
    for (const args of [[], ['check', 'x.json'], ['validate'], ['validate', '--strict', 'x.json']]) {
      const { code, err } = await run(args);
      assert.equal(code, 2, args.join(' '));
      assert.match(err.join('\n'), /Usage: incident-elements validate/);
    }
    // After `--`, everything is a file name.
    assert.match((await run(['validate', '--', '--json'])).err[0] ?? '', /^--json: cannot read/);
  });
});

describe('incident-elements bin (spawned)', () => {
  const bin = path.join(repoRoot, 'src/cli/cli.ts');
  let server: Server;
  let origin = '';
  before(async () => {
    server = createServer((request, response) => {
      if (request.url === '/sample.json') response.end(readFileSync(path.join(repoRoot, samples[0] ?? '')));
      else response.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => server.close());

  /** Spawns the bin through tsx, as `npx incident-elements` would run the built file. */
  const spawn = (args: string[]) =>
    new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
      execFile(
        process.execPath,
        ['--import', 'tsx', bin, ...args],
        { cwd: repoRoot },
        (error, stdout, stderr) => {
          resolve({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr });
        },
      );
    });

  it('starts with a node shebang', () => {
    assert.match(readFileSync(bin, 'utf8'), /^#!\/usr\/bin\/env node\n/);
  });

  it('exits 0 for the samples and a sample served over HTTP', async () => {
    const { code, stdout } = await spawn(['validate', ...samples, `${origin}/sample.json`]);
    assert.equal(code, 0, stdout);
    assert.equal(stdout.trim().split('\n').length, 4);
  });

  it('exits 1 for the invalid fixtures, printing every problem path', async () => {
    const files = INVALID_FIXTURES.map((f) => invalid(f.file));
    const { code, stdout } = await spawn(['validate', ...files]);
    assert.equal(code, 1);
    for (const fixture of INVALID_FIXTURES) {
      for (const expected of fixture.paths.filter(Boolean)) {
        assert.ok(stdout.includes(`${invalid(fixture.file)}: ${expected}: `), `${fixture.file} ${expected}`);
      }
    }
  });

  it('exits 2 for a missing file or a 404, and for bad usage', async () => {
    assert.equal((await spawn(['validate', 'missing.json'])).code, 2);
    assert.equal((await spawn(['validate', `${origin}/missing.json`])).code, 2);
    const usage = await spawn([]);
    assert.equal(usage.code, 2);
    assert.match(usage.stderr, /Usage:/);
  });
});
