// The generated JSON Schema, checked by an independent validator (ajv) against the same content.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { promisify } from 'node:util';
import Ajv2020 from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { generateSchema, SCHEMA_FILE } from '../../scripts/generate-schema.js';
import { isSafeUrl, parseCollection } from '../../src/data/index.js';
import { INVALID_FIXTURES } from '../fixtures/invalid-fixtures.js';
import { readJson, repoRoot, SAMPLE_NAMES } from './helpers.js';

const schema = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')) as object;
const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false }); // anyOf: [{required: [title]}, …] is intended;
const validate = ajv.compile(schema);
const errorsOf = () => ajv.errorsText(validate.errors);

describe('schema/collection.schema.json', () => {
  it('is what the generator produces from the zod schemas (not stale)', () => {
    assert.equal(readFileSync(SCHEMA_FILE, 'utf8'), generateSchema());
  });

  it('the generator script exits 0 with --check', async () => {
    const script = path.join(repoRoot, 'scripts/generate-schema.ts');
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', script, '--check'], {
      cwd: repoRoot,
    });
    assert.match(stdout, /up to date/);
  });

  it('accepts every sample and valid fixture that is a collection or an array', () => {
    const files = [
      ...SAMPLE_NAMES.map((name) => `src/data/samples/${name}.json`),
      ...readdirSync(path.join(repoRoot, 'tests/fixtures/valid'))
        .filter((file) => file !== 'json-feed.json') // feeds are mapped in code, not described by the schema
        .map((file) => `tests/fixtures/valid/${file}`),
    ];
    for (const file of files) assert.ok(validate(readJson(file)), `${file}: ${errorsOf()}`);
  });

  it('rejects every invalid fixture it can express, and admits the ones it cannot', () => {
    const listed = INVALID_FIXTURES.map((f) => f.file).sort();
    assert.deepEqual(
      listed,
      readdirSync(path.join(repoRoot, 'tests/fixtures/invalid')).sort(),
      'every fixture is listed',
    );
    for (const fixture of INVALID_FIXTURES) {
      if (fixture.jsonSchema === 'not-a-collection') continue;
      const valid = validate(readJson(`tests/fixtures/invalid/${fixture.file}`));
      if (fixture.jsonSchema === 'rejects') assert.equal(valid, false, `${fixture.file} should be rejected`);
      else
        assert.equal(
          valid,
          true,
          `${fixture.file} is marked cannot-express but the schema rejects it: ${errorsOf()}`,
        );
    }
  });

  it('uses the same URL rule as the parser', () => {
    const unit = fc.constantFrom(
      ...'javscripth'.split(''),
      'J',
      'H',
      ':',
      '/',
      '#',
      ' ',
      '\t',
      '\n',
      '\x00',
      '\x1f',
      '1',
      '+',
    );
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 14 }), (url) => {
        const accepted = validate({ reports: [{ title: 'T', url }] });
        // A blank url is absent to the parser (a warning), so the schema admits it too.
        assert.equal(accepted, isSafeUrl(url) || !/\S/.test(url), JSON.stringify(url));
      }),
      { numRuns: 3000 },
    );
  });

  it('never rejects content the parser accepts', () => {
    const samples = SAMPLE_NAMES.map(
      (name) => readJson(`src/data/samples/${name}.json`) as { reports: Record<string, unknown>[] },
    );
    const value = fc.oneof(
      fc.jsonValue({ maxDepth: 2 }),
      fc.constantFrom('RESOLVED', 'Postmortem', '2026-05-10', ['a'], { ascii: 'x' }, 3, 'x-y'),
    );
    const field = fc.constantFrom(
      'id',
      'title',
      'summary',
      'slug',
      'status',
      'tags',
      'date',
      'readingMinutes',
      'url',
      'diagram',
      'body',
      'category',
    );
    fc.assert(
      fc.property(fc.constantFrom(...samples), fc.nat(), field, value, (doc, pick, key, replacement) => {
        const copy = structuredClone(doc);
        const report = copy.reports[pick % copy.reports.length];
        if (report) report[key] = replacement;
        if (parseCollection(copy).ok)
          assert.ok(validate(copy), `${key} = ${JSON.stringify(replacement)}: ${errorsOf()}`);
      }),
      { numRuns: 2000 },
    );
  });
});
