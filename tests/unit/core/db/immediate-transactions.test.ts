/**
 * Issue 13, item 3: every write transaction is IMMEDIATE. A deferred transaction that reads
 * first and then writes cannot wait for another process's write: once that one commits, its
 * snapshot is stale and SQLite answers SQLITE_BUSY at once, whatever busy_timeout says.
 * This reads the code (TypeScript's parser): each `.transaction(fn)` must be run as `.immediate()`.
 * Scope: notes, profile/settings, the db layer (migrations) and app start-up. Facts, sources
 * and packs are held to the same rule on their own branch (issue 13, facts-writer); a
 * transaction that only reads (a consistent snapshot for an export) stays deferred there, so it
 * still works on a read-only store.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../../support/host';

const folders = ['electron/core/notes', 'electron/core/profile', 'electron/core/db', 'electron/core/app'];

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? tsFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

/** `db.transaction(fn)` calls not followed by `.immediate(...)`, as file:line. */
function deferredTransactions(file: string, text = readFileSync(file, 'utf8')): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === 'transaction') {
      const parent = node.parent;
      const immediate = ts.isPropertyAccessExpression(parent) && parent.name.text === 'immediate' && ts.isCallExpression(parent.parent);
      if (!immediate) found.push(`${relative(projectRoot, file)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('write transactions are IMMEDIATE', () => {
  it('the check finds a deferred transaction (it can fail)', () => {
    expect(deferredTransactions('probe.ts', 'db.transaction(() => write())();\ndb.transaction(() => write()).immediate();\n')).toEqual(['probe.ts:1']);
  });

  it('in notes, profile and settings, migrations and app start-up', () => {
    const files = folders.flatMap((f) => tsFiles(join(projectRoot, f)));
    expect(files.length).toBeGreaterThan(10);
    expect(files.flatMap((f) => deferredTransactions(f))).toEqual([]);
  });
});
