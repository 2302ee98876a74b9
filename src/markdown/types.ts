/** Public types of `incident-elements/markdown`. */
import type { CollectionInput } from '../data/index.js';

/** One Markdown file to convert: where it came from (used in messages and for the default slug) and its text. */
export interface MarkdownFile {
  path: string;
  text: string;
}

/** A declared group, for reports whose front matter lists `groups`. */
export interface GroupInput {
  id: string;
  title: string;
  description?: string;
}

/** How to convert. */
export interface ImportOptions {
  /** Include posts marked `draft: true` (or Jekyll's `published: false`); default false. */
  drafts?: boolean;
  /**
   * Groups to declare in the collection. A group that a post names but that is not declared here is
   * declared with its id as its title.
   */
  groups?: GroupInput[];
}

/** A warning or error, located in a source file (`line` is 1-based). */
export interface ImportMessage {
  file: string;
  line: number;
  message: string;
}

/** What an import gives back. */
export interface ImportResult {
  /** The collection, as content-format input: valid for `parseCollection` (checked before it is returned). */
  collection: CollectionInput;
  /** Constructs the format cannot hold (dropped) and values read leniently; the files still converted. */
  warnings: ImportMessage[];
  /** Problems that made a file be left out of the collection. */
  errors: ImportMessage[];
  /** Files left out because they are drafts (only when `drafts` is not set). */
  drafts: string[];
}
