"use client";
// Every filter, with the count of statements each option would keep. Changing one rewrites the URL, and the
// server renders the new view from it, so what is on screen is always what the link says.
import { useRouter } from "next/navigation";
import { useEffect, useOptimistic, useRef, useState, useTransition, type FormEvent, type ReactNode } from "react";
import { toggleValue, toHref, withFilter, type ListField, type ViewState } from "@/lib/filters";
import { formatCount } from "@/lib/format";
import { isStance, STANCE_LABELS } from "@/lib/stance";

/** `swatch`: a class that colours a small square before the label (a stance's colour). */
export interface FacetOption { value: string; label: string; count: number | null; swatch?: string }

interface Props {
  state: ViewState;
  facets: Record<ListField, FacetOption[]>;
}

const sections: { field: ListField; title: string }[] = [
  { field: "regions", title: "Region" },
  { field: "countries", title: "Country" },
  { field: "speakers", title: "Speaker" },
  { field: "speakerCountries", title: "Speaker's country" },
  { field: "stances", title: "Stance" },
  { field: "targetCountries", title: "Aimed at" },
  { field: "topics", title: "Topic" },
  { field: "sources", title: "Source" },
];

export function FilterPanel({ state: current, facets }: Props) {
  const router = useRouter();
  const panelRef = useRef<HTMLDetailsElement>(null);
  // The panel shows a change at once; the server's render of the new URL replaces it when it arrives.
  const [state, setOptimisticState] = useOptimistic(current);
  const [, startTransition] = useTransition();
  const go = (next: ViewState) =>
    startTransition(() => {
      setOptimisticState(next);
      router.push(toHref(next), { scroll: false });
    });

  // On a phone the panel starts folded so the statements come first.
  useEffect(() => {
    if (!panelRef.current) return;
    if (window.matchMedia("(max-width: 800px)").matches) panelRef.current.open = false;
    panelRef.current.dataset.ready = "";
  }, []);

  const onSearch = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const text = String(new FormData(event.currentTarget).get("q") ?? "").trim();
    go(withFilter(state, { search: text || undefined }));
  };

  return (
    <details className="filter-panel" open ref={panelRef} data-testid="filter-panel">
      <summary>Filters</summary>
      <form role="search" onSubmit={onSearch} className="filter-search">
        <label htmlFor="filter-q">Text</label>
        <div className="search-row">
          <input id="filter-q" name="q" type="search" defaultValue={state.filter.search ?? ""} placeholder={'oil "God willing" -Iran'} title={'Every word must occur; "quoted words" together; a or b; -word leaves out'} key={state.filter.search ?? ""} />
          <button type="submit">Search</button>
        </div>
      </form>

      <fieldset>
        <legend>Date range</legend>
        <div className="filter-dates">
          <DateField label="From" value={state.filter.from} onChange={(from) => go(withFilter(state, { from }))} />
          <DateField label="To" value={state.filter.to} onChange={(to) => go(withFilter(state, { to }))} />
        </div>
      </fieldset>

      <fieldset className="filter-kind">
        <legend>Kind</legend>
        {([[undefined, "All"], ["DIRECT", "Direct"], ["INDIRECT", "Indirect"]] as const).map(([kind, label]) => (
          <label key={label} className="radio">
            <input type="radio" name="kind" checked={state.filter.kind === kind} onChange={() => go(withFilter(state, { kind }))} />
            {label}
          </label>
        ))}
      </fieldset>

      {sections.map(({ field, title }) => (
        <FacetList key={field} title={title} field={field} options={facets[field]} selected={state.filter[field] ?? []} onToggle={(value) => go(toggleValue(state, field, value))} />
      ))}
    </details>
  );
}

function DateField({ label, value, onChange }: { label: string; value: string | undefined; onChange: (value: string | undefined) => void }) {
  const [draft, setDraft] = useState(value ?? "");
  useEffect(() => setDraft(value ?? ""), [value]);
  return (
    <label className="date-field">
      <span>{label}</span>
      <input
        type="date"
        value={draft}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={() => { if (draft !== (value ?? "")) onChange(draft || undefined); }}
        onKeyDown={(event) => { if (event.key === "Enter") onChange(draft || undefined); }}
      />
    </label>
  );
}

const COLLAPSED = 8;

/** A chosen value the counts do not list (no statement left has it): a stance still reads as a word. */
function labelFor(field: ListField, value: string): string {
  return field === "stances" && isStance(value) ? STANCE_LABELS[value] : value;
}

function FacetList({ title, field, options, selected, onToggle }: { title: string; field: ListField; options: FacetOption[]; selected: string[]; onToggle: (value: string) => void }) {
  const [expanded, setExpanded] = useState(false);
  // Chosen values come first and stay listed even when the other filters leave them no statements.
  const byValue = new Map(options.map((option) => [option.value, option]));
  const chosen = selected.map((value) => byValue.get(value) ?? { value, label: labelFor(field, value), count: null });
  const all: FacetOption[] = [...chosen, ...options.filter((option) => !selected.includes(option.value))];
  const shown = expanded ? all : all.slice(0, COLLAPSED);
  let body: ReactNode;
  if (all.length === 0) body = <p className="muted small">None in this view.</p>;
  else
    body = (
      <ul className="facet-options">
        {shown.map((option) => (
          <li key={option.value}>
            <label className="facet-option">
              <input type="checkbox" checked={selected.includes(option.value)} onChange={() => onToggle(option.value)} data-facet={field} data-value={option.value} />
              {option.swatch ? <span className={`swatch ${option.swatch}`} aria-hidden="true" /> : null}
              <span className="facet-label">{option.label}</span>
              {option.count === null ? null : <span className="count">{formatCount(option.count)}</span>}
            </label>
          </li>
        ))}
      </ul>
    );
  return (
    <fieldset className="facet" data-testid={`facet-${field}`}>
      <legend>{title}</legend>
      {body}
      {all.length > COLLAPSED ? (
        <button type="button" className="link-button" onClick={() => setExpanded(!expanded)} aria-expanded={expanded}>
          {expanded ? "Show fewer" : `Show all ${all.length}`}
        </button>
      ) : null}
    </fieldset>
  );
}
