"use client";
// The saved searches with how many matching statements were stored since each was last opened here; each opens its
// view with the filter in the URL. Runs in the browser because "last opened" lives in this browser's storage.
import Link from "next/link";
import { useEffect, useState } from "react";
import { graphql, lastSeen, markSeen } from "./saved-api";
import { SavedSearchesDocument, UnreadDocument, type SavedSearchesQuery } from "./saved-list.generated";

type Saved = SavedSearchesQuery["savedSearches"][number] & { unread: number | null };

export function SavedList() {
  const [items, setItems] = useState<Saved[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let cancelled = false;
    (async () => {
      const { savedSearches } = await graphql(SavedSearchesDocument, {});
      const withCounts = await Promise.all(savedSearches.map(async (saved) => {
        const data = await graphql(UnreadDocument, { id: saved.id, since: lastSeen(saved.id, saved.createdAt) });
        return { ...saved, unread: data.savedSearch.newSince };
      }));
      if (!cancelled) setItems(withCounts);
    })().catch((e: Error) => !cancelled && setError(e.message));
    return () => { cancelled = true; };
  }, []);

  if (error) return <p role="alert">Could not load the saved searches: {error}</p>;
  if (!items) return <div className="skeleton list" aria-label="Loading saved searches" />;
  if (items.length === 0) return <p className="muted">No saved searches yet. Filter the statements, then use “Save this view”.</p>;
  return (
    <ul className="saved-searches" data-testid="saved-searches">
      {items.map((saved) => (
        <li key={saved.id} data-testid="saved-search">
          <Link prefetch={false} href={`/${saved.viewQuery ? `?${saved.viewQuery}` : ""}`} onClick={() => markSeen(saved.id)}>{saved.name}</Link>
          {" "}
          <span className="unread" data-testid="unread">{saved.unread === 0 ? "nothing new" : `${saved.unread} new`}</span>
        </li>
      ))}
    </ul>
  );
}
