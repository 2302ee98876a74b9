/** Many converted files → one collection, each report checked by the content format's own validator. */
import { parseCollection, type CollectionInput, type ContentIssue } from '../data/index.js';
import { KEBAB_PATTERN } from '../data/slug.js';
import { convertFile, type Converted } from './convert.js';
import type { GroupInput, ImportMessage, ImportOptions, ImportResult, MarkdownFile } from './types.js';

/** `reports[0].body[3].text` → `body[3].text`; the line it came from in the file. */
function locate(issue: ContentIssue, converted: Converted): { path: string; line: number } {
  const path = issue.path.replace(/^reports\[0\]\.?/, '');
  const block = /^body\[(\d+)\]/.exec(path);
  if (block) return { path, line: converted.body.lines[Number(block[1])] ?? 1 };
  const key = /^[A-Za-z$_]+/.exec(path)?.[0];
  return { path, line: key ? converted.lineOf(key) : 1 };
}

/** Groups a report names, declared (with its id as the title when `declared` has none). */
function groupsFor(reports: Record<string, unknown>[], declared: readonly GroupInput[]): GroupInput[] {
  const groups = [...declared];
  const known = new Set(declared.map((group) => group.id));
  for (const report of reports) {
    const refs = Array.isArray(report.groups) ? (report.groups as unknown[]) : [];
    for (const ref of refs) {
      if (typeof ref !== 'string' || !KEBAB_PATTERN.test(ref.trim()) || known.has(ref.trim())) continue;
      known.add(ref.trim());
      groups.push({ id: ref.trim(), title: ref.trim() });
    }
  }
  return groups;
}

const withGroups = (reports: Record<string, unknown>[], groups: GroupInput[]): CollectionInput =>
  groups.length ? { groups, reports } : { reports };

/**
 * Converts Markdown posts (YAML or TOML front matter) to one content collection. Files are taken in
 * the order given. A file that cannot become a valid report is left out, with its reasons in
 * `errors`; drafts are left out unless `options.drafts`. Never throws.
 */
export function importMarkdown(files: readonly MarkdownFile[], options: ImportOptions = {}): ImportResult {
  const warnings: ImportMessage[] = [];
  const errors: ImportMessage[] = [];
  const drafts: string[] = [];
  const reports: Record<string, unknown>[] = [];
  const ids = new Map<string, string>();
  const declared = options.groups ?? [];

  for (const file of files) {
    let converted: Converted;
    try {
      converted = convertFile(file, options.drafts === true);
    } catch (error) {
      // Not expected (convertFile handles bad input); kept so one odd file cannot stop the others.
      errors.push({ file: file.path, line: 1, message: `cannot convert: ${String(error)} (file left out)` });
      continue;
    }
    const { report } = converted;
    if (!report) {
      if (converted.draft) drafts.push(file.path);
      errors.push(...converted.errors);
      continue;
    }
    const fileWarnings = [...converted.warnings];
    const fileErrors: ImportMessage[] = [];
    const checked = parseCollection(withGroups([report], groupsFor([report], declared)));
    if (!checked.ok) {
      for (const issue of checked.issues) {
        const { path, line } = locate(issue, converted);
        fileErrors.push({
          file: file.path,
          line,
          message: `${path ? `${path}: ` : ''}${issue.message} (file left out)`,
        });
      }
    } else {
      for (const issue of checked.warnings) {
        const { path, line } = locate(issue, converted);
        fileWarnings.push({ file: file.path, line, message: `${path ? `${path}: ` : ''}${issue.message}` });
      }
      const id = checked.collection.reports[0]?.id ?? '';
      const other = ids.get(id);
      if (other !== undefined) {
        const key = report.id !== undefined ? 'id' : 'slug';
        fileErrors.push({
          file: file.path,
          line: converted.lineOf(key),
          message: `duplicate id "${id}", also used by ${other}; set a unique "${key}" (file left out)`,
        });
      } else ids.set(id, file.path);
    }
    const byLine = (a: ImportMessage, b: ImportMessage): number => a.line - b.line;
    warnings.push(...fileWarnings.sort(byLine));
    errors.push(...fileErrors.sort(byLine));
    if (!fileErrors.length) reports.push(report);
  }

  const collection = withGroups(reports, groupsFor(reports, declared));
  // Each report passed on its own and ids are unique, so this holds; checked so the promise is kept.
  const whole = parseCollection(collection);
  if (!whole.ok) {
    for (const issue of whole.issues)
      errors.push({ file: '(collection)', line: 1, message: `${issue.path}: ${issue.message}` });
    return { collection: { reports: [] }, warnings, errors, drafts };
  }
  return { collection, warnings, errors, drafts };
}
