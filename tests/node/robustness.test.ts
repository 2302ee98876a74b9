// parseCollection must never throw and must always answer with one of its two shapes, whatever it is given.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { parseCollection } from '../../src/data/index.js';
import { assertResultShape, readJson, SAMPLE_NAMES } from './helpers.js';

const samples = SAMPLE_NAMES.map((name) => readJson(`src/data/samples/${name}.json`));

/** Parses, asserting it neither throws nor answers in any other shape; the result must also be plain JSON. */
function check(input: unknown): void {
  for (const result of [parseCollection(input), parseCollection(input, { lenient: true })]) {
    assertResultShape(result);
    assert.doesNotThrow(() => JSON.stringify(result));
  }
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every path to a value inside `value`. */
function pathsOf(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  const here = [path];
  if (Array.isArray(value)) return here.concat(...value.map((v, i) => pathsOf(v, [...path, i])));
  if (value && typeof value === 'object')
    return here.concat(...Object.entries(value).map(([k, v]) => pathsOf(v, [...path, k])));
  return here;
}

/** A copy of `doc` with the value at `path` replaced (or removed when `replacement` is undefined). */
function mutate(doc: unknown, path: (string | number)[], replacement: unknown): unknown {
  const copy = structuredClone(doc) as Record<string | number, unknown>;
  if (path.length === 0) return replacement;
  let parent: Record<string | number, unknown> = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path.at(-1) as string | number;
  if (replacement === undefined && !Array.isArray(parent)) delete parent[last];
  else parent[last] = replacement;
  return copy;
}

describe('parseCollection never throws', () => {
  it('on arbitrary JSON values', () => {
    fc.assert(fc.property(fc.jsonValue(), check), { numRuns: 2000 });
  });

  it('on arbitrary JavaScript values', () => {
    const anything = fc.anything({
      withBigInt: true,
      withBoxedValues: true,
      withDate: true,
      withMap: true,
      withSet: true,
      withNullPrototype: true,
      withObjectString: true,
      withSparseArray: true,
      withTypedArray: true,
    });
    fc.assert(fc.property(anything, check), { numRuns: 2000 });
    fc.assert(
      fc.property(anything, (value) => check({ reports: [value] })),
      { numRuns: 1000 },
    );
  });

  it('on collections shaped like content with arbitrary values in places', () => {
    const text = fc.oneof(
      fc.string(),
      fc.constantFrom('javascript:x', 'RESOLVED', '2026-02-30', 'a-b', '**x**', '[a](/b)'),
    );
    const report = fc.record(
      {
        id: text,
        title: text,
        summary: text,
        slug: text,
        status: text,
        tags: fc.array(text),
        groups: fc.array(fc.constantFrom('a', 'b', 'c')),
        date: text,
        readingMinutes: fc.oneof(fc.integer(), fc.double()),
        url: text,
        diagram: fc.oneof(
          text,
          fc.array(text),
          fc.record({ ascii: fc.oneof(text, fc.array(text)), label: text }),
        ),
        body: fc.array(
          fc.record({
            type: fc.constantFrom('paragraph', 'heading', 'list', 'code', 'diagram', 'quote', 'callout', 'x'),
            text,
            level: fc.integer(),
            items: fc.array(text),
            tone: text,
            ascii: text,
            code: text,
          }),
        ),
      },
      { requiredKeys: [] },
    );
    const collection = fc.record(
      {
        groups: fc.array(fc.record({ id: fc.constantFrom('a', 'b', 'B'), title: text })),
        reports: fc.array(report, { maxLength: 5 }),
      },
      { requiredKeys: [] },
    );
    fc.assert(fc.property(collection, check), { numRuns: 1500 });
  });

  it('on the samples with one value replaced or removed anywhere', () => {
    const mutation = fc
      .tuple(
        fc.constantFrom(...samples),
        fc.nat(),
        fc.option(fc.oneof(fc.jsonValue(), fc.anything()), { nil: undefined }),
      )
      .map(([doc, pick, replacement]) => {
        const paths = pathsOf(doc);
        return mutate(doc, paths[pick % paths.length] ?? [], replacement);
      });
    fc.assert(fc.property(mutation, check), { numRuns: 1500 });
  });
});

describe('parseCollection on hostile input', () => {
  const sample = samples[0] as { reports: Json[] };

  it('reports a getter that throws, with its path', () => {
    const report = { title: 'T' };
    Object.defineProperty(report, 'summary', {
      enumerable: true,
      get: () => {
        throw new Error('boom');
      },
    });
    const result = parseCollection({ reports: [report] });
    assert.deepEqual(result, {
      ok: false,
      issues: [{ path: 'reports[0]', message: 'could not be read: boom' }],
    });
  });

  it('survives proxies whose traps throw, and revoked proxies', () => {
    const trap = () => {
      throw new Error('trap');
    };
    for (const handler of [
      { get: trap },
      { ownKeys: trap },
      { getPrototypeOf: trap },
      { getOwnPropertyDescriptor: trap },
      { has: trap },
    ]) {
      check(new Proxy({ reports: [] }, handler));
      check({ reports: [new Proxy({ title: 'x' }, handler)] });
      check(new Proxy([], handler));
    }
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    check(proxy);
    check({ reports: [proxy] });
  });

  it('reports cycles instead of recursing forever', () => {
    const report: Record<string, unknown> = { title: 'T' };
    report.self = report;
    const result = parseCollection({ reports: [report] });
    assert.deepEqual(result, {
      ok: false,
      issues: [{ path: 'reports[0].self', message: 'contains itself (the data is cyclic)' }],
    });
    const list: unknown[] = [];
    list.push(list);
    check(list);
  });

  it('accepts the same object referenced twice (a DAG is not a cycle)', () => {
    const shared = { name: 'Ana' };
    assert.equal(parseCollection({ reports: [{ title: 'A', authors: [shared, shared] }] }).ok, true);
  });

  it('stops at absurd nesting', () => {
    let deep: unknown = 'bottom';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    const result = parseCollection({ reports: [{ title: 'T', extra: deep }] });
    assert.equal(result.ok, false);
    assert.match(!result.ok ? (result.issues[0]?.message ?? '') : '', /nested more than 64 levels/);
  });

  it('stops at absurd size, and quickly', () => {
    const start = performance.now();
    const sparse: unknown[] = [];
    sparse.length = 2 ** 31;
    check({ reports: sparse });
    let bomb: unknown = ['x', 'y'];
    for (let i = 0; i < 40; i++) bomb = [bomb, bomb]; // 2^40 leaves through shared references
    const result = parseCollection({ reports: [{ title: 'T', extra: bomb }] });
    assert.match(!result.ok ? (result.issues[0]?.message ?? '') : '', /too large/);
    assert.ok(performance.now() - start < 15_000);
  });

  it('parses a large valid file', () => {
    const reports = Array.from({ length: 20_000 }, (_, i) => ({
      ...(sample.reports[i % 7] as object),
      id: `INC-${i}`,
      slug: undefined,
    }));
    const start = performance.now();
    const result = parseCollection({ groups: [{ id: 'reports', title: 'Reports' }], reports });
    assert.equal(result.ok, true, JSON.stringify(!result.ok && result.issues.slice(0, 3)));
    assert.ok(performance.now() - start < 15_000);
  });

  it('rejects non-JSON values with their paths', () => {
    const cases: [unknown, string, RegExp][] = [
      [{ reports: [{ title: 'T', readingMinutes: NaN }] }, 'reports[0].readingMinutes', /finite number/],
      [{ reports: [{ title: 'T', readingMinutes: Infinity }] }, 'reports[0].readingMinutes', /finite number/],
      [{ reports: [{ title: 10n }] }, 'reports[0].title', /JSON value; got a bigint/],
      [{ reports: [{ title: Symbol('x') }] }, 'reports[0].title', /got a symbol/],
      [{ reports: [{ title: () => 'x' }] }, 'reports[0].title', /got a function/],
      [{ reports: [{ title: 'T', date: new Date() }] }, 'reports[0].date', /plain JSON data; got Date/],
      [{ reports: new Map() }, 'reports', /got Map/],
      [{ reports: [undefined] }, 'reports[0]', /got undefined/],
    ];
    for (const [input, path, message] of cases) {
      const result = parseCollection(input);
      assert.equal(result.ok, false, path);
      const issue = !result.ok ? result.issues.find((i) => i.path === path) : undefined;
      assert.match(issue?.message ?? `nothing at ${path}`, message);
    }
    for (const root of [Symbol('x'), 1n, () => {}, undefined]) {
      assert.match(
        !parseCollection(root).ok ? JSON.stringify(parseCollection(root)) : '',
        /must be a collection object/,
      );
    }
  });

  it('treats undefined members as absent, as JSON.stringify does', () => {
    assert.equal(
      parseCollection({ title: undefined, reports: [{ title: 'T', summary: undefined }] }).ok,
      true,
    );
  });

  it('treats __proto__ keys as data, never touching prototypes', () => {
    const input = JSON.parse(
      '{"__proto__": {"polluted": 1}, "reports": [{"title": "T", "__proto__": {"polluted": 2}, "constructor": {"prototype": {"polluted": 3}}}]}',
    ) as unknown;
    const result = parseCollection(input);
    assert.equal(result.ok, true);
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
    assert.deepEqual(result.ok && result.warnings.map((w) => w.path), [
      '__proto__',
      'reports[0].__proto__',
      'reports[0].constructor',
    ]);
    assert.equal(Object.getPrototypeOf(result.ok && result.collection.reports[0]), Object.prototype);
  });

  it('does not read inherited properties or call toJSON', () => {
    const report = Object.create({ title: 'inherited' }) as Record<string, unknown>;
    report.summary = 'own';
    assert.equal(parseCollection({ reports: [report] }).ok, true);
    let called = false;
    check({
      reports: [],
      toJSON: () => {
        called = true;
        return {};
      },
    });
    assert.equal(called, false);
  });

  it('caps a flood of problems', () => {
    const reports = Array.from({ length: 5000 }, () => ({ url: 'javascript:x' }));
    const result = parseCollection({ reports });
    assert.equal(result.ok, false);
    assert.ok(!result.ok && result.issues.length <= 101);
    assert.match(!result.ok ? (result.issues.at(-1)?.message ?? '') : '', /more problem/);
  });
});
