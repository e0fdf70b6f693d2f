// Relations: who criticises, warns, urges, backs or contradicts whom, by country. Rows are the speakers' countries,
// columns the countries the statements are aimed at; a cell is coloured by the stance most of its statements take,
// darker for more, and links to exactly those statements (the view's filter plus the cell's two countries and its
// stances). The view's filters (dates, topics, ?stance=, ?targetCountry= …) come from the URL, as on the home page.
import type { Metadata } from "next";
import Link from "next/link";
import { ActiveFilters } from "@/components/filters/active-filters";
import { query } from "@/lib/apollo/rsc-client";
import { badInputMessage } from "@/lib/bad-input";
import { parseViewState, toApiFilter, toHref, withFilter, type ViewState } from "@/lib/filters";
import { plural } from "@/lib/format";
import { STANCE_LABELS, STANCES, stanceClass } from "@/lib/stance";
import { MATRIX_SIZE, RELATIONS, RELATIONS_LIMIT } from "./documents";
import { buildMatrix, cellKey, type Cell, type Matrix } from "./matrix";

export const metadata: Metadata = { title: "Relations" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function RelationsPage({ searchParams }: { searchParams: SearchParams }) {
  const state = parseViewState(await searchParams);
  const result = await query({ query: RELATIONS, variables: { filter: toApiFilter(state.filter), limit: RELATIONS_LIMIT }, errorPolicy: "all" });
  const problem = result.error ? badInputMessage(result.error) : null;
  if (result.error && !problem) throw result.error;
  const matrix = buildMatrix(result.data?.relations ?? [], MATRIX_SIZE);
  return (
    <div className="relations-page">
      <header className="page-head">
        <p className="eyebrow"><Link prefetch={false} href={toHref(state)}>Statements</Link> / Relations</p>
        <h1>Who takes which stance toward whom</h1>
        <p className="muted">Rows: the speakers’ country. Columns: the country the statements are aimed at. Each cell is coloured by the stance most of its statements take and links to them; neutral statements have no target and are not counted.</p>
      </header>
      <StanceChips state={state} />
      <ActiveFilters state={state} labels={chipLabels(matrix)} path="/relations" />
      {problem ? (
        <div className="state-panel error" role="alert" data-testid="filter-problem"><p>{problem}</p></div>
      ) : matrix.rows.length === 0 ? (
        <p className="state-panel" data-testid="relations-empty">No statement in this view has both a speaker whose country is known and a target in a country.</p>
      ) : (
        <MatrixTable state={state} matrix={matrix} />
      )}
    </div>
  );
}

function chipLabels(matrix: Matrix) {
  return {
    stances: new Map(STANCES.map((stance) => [stance, `Stance: ${STANCE_LABELS[stance]}`])),
    speakerCountries: new Map(matrix.rows.map((row) => [row.code, `Speakers from ${row.name}`])),
    targetCountries: new Map(matrix.columns.map((column) => [column.code, `Aimed at ${column.name}`])),
  };
}

/** One chip per stance: shows only that stance's statements (again: all stances). */
function StanceChips({ state }: { state: ViewState }) {
  const chosen = state.filter.stances ?? [];
  return (
    <nav className="stance-chips" aria-label="Stance" data-testid="relations-stances">
      <Link prefetch={false} scroll={false} href={toHref(withFilter(state, { stances: undefined }), "/relations")} aria-current={chosen.length === 0 ? "true" : undefined} className="chip">Every stance</Link>
      {STANCES.filter((stance) => stance !== "NEUTRAL").map((stance) => (
        <Link key={stance} prefetch={false} scroll={false} href={toHref(withFilter(state, { stances: [stance] }), "/relations")} aria-current={chosen.length === 1 && chosen[0] === stance ? "true" : undefined} className={`chip stance-badge ${stanceClass(stance)}`}>
          {STANCE_LABELS[stance]}
        </Link>
      ))}
    </nav>
  );
}

function MatrixTable({ state, matrix }: { state: ViewState; matrix: Matrix }) {
  return (
    <div className="relations-scroll">
      <table className="relations-matrix" data-testid="relations-matrix">
        <caption className="visually-hidden">Statements by speaker country (rows) and target country (columns)</caption>
        <thead>
          <tr>
            <th scope="col" className="corner"><span>From ↓ · aimed at →</span></th>
            {matrix.columns.map((column) => <th key={column.code} scope="col" className="column-head" title={`${column.name}: ${plural(column.total, "statement")}`}><span>{column.name}</span></th>)}
          </tr>
        </thead>
        <tbody>
          {matrix.rows.map((row) => (
            <tr key={row.code}>
              <th scope="row" title={`${row.name}: ${plural(row.total, "statement")}`}>{row.name}</th>
              {matrix.columns.map((column) => {
                const cell = matrix.cells.get(cellKey(row.code, column.code));
                return <td key={column.code}>{cell ? <CellLink state={state} from={row} to={column} cell={cell} peak={matrix.peak} /> : null}</td>;
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <ul className="stance-legend" aria-label="Colours">
        {STANCES.filter((stance) => stance !== "NEUTRAL").map((stance) => (
          <li key={stance}><span className={`swatch ${stanceClass(stance)}`} aria-hidden="true" /> {STANCE_LABELS[stance]}</li>
        ))}
      </ul>
    </div>
  );
}

function CellLink({ state, from, to, cell, peak }: { state: ViewState; from: { code: string; name: string }; to: { code: string; name: string }; cell: Cell; peak: number }) {
  const href = toHref(withFilter(state, { speakerCountries: [from.code], targetCountries: [to.code], stances: cell.stances.map((s) => s.stance) }));
  const breakdown = cell.stances.map((s) => `${STANCE_LABELS[s.stance].toLowerCase()} ${s.count}`).join(", ");
  // Shade by share of the busiest cell, with a floor so a single statement still shows its colour.
  const strength = 0.25 + 0.75 * Math.sqrt(cell.count / peak);
  return (
    <Link
      prefetch={false}
      href={href}
      className={`relation-cell ${stanceClass(cell.dominant)}`}
      data-testid="relation-cell"
      data-from={from.code}
      data-to={to.code}
      data-stance={cell.dominant}
      data-count={cell.count}
      title={`${from.name} → ${to.name}: ${plural(cell.count, "statement")} (${breakdown})`}
      aria-label={`Speakers from ${from.name} about ${to.name}: ${plural(cell.count, "statement")}, mostly ${STANCE_LABELS[cell.dominant].toLowerCase()}`}
    >
      <span className="fill" style={{ opacity: strength }} aria-hidden="true" />
      <span className="value">{cell.count}</span>
    </Link>
  );
}
