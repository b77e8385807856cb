/**
 * The Firestore emulator's rules coverage for the rules suite: which `allow` statements and which
 * functions of firestore.rules the suite's requests made the rules evaluate. The emulator keeps it per
 * project, and the suite uses one project per file (`<LAR_PROJECT_ID>-<suite>`, useRulesEnv in
 * test/rules/rules-env.ts), so this reads every project the suite's files name and merges them.
 *
 * - `.cache/rules-coverage/<project>.html`: the emulator's own report, one per project
 *   (`/emulator/v1/projects/<project>:ruleCoverage.html`), each expression with the values it took.
 * - The check: from the JSON form (`…:ruleCoverage`), every function evaluated at least once, and every
 *   `allow` evaluated and granted at least once; anything else is printed, and fails `npm test`.
 *
 * `npm test` runs it after the rules suite; `npm run test:rules:coverage` runs the suite and then this.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { formatHostAndPort, parseHostAndPort, type HostAndPort } from '../src/data/host-and-port.js';
import { DEV_PROJECT_ID, ROOT } from './emulators.js';

export const COVERAGE_DIR = join(ROOT, '.cache', 'rules-coverage');
const RULES_FILE = join(ROOT, 'firestore.rules');
const SUITE_DIR = join(ROOT, 'test', 'rules');

/** The projects the rules suite's files use: `useRulesEnv('<suite>')` gives `<projectId>-<suite>`. */
export function rulesSuiteProjects(projectId: string): string[] {
  const suites = readdirSync(SUITE_DIR)
    .filter((file) => file.endsWith('.test.ts'))
    .flatMap((file) => [...readFileSync(join(SUITE_DIR, file), 'utf8').matchAll(/useRulesEnv\(\s*['"]([^'"]+)['"]\s*\)/g)].map((match) => match[1] ?? ''));
  return [...new Set(suites)].sort().map((suite) => `${projectId}-${suite}`);
}

/** One node of the emulator's report: an expression, the values it took, and its sub-expressions. */
interface CoverageNode {
  sourcePosition: { line: number; column: number };
  values?: Array<{ value?: { boolValue?: boolean }; count?: number }>;
  children?: CoverageNode[];
}

interface CoverageReport {
  rules?: { files?: Array<{ content?: string }> };
  report?: CoverageNode[];
}

/** A function or an `allow` statement of the rules, where it starts, and what the suite made of it. */
interface Site {
  kind: 'function' | 'allow';
  /** The function's name, or the allow's methods ("create", "read, delete"). */
  name: string;
  /** Where the statement starts: 1-based line, and its offset in the file. */
  line: number;
  offset: number;
  /** The enclosing match path, for an allow ("/threads/{threadId}/comments/{commentId}"). */
  match: string;
  /** Whether the emulator reports an expression for it at all (a literal `if true` has none). */
  measured: boolean;
  /** A function whose body returns a literal, which the emulator does not report either. */
  constant: boolean;
  evaluated: number;
  granted: number;
}

/**
 * The code of a rules file with comments and string literals blanked out (same length, same lines),
 * so that a search for `function` or `allow` finds only statements.
 */
function codeOnly(source: string): string {
  let out = '';
  let quote: string | null = null;
  for (let i = 0; i < source.length; i++) {
    const c = source.charAt(i);
    if (quote) {
      if (c === '\\') {
        out += '  ';
        i++;
      } else {
        if (c === quote) quote = null;
        out += c === '\n' ? '\n' : ' ';
      }
    } else if (c === "'" || c === '"') {
      quote = c;
      out += ' ';
    } else if (c === '/' && source[i + 1] === '/') {
      while (i < source.length && source[i] !== '\n') {
        out += ' ';
        i++;
      }
      if (i < source.length) out += '\n';
    } else {
      out += c;
    }
  }
  return out;
}

