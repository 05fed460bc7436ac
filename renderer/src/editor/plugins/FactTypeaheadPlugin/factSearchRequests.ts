/**
 * "Search in the fact panel" and "Create a fact…" from the `@` menu: the editor asks, the app
 * answers (opens the panel with the words, or the Sources screen where facts are made). A tiny
 * channel, so the request need not be threaded through the note's props.
 */
export interface FactSearchRequest {
  query: string;
  /** True for "Create a fact…": the search goes to the panel and the Sources screen opens. */
  createFact: boolean;
}

const channel = new EventTarget();

export function requestFactSearch(request: FactSearchRequest): void {
  channel.dispatchEvent(new CustomEvent<FactSearchRequest>('request', { detail: request }));
}

export function onFactSearchRequest(listener: (request: FactSearchRequest) => void): () => void {
  const handler = (e: Event) => listener((e as CustomEvent<FactSearchRequest>).detail);
  channel.addEventListener('request', handler);
  return () => channel.removeEventListener('request', handler);
}
