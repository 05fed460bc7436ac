/**
 * import() for packages that ship only ES modules (pdf.js) and CommonJS ones loaded on first
 * use (mammoth). The command line runs from a code-cached CommonJS bundle inside vm.Script
 * (electron/cli/index.ts), where import() has no module loader of its own; the launcher, an ES
 * module, lends it its own with `setEsmImporter`. Everywhere else this is plain import().
 */
type Importer = (specifier: string) => Promise<unknown>;

let importer: Importer = (specifier) => import(specifier);

export function setEsmImporter(next: Importer): void {
  importer = next;
}

export function importEsm<T>(specifier: string): Promise<T> {
  return importer(specifier) as Promise<T>;
}
