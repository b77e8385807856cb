import { XMLParser, XMLValidator } from 'fast-xml-parser';

/**
 * What both importers read out of an export, before any decision about where it goes: one comment as
 * the source has it, with the line it starts on for the messages.
 */
export interface SourceComment {
  /** Unique within the file: how other comments name it as their parent. */
  key: string;
  parentKey: string | null;
  /** The comment's ID in Firestore, derived from the source's own (see each importer). */
  id: string;
  /** "comment 12 (post 42)", for messages. */
  label: string;
  threadKey: string;
  line: number;
  /** What it becomes, or why it is left out. */
  status: 'published' | 'pending' | 'spam';
  skip: 'trash' | 'deleted' | 'pingback' | null;
  name: string;
  email: string;
  website: string;
  /** A Disqus account's username (not an anonymous author's): the author's uid. */
  username?: string;
  /** HTML as the source stores it: sanitized on display, like every comment. */
  text: string;
  createdAt: Date;
}

/** Where a problem is: the file's line, and what was wrong, as `file.xml:LINE: what` prints it. */
export interface Problem {
  line: number;
  message: string;
}

/** Thrown with every problem found, so the site owner fixes them all in one go. */
export class InvalidExport extends Error {
  constructor(readonly problems: Problem[]) {
    super(`${problems.length} problem${problems.length === 1 ? '' : 's'} in the export`);
  }
}

/** An element as fast-xml-parser gives it: text, or children and `@_` attributes. */
export type XmlNode = string | { [name: string]: unknown };

export interface ParsedXml {
  root: Record<string, unknown>;
  lineOf(node: unknown): number;
}

/**
 * Checks the whole file is well-formed XML (the validator names the line), then parses it once, with
 * each element's start offset, which lineOf turns into a line number.
 * `lists`: the element paths that repeat (items, comments, posts), always arrays, even of one.
 */
export function parseXml(text: string, lists: string[]): ParsedXml {
  const valid = XMLValidator.validate(text);
  if (valid !== true) throw new InvalidExport([{ line: valid.err.line, message: `malformed XML: ${valid.err.msg}` }]);
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    // Text stays text: IDs such as "007" must not become numbers.
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    processEntities: true,
    htmlEntities: false,
    captureMetaData: true,
    isArray: (_name, path) => lists.includes(String(path)),
  });
  const root = parser.parse(text) as Record<string, unknown>;
  const lineStarts: number[] = [0];
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) lineStarts.push(at + 1);
  // Typed as the wrapper `Symbol`; it is a symbol.
  const meta = XMLParser.getMetaDataSymbol() as unknown as symbol;
  return {
    root,
    lineOf(node) {
      const start = (node as Record<symbol, { startIndex?: number } | undefined> | null)?.[meta]?.startIndex;
      if (typeof start !== 'number') return 1;
      let low = 0;
      let high = lineStarts.length - 1;
      while (low < high) {
        const middle = (low + high + 1) >> 1;
        if (lineStarts[middle] <= start) low = middle;
        else high = middle - 1;
      }
      return low + 1;
    },
  };
}

/** A child element's text ('' when absent or empty). */
export function childText(node: unknown, name: string): string {
  if (typeof node !== 'object' || node === null) return '';
  return textOf((node as Record<string, unknown>)[name]);
}

export function textOf(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return textOf(value[0]);
  if (typeof value === 'object') return textOf((value as Record<string, unknown>)['#text']);
  return '';
}

/** A repeated child as a list (fast-xml-parser gives the paths in `lists` as arrays). */
export function children(node: unknown, name: string): unknown[] {
  if (typeof node !== 'object' || node === null) return [];
  const value = (node as Record<string, unknown>)[name];
  return Array.isArray(value) ? value : value === undefined ? [] : [value];
}

export function attribute(node: unknown, name: string): string {
  if (typeof node !== 'object' || node === null) return '';
  const value = (node as Record<string, unknown>)[`@_${name}`];
  return typeof value === 'string' ? value : '';
}

/** Firestore's document IDs as the rules accept comment IDs. */
export const COMMENT_ID = /^[A-Za-z0-9_-]{1,128}$/;
