// The browser's side of saved searches: the writes go through lib/write-api (the session's token); when each saved
// search was last opened is kept in localStorage.
export { graphql, GraphqlError, storedToken, storeToken } from "@/lib/write-api";

const SEEN_PREFIX = "dictum.savedSearch.seen.";

export function lastSeen(id: string, fallback: string): string {
  return localStorage.getItem(SEEN_PREFIX + id) ?? fallback;
}

export function markSeen(id: string): void {
  localStorage.setItem(SEEN_PREFIX + id, new Date().toISOString());
}
