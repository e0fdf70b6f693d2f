// The filters in force as removable chips, so the reader always sees what narrows the list.
import Link from "next/link";
import { isEmptyFilter, listParams, toggleValue, toHref, withFilter, type ListField, type ViewState } from "@/lib/filters";

/** `path`: the page the chips lead back to (the home page by default, /relations there). */
export function ActiveFilters({ state, labels, path = "/" }: { state: ViewState; labels: Partial<Record<ListField, Map<string, string>>>; path?: string }) {
  const { filter } = state;
  if (isEmptyFilter(filter)) return null;
  const chips: { key: string; text: string; href: string }[] = [];
  for (const field of Object.keys(listParams) as ListField[]) {
    for (const value of filter[field] ?? []) {
      chips.push({ key: `${field}:${value}`, text: labels[field]?.get(value) ?? value, href: toHref(toggleValue(state, field, value), path) });
    }
  }
  if (filter.kind) chips.push({ key: "kind", text: filter.kind === "DIRECT" ? "Direct quotes" : "Reported speech", href: toHref(withFilter(state, { kind: undefined }), path) });
  if (filter.from || filter.to) {
    chips.push({ key: "dates", text: `${filter.from ?? "…"} – ${filter.to ?? "…"}`, href: toHref(withFilter(state, { from: undefined, to: undefined }), path) });
  }
  if (filter.dateUnknown) chips.push({ key: "date", text: "Date unknown", href: toHref(withFilter(state, { dateUnknown: undefined }), path) });
  if (filter.includeMembers) chips.push({ key: "members", text: "Groupings include members", href: toHref(withFilter(state, { includeMembers: undefined }), path) });
  if (filter.search) chips.push({ key: "q", text: `“${filter.search}”`, href: toHref(withFilter(state, { search: undefined }), path) });
  return (
    <div className="active-filters" data-testid="active-filters">
      <span className="muted">Filtered by</span>
      <ul>
        {chips.map((chip) => (
          <li key={chip.key}>
            <Link prefetch={false} className="chip removable" href={chip.href} scroll={false} aria-label={`Remove filter ${chip.text}`}>
              {chip.text} <span aria-hidden="true">×</span>
            </Link>
          </li>
        ))}
      </ul>
      <Link prefetch={false} href={toHref({ ...state, filter: {} }, path)} scroll={false} className="clear-all">Clear all</Link>
    </div>
  );
}
