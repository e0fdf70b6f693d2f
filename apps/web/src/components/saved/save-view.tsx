"use client";
// "Save this view": names the current filter and stores it as a saved search (it then has a feed and can have a
// webhook). Saving needs the API's write token, asked once and kept for this browser session.
import Link from "next/link";
import { useState } from "react";
import { SaveViewDocument } from "./save-view.generated";
import { graphql, storedToken, storeToken } from "./saved-api";

export function SaveView({ filter, suggestedName }: { filter: Record<string, unknown>; suggestedName: string }) {
  const [open, setOpen] = useState(false);
  const [name, setName] = useState(suggestedName);
  const [token, setToken] = useState("");
  const [state, setState] = useState<{ kind: "idle" | "saving" } | { kind: "saved"; name: string } | { kind: "error"; message: string }>({ kind: "idle" });

  const start = () => {
    setToken(storedToken());
    setName(suggestedName);
    setState({ kind: "idle" });
    setOpen(true);
  };

  const save = async (event: React.FormEvent) => {
    event.preventDefault();
    setState({ kind: "saving" });
    try {
      const data = await graphql(SaveViewDocument, { input: { name, filter } }, token.trim());
      storeToken(token.trim());
      setState({ kind: "saved", name: data.saveSearch.name });
      setOpen(false);
    } catch (error) {
      setState({ kind: "error", message: (error as Error).message });
    }
  };

  return (
    <div className="save-view" data-testid="save-view">
      {open ? (
        <form onSubmit={save} aria-label="Save this view">
          <label>Name <input value={name} onChange={(e) => setName(e.target.value)} required maxLength={200} /></label>
          <label>API token <input type="password" value={token} onChange={(e) => setToken(e.target.value)} required autoComplete="off" /></label>
          <button type="submit" disabled={state.kind === "saving"}>Save</button>
          <button type="button" onClick={() => setOpen(false)}>Cancel</button>
          {state.kind === "error" ? <p role="alert" className="error-text">{state.message}</p> : null}
        </form>
      ) : (
        <button type="button" onClick={start}>Save this view</button>
      )}
      {state.kind === "saved" ? <span role="status">Saved “{state.name}”. <Link prefetch={false} href="/saved">Saved searches</Link></span> : null}
    </div>
  );
}
