"use client";
// Opt-in live view: while on, new statements that match the current filters are counted as the API ingests them
// (the statementAdded subscription over server-sent events), and one click brings them into the list. Off by
// default, so an idle page keeps no connection open.
import { print } from "graphql";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { GRAPHQL_PATH } from "@/lib/api-path";
import { plural } from "@/lib/format";
import { LiveStatementsDocument, type LiveStatementsSubscription } from "./live-statements.generated";

const STATEMENT_ADDED = print(LiveStatementsDocument);

export function LiveUpdates({ filter }: { filter: Record<string, unknown> }) {
  const router = useRouter();
  const [live, setLive] = useState(false);
  const [fresh, setFresh] = useState(0);
  const [broken, setBroken] = useState(false);
  const filterKey = JSON.stringify(filter);

  useEffect(() => {
    if (!live) return;
    const url = new URL(GRAPHQL_PATH, window.location.href);
    url.searchParams.set("query", STATEMENT_ADDED);
    url.searchParams.set("variables", JSON.stringify({ filter: JSON.parse(filterKey) }));
    const source = new EventSource(url);
    source.addEventListener("next", (event) => {
      const body = JSON.parse((event as MessageEvent<string>).data) as { data?: LiveStatementsSubscription | null };
      if (body.data?.statementAdded) setFresh((count) => count + 1);
    });
    source.addEventListener("open", () => setBroken(false));
    // EventSource reconnects by itself; say so while it is down.
    source.addEventListener("error", () => setBroken(true));
    return () => source.close();
  }, [live, filterKey]);

  const toggle = () => {
    setLive(!live);
    setFresh(0);
    setBroken(false);
  };

  return (
    <div className="live" data-testid="live">
      <button type="button" aria-pressed={live} onClick={toggle} className={live ? "live-on" : undefined}>
        <span className="live-dot" aria-hidden="true" /> Live {live ? "on" : "off"}
      </button>
      {live && broken ? <span className="muted small" role="status">Reconnecting to the API…</span> : null}
      {fresh > 0 ? (
        <span role="status" className="live-news">
          {plural(fresh, "new statement")} in this view{" "}
          <button type="button" onClick={() => { setFresh(0); router.refresh(); }}>Show</button>
        </span>
      ) : null}
    </div>
  );
}
