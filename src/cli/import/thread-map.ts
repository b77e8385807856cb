import { existsSync, readFileSync } from 'node:fs';
import { CliError } from '../errors.js';

/**
 * Changed addresses: `--map old=new` and `--map-file` lines `old new`, exact thread keys (the path
 * as the widget derives it from the address, such as "/2019/05/old-slug").
 */
export interface ThreadMap {
  apply(key: string): string;
  /** The old keys that matched no thread: probably a typo, worth a warning. */
  unused(): string[];
}

export function threadMap(pairs: string[], file: string | undefined): ThreadMap {
  const map = new Map<string, string>();
  for (const pair of pairs) {
    const at = pair.indexOf('=');
    const [from, to] = [pair.slice(0, at).trim(), pair.slice(at + 1).trim()];
    if (at < 0 || !from || !to) {
      throw new CliError(`--map "${pair}" is not old=new: write the old thread key, "=", and the new one, such as --map /2019/05/old-slug=/2019/05/new-slug`);
    }
    map.set(from, to);
  }
  if (file) {
    if (!existsSync(file)) throw new CliError(`--map-file ${file}: no such file.`);
    readFileSync(file, 'utf8')
      .split('\n')
      .forEach((raw, index) => {
        const line = raw.trim();
        if (!line || line.startsWith('#')) return;
        const parts = line.split(/\s+/);
        if (parts.length !== 2) throw new CliError(`${file}:${index + 1}: expected "old-key new-key" (two thread keys separated by a space), found "${line}"`);
        map.set(parts[0], parts[1]);
      });
  }
  const used = new Set<string>();
  return {
    apply(key) {
      const to = map.get(key);
      if (to === undefined) return key;
      used.add(key);
      return to;
    },
    unused: () => [...map.keys()].filter((key) => !used.has(key)),
  };
}
