"use client";
// Shown by every segment's error.tsx: says what failed and what the user can do about it.
import Link from "next/link";
import { useEffect } from "react";

export function ErrorState({ title, error, reset }: { title: string; error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => {
    console.warn("Dictum view failed:", error.digest ?? error.message);
  }, [error]);
  return (
    <section className="state-panel error" role="alert">
      <h1>{title}</h1>
      <p>
        The Dictum API did not answer as expected. Check that it is running (<code>npm start</code> starts both the API
        and this dashboard), then try again.
      </p>
      {error.digest ? <p className="muted">Reference: {error.digest}</p> : null}
      <div className="actions">
        <button type="button" onClick={reset}>Try again</button>
        <Link prefetch={false} href="/">Reset all filters</Link>
      </div>
    </section>
  );
}