/** Every function and `allow` statement of `source`, in order. */
function sitesOf(source: string): Site[] {
  const code = codeOnly(source);
  const lineOf = (offset: number) => code.slice(0, offset).split('\n').length;
  const sites: Site[] = [];
  const statements = /\bfunction\s+(\w+)\s*\(|\ballow\s+([\w\s,]+?)\s*:|\bmatch\s+(\S+)\s*\{/g;
  const matchStack: Array<{ path: string; depth: number }> = [];
  let depth = 0;
  let scanned = 0;
  // Brace depth tells which match block an allow sits in.
  const advance = (to: number) => {
    for (; scanned < to; scanned++) {
      if (code[scanned] === '{') depth++;
      if (code[scanned] === '}') {
        depth--;
        while ((matchStack.at(-1)?.depth ?? 0) > depth) matchStack.pop();
      }
    }
  };
  for (const found of code.matchAll(statements)) {
    advance(found.index);
    const base = { line: lineOf(found.index), offset: found.index, measured: false, constant: false, evaluated: 0, granted: 0 };
    if (found[3] !== undefined) {
      // The match's own brace is counted when the scan passes it.
      const parent = matchStack.at(-1)?.path ?? '';
      matchStack.push({ path: `${parent}${found[3]}`.replace('/databases/{database}/documents', ''), depth: depth + 1 });
      // The braces of the path's wildcards ({threadId}) open no block.
      scanned = found.index + found[0].length - 1;
    } else if (found[1] !== undefined) {
      // A body that returns a literal (maxLinks) is folded away: the emulator reports no value for it.
      const body = code.slice(found.index).match(/^[^{]*\{\s*return\s+([\w.]+|\s+)\s*;\s*\}/);
      const constant = body !== null && /^(true|false|null|-?\d+(\.\d+)?|\s+)$/.test(body[1] ?? '');
      sites.push({ ...base, kind: 'function', name: found[1], match: '', constant });
    } else {
      const match = matchStack.at(-1)?.path ?? '';
      sites.push({ ...base, kind: 'allow', name: (found[2] ?? '').replace(/\s+/g, ' ').trim(), match });
    }
  }
  return sites;
}

async function fetchCoverage(emulator: HostAndPort, project: string, html: boolean): Promise<string> {
  const url = `http://${formatHostAndPort(emulator)}/emulator/v1/projects/${project}:ruleCoverage${html ? '.html' : ''}`;
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status} ${await response.text()}`);
  return response.text();
}

/** Saves the emulator's HTML report of each project under .cache/rules-coverage/; returns the files. */
export async function saveRulesCoverage(emulator: HostAndPort, projects: string[]): Promise<string[]> {
  rmSync(COVERAGE_DIR, { recursive: true, force: true });
  mkdirSync(COVERAGE_DIR, { recursive: true });
  const files: string[] = [];
  for (const project of projects) {
    const file = join(COVERAGE_DIR, `${project}.html`);
    writeFileSync(file, await fetchCoverage(emulator, project, true));
    files.push(file);
  }
  return files;
}

export interface CoverageCheck {
  /** What the suite never exercised: each line a function or an allow. Empty when everything was. */
  missing: string[];
  /** Allows the emulator cannot measure (a literal condition), and projects that ran other rules. */
  notes: string[];
  functions: number;
  allows: number;
}

/**
 * Merges the JSON coverage of `projects` against the rules in firestore.rules: a function counts as
 * exercised when any project evaluated it, an allow when any project evaluated it and one granted it.
 */
export async function checkRulesCoverage(emulator: HostAndPort, projects: string[]): Promise<CoverageCheck> {
  const source = readFileSync(RULES_FILE, 'utf8');
  const sites = sitesOf(source);
  const lineStarts = [0];
  for (let i = 0; i < source.length; i++) if (source[i] === '\n') lineStarts.push(i + 1);
  const notes: string[] = [];
  // The site a top-level expression belongs to: the last statement that starts before it.
  const siteAt = (line: number, column: number) => {
    const offset = (lineStarts[line - 1] ?? 0) + column - 1;
    let found: Site | undefined;
    for (const site of sites) if (site.offset <= offset) found = site;
    return found;
  };
  for (const project of projects) {
    const coverage = JSON.parse(await fetchCoverage(emulator, project, false)) as CoverageReport;
    if (coverage.rules?.files?.[0]?.content !== source) {
      notes.push(`${project}: not the rules in firestore.rules (or none), left out`);
      continue;
    }
    for (const node of coverage.report ?? []) {
      const site = siteAt(node.sourcePosition.line, node.sourcePosition.column);
      if (!site) continue;
      site.measured = true;
      for (const { value, count = 0 } of node.values ?? []) {
        site.evaluated += count;
        if (value?.boolValue === true) site.granted += count;
      }
    }
  }
  const missing: string[] = [];
  for (const site of sites) {
    const where = `line ${site.line}`;
    if (site.kind === 'function') {
      if (site.evaluated) continue;
      if (site.constant) notes.push(`function ${site.name} (${where}): returns a constant, which the emulator does not report`);
      else missing.push(`function ${site.name} (${where}): never evaluated`);
    } else if (!site.measured) {
      notes.push(`allow ${site.name} on ${site.match} (${where}): a constant condition, which the emulator does not report`);
    } else if (!site.evaluated) {
      missing.push(`allow ${site.name} on ${site.match} (${where}): never evaluated`);
    } else if (!site.granted) {
      missing.push(`allow ${site.name} on ${site.match} (${where}): evaluated ${site.evaluated} times, never granted`);
    }
  }
  return {
    missing,
    notes,
    functions: sites.filter((site) => site.kind === 'function').length,
    allows: sites.filter((site) => site.kind === 'allow').length,
  };
}

/**
 * What `npm test` runs after the rules suite: saves the reports, prints where, and checks them.
 * Returns whether every allow and every function was exercised.
 */
export async function reportRulesCoverage(emulator: HostAndPort, projectId: string, say: (line: string) => void): Promise<boolean> {
  const projects = rulesSuiteProjects(projectId);
  try {
    const files = await saveRulesCoverage(emulator, projects);
    say(`Rules coverage: ${files.length} reports (one per rules-suite file) in ${COVERAGE_DIR}/`);
    const check = await checkRulesCoverage(emulator, projects);
    for (const note of check.notes) say(`   note: ${note}`);
    if (check.missing.length === 0) {
      say(`Rules coverage: all ${check.allows} allow statements and ${check.functions} functions exercised.`);
      return true;
    }
    say(`!! Rules coverage: ${check.missing.length} not exercised by the rules suite:`);
    for (const line of check.missing) say(`!!   ${line}`);
    return false;
  } catch (error) {
    say(`!! Rules coverage could not be read from the emulator: ${(error as Error).message}`);
    return false;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const emulator = parseHostAndPort(process.env['LAR_FIRESTORE_EMULATOR'] ?? '');
  if (!emulator) {
    console.error('LAR_FIRESTORE_EMULATOR ("127.0.0.1:PORT") is not set: run this through scripts/with-emulators.ts, after the rules suite.');
    process.exit(2);
  }
  const ok = await reportRulesCoverage(emulator, process.env['LAR_PROJECT_ID'] || DEV_PROJECT_ID, (line) => console.log(line));
  process.exit(ok ? 0 : 1);
}
