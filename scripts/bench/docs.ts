/**
 * Benchmarks and crash trials print their figures; they change docs/ only when asked with
 * `--write-docs` (measuring must never edit the repository by surprise: issue 11).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

export const writeDocs = process.argv.includes('--write-docs');

/**
 * Prints `section`; with --write-docs also puts it into `file` in place of the text matched by
 * `existing` (a section's own heading up to the next, or its markers), or at the end.
 */
export function reportSection(file: string, section: string, existing: RegExp, fresh = '# Benchmarks\n'): void {
  console.log(`\n${section}`);
  if (!writeDocs) {
    console.log(`(not written to ${file}: rerun with --write-docs to record these figures)`);
    return;
  }
  const current = existsSync(file) ? readFileSync(file, 'utf8') : fresh;
  writeFileSync(file, existing.test(current) ? current.replace(existing, section) : `${current.trimEnd()}\n\n${section}\n`);
  console.log(`wrote ${file}`);
}

/** The text of a "## Heading" section up to the next "## " heading or the end of the file. */
export const headingSection = (heading: string) => new RegExp(`^## ${heading}$[\\s\\S]*?(?=^## |(?![\\s\\S]))`, 'm');
