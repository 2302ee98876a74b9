import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  parseCollection,
  type Collection,
  type ContentIssue,
  type ParseResult,
} from '../../src/data/index.js';

/** The repository root, whatever the working directory. */
export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/** Reads a JSON file relative to the repository root. */
export function readJson(path: string): unknown {
  return JSON.parse(readFileSync(new URL(path, `file://${repoRoot}`), 'utf8'));
}

/** The three sample files, by name. */
export const SAMPLE_NAMES = ['incident-reports', 'dated-notes', 'all-posts'] as const;

/** Parses and asserts success; returns the collection. */
export function parsesOk(input: unknown): { collection: Collection; warnings: ContentIssue[] } {
  const result = parseCollection(input);
  if (!result.ok) assert.fail(`expected valid content, got:\n${format(result.issues)}`);
  return result;
}

/** Parses and asserts failure with an issue at `path` whose message contains `message` (when given). */
export function failsAt(input: unknown, path: string, message?: string): ContentIssue[] {
  const result = parseCollection(input);
  if (result.ok) assert.fail(`expected a problem at "${path}", but the content parsed`);
  const hit = result.issues.some(
    (issue) => issue.path === path && (message === undefined || issue.message.includes(message)),
  );
  assert.ok(
    hit,
    `expected a problem at "${path}"${message ? ` mentioning ${JSON.stringify(message)}` : ''}, got:\n${format(result.issues)}`,
  );
  return result.issues;
}

/** A collection holding one report made of `fields` (plus a title unless `fields` sets one). */
export const oneReport = (fields: Record<string, unknown>): unknown => ({
  reports: [{ title: 'T', ...fields }],
});

/** The one report of a parsed `oneReport`. */
export function onlyReport(fields: Record<string, unknown>) {
  const report = parsesOk(oneReport(fields)).collection.reports[0];
  assert.ok(report);
  return report;
}

/** Asserts `result` has exactly one of the two documented shapes. */
export function assertResultShape(result: ParseResult): void {
  assert.equal(typeof result, 'object');
  if (result.ok) {
    const keys = Object.keys(result).sort();
    // A lenient parse also lists the reports it left out.
    assert.deepEqual(
      keys,
      keys.includes('skipped')
        ? ['collection', 'ok', 'skipped', 'warnings']
        : ['collection', 'ok', 'warnings'],
    );
    assert.ok(Array.isArray(result.collection.reports));
    assert.ok(Array.isArray(result.collection.groups));
    assert.ok(Array.isArray(result.warnings));
  } else {
    assert.equal(result.ok, false);
    assert.deepEqual(Object.keys(result).sort(), ['issues', 'ok']);
    assert.ok(result.issues.length > 0);
  }
  for (const issue of result.ok ? [...result.warnings, ...(result.skipped ?? [])] : result.issues) {
    assert.equal(typeof issue.path, 'string');
    assert.equal(typeof issue.message, 'string');
    assert.ok(issue.message.length > 0);
  }
}

const format = (issues: ContentIssue[]): string => issues.map((i) => `  ${i.path}: ${i.message}`).join('\n');

/** Parses and asserts success with a warning at `path` whose message contains `message`; returns the result. */
export function warnsAt(input: unknown, path: string, message: string) {
  const result = parsesOk(input);
  assert.ok(
    result.warnings.some((w) => w.path === path && w.message.includes(message)),
    `expected a warning at "${path}" mentioning ${JSON.stringify(message)}, got:\n${format(result.warnings)}`,
  );
  return result;
}
