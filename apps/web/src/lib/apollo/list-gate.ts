// The home page's first page of statements is what the reader looks at first (and its largest paint). The API runs
// every query of a request on one thread, so the map's, histogram's and filter panel's counts — several times the
// work, and a second or more while the API's cache is cold — are only asked for once the list has its answer.
// The gate is per request (React cache), opened by the Apollo link when the StatementPage operation settles.
import { ApolloLink } from "@apollo/client";
import { cache } from "react";
import { finalize } from "rxjs";

export const LIST_OPERATION = "StatementPage";

export interface ListGate {
  /** Resolves once the request's StatementPage query has answered, failed or been abandoned. */
  settled: Promise<void>;
  open: () => void;
}

export const listGate = cache((): ListGate => {
  let open!: () => void;
  const settled = new Promise<void>((resolve) => (open = resolve));
  return { settled, open };
});

/** Opens `gate` when the list operation passing through ends, however it ends. */
export function listGateLink(gate: ListGate): ApolloLink {
  return new ApolloLink((operation, forward) => {
    const result = forward(operation);
    return operation.operationName === LIST_OPERATION ? result.pipe(finalize(gate.open)) : result;
  });
}
