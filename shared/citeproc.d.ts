// citeproc-js (the `citeproc` package ships no types): the part of its API we use.
declare module 'citeproc' {
  export interface CiteprocSys {
    retrieveLocale(lang: string): unknown;
    retrieveItem(id: string): unknown;
  }
  export interface CiteprocEngine {
    setOutputFormat(format: 'html' | 'text' | 'rtf'): void;
    updateItems(ids: string[]): void;
    /** Formats one cluster at the given positions (0 first, 1 subsequent, 2 ibid) without tracking the document. */
    makeCitationCluster(items: { id: string; position?: number }[]): string;
    makeBibliography(): [unknown, string[]] | false;
  }
  const CSL: {
    Engine: new (sys: CiteprocSys, style: unknown, lang?: string, forceLang?: boolean) => CiteprocEngine;
  };
  export default CSL;
}

// CSL's en-US locale as JSON in citeproc-js's {name, attrs, children} form.
declare module 'locale-en-us' {
  const locale: unknown;
  export default locale;
}

declare module 'locale-en-gb' {
  const locale: unknown;
  export default locale;
}
