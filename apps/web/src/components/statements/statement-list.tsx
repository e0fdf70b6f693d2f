"use client";
// The timeline list: statements grouped by day, virtualised against the window so tens of thousands of rows cost
// only what is on screen, and paged from the API as the reader scrolls.
import { useQueryRefHandlers, useReadQuery, type QueryRef } from "@apollo/client/react";
import { useWindowVirtualizer } from "@tanstack/react-virtual";
import { useEffect, useLayoutEffect, useMemo, useRef, useState, useTransition } from "react";
import { PAGE_SIZE, type StatementCardData, type StatementPage } from "./documents";
import { StatementCard } from "./statement-card";
import { badInputMessage } from "@/lib/bad-input";
import { dayOf, formatDay, plural } from "@/lib/format";

const emptyConnection: StatementPage["statements"] = { pageInfo: { hasNextPage: false, endCursor: null }, edges: [] };

/** `day` is YYYY-MM-DD, or null for the statements of unknown date (listed last). */
type Row = { type: "day"; day: string | null; count: number } | { type: "statement"; statement: StatementCardData };

function groupByDay(statements: StatementCardData[]): Row[] {
  const rows: Row[] = [];
  let header: { type: "day"; day: string | null; count: number } | undefined;
  for (const statement of statements) {
    const day = statement.saidOn ? dayOf(statement.saidOn) : null;
    if (!header || header.day !== day) {
      header = { type: "day", day, count: 0 };
      rows.push(header);
    }
    header.count += 1;
    rows.push({ type: "statement", statement });
  }
  return rows;
}

// Before the browser measures anything (server render, first paint) rows are laid out at these heights.
const ESTIMATE = { day: 44, statement: 168 };
const useIsomorphicLayoutEffect = typeof window === "undefined" ? useEffect : useLayoutEffect;

export function StatementList({ queryRef, emptyHint }: { queryRef: QueryRef<StatementPage>; emptyHint: string }) {
  const { data, error } = useReadQuery(queryRef);
  const { fetchMore } = useQueryRefHandlers(queryRef);
  const [isPending, startTransition] = useTransition();
  const [loadError, setLoadError] = useState<string | null>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const [scrollMargin, setScrollMargin] = useState(0);

  const connection = data?.statements ?? emptyConnection;
  const rows = useMemo(() => groupByDay(connection.edges.map((edge) => edge.node)), [connection.edges]);
  const { hasNextPage, endCursor } = connection.pageInfo;
  // The last day's count may still grow with the next page, so it is shown with a "+".
  const lastDayIndex = useMemo(() => rows.findLastIndex((row) => row.type === "day"), [rows]);

  useIsomorphicLayoutEffect(() => {
    const measure = () => setScrollMargin((listRef.current?.getBoundingClientRect().top ?? 0) + window.scrollY);
    measure();
    window.addEventListener("resize", measure);
    return () => window.removeEventListener("resize", measure);
  }, []);

  const virtualizer = useWindowVirtualizer({
    count: rows.length,
    estimateSize: (index) => ESTIMATE[rows[index]?.type ?? "statement"],
    overscan: 8,
    scrollMargin,
    initialRect: { width: 900, height: 1000 },
    getItemKey: (index) => {
      const row = rows[index];
      return row?.type === "day" ? `d-${row.day}` : `s-${row?.statement.id ?? index}`;
    },
  });
  const items = virtualizer.getVirtualItems();
  const lastIndex = items.at(-1)?.index ?? 0;

  const loadMore = () => {
    if (!hasNextPage || isPending) return;
    setLoadError(null);
    startTransition(async () => {
      try {
        await fetchMore({ variables: { after: endCursor, first: PAGE_SIZE } });
      } catch (error) {
        setLoadError(error instanceof Error ? error.message : String(error));
      }
    });
  };

  useEffect(() => {
    if (hasNextPage && !isPending && !loadError && lastIndex >= rows.length - 10) loadMore();
    // loadMore reads the values listed here; re-running on its identity would page on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [lastIndex, rows.length, hasNextPage, isPending, loadError]);

  if (error && !data?.statements) {
    // A refused filter is explained above the list, in the API's words; anything else is said here.
    if (badInputMessage(error)) return null;
    return (
      <div className="state-panel error" role="alert">
        <h2>The statements could not be loaded</h2>
        <p>{error.message}</p>
        <p>Reload the page to try again.</p>
      </div>
    );
  }

  if (connection.edges.length === 0 && !hasNextPage) {
    return (
      <div className="state-panel empty" role="status" data-testid="empty-list">
        <h2>No statements match</h2>
        <p>{emptyHint}</p>
      </div>
    );
  }

  return (
    <div className="statement-list" data-testid="statement-list" aria-busy={isPending}>
      <div ref={listRef} style={{ height: virtualizer.getTotalSize(), position: "relative" }}>
        {items.map((item) => {
          const row = rows[item.index];
          if (!row) return null;
          return (
            <div
              key={item.key}
              data-index={item.index}
              ref={virtualizer.measureElement}
              className="virtual-row"
              style={{ transform: `translateY(${item.start - virtualizer.options.scrollMargin}px)` }}
            >
              {row.type === "day" ? (
                <h3 className="day-header">
                  {row.day ? <time dateTime={row.day}>{formatDay(row.day)}</time> : <span>Date unknown</span>}
                  <span className="muted">{plural(row.count, "statement")}{hasNextPage && item.index === lastDayIndex ? "+" : ""}</span>
                </h3>
              ) : (
                <StatementCard statement={row.statement} />
              )}
            </div>
          );
        })}
      </div>
      <div className="list-end" role="status">
        {loadError ? (
          <>
            <span>More statements could not be loaded: {loadError}</span>
            <button type="button" onClick={loadMore}>Retry</button>
          </>
        ) : hasNextPage ? (
          <button type="button" onClick={loadMore} disabled={isPending}>
            {isPending ? "Loading more…" : `Load more (${connection.edges.length} shown)`}
          </button>
        ) : (
          <span className="muted">All {plural(connection.edges.length, "statement")} shown.</span>
        )}
      </div>
    </div>
  );
}
