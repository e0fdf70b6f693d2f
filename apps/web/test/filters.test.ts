import { describe, expect, it } from "vitest";
import { parseViewState, toggleValue, toHref, toSearchParams, withFilter } from "@/lib/filters";

describe("URL ⇄ view state", () => {
  const cases: { url: string; filter: Record<string, unknown>; direction?: string; view?: string; canonical: string }[] = [
    { url: "", filter: {}, canonical: "/" },
    { url: "region=Central+Asia", filter: { regions: ["Central Asia"] }, canonical: "/?region=Central+Asia" },
    { url: "region=Central+Asia&country=tj&country=UZ", filter: { regions: ["Central Asia"], countries: ["TJ", "UZ"] }, canonical: "/?region=Central+Asia&country=TJ&country=UZ" },
    { url: "country=TJ&country=tj", filter: { countries: ["TJ"] }, canonical: "/?country=TJ" },
    { url: "kind=direct&from=2021-07-01&to=2021-07-31&q=%20Afghanistan%20", filter: { kind: "DIRECT", from: "2021-07-01", to: "2021-07-31", search: "Afghanistan" }, canonical: "/?kind=DIRECT&from=2021-07-01&to=2021-07-31&q=Afghanistan" },
    { url: "speaker=U3BlYWtlcjox&topic=security&source=TASS&order=asc&view=map", filter: { speakers: ["U3BlYWtlcjox"], topics: ["security"], sources: ["TASS"] }, direction: "ASC", view: "map", canonical: "/?speaker=U3BlYWtlcjox&topic=security&source=TASS&order=asc&view=map" },
    // Values nobody could mean are dropped rather than sent to the API.
    { url: "kind=sideways&from=28/07/2021&to=2021-7-1&view=globe&q=++&country=", filter: {}, canonical: "/" },
  ];
  it.each(cases)("?$url", ({ url, filter, direction = "DESC", view = "split", canonical }) => {
    const state = parseViewState(new URLSearchParams(url));
    expect(state).toEqual({ filter, direction, view });
    expect(toHref(state)).toBe(canonical);
    expect(parseViewState(toSearchParams(state))).toEqual(state);
  });

  it("reads Next's searchParams object (repeated keys as arrays) like URLSearchParams", () => {
    const fromObject = parseViewState({ region: "Central Asia", country: ["TJ", "KZ"], order: "asc" });
    expect(fromObject).toEqual(parseViewState(new URLSearchParams("region=Central+Asia&country=TJ&country=KZ&order=asc")));
  });
});

describe("changing filters", () => {
  const base = parseViewState(new URLSearchParams("region=Central+Asia&country=TJ"));

  it("toggles a value on and off, and drops the list when it empties", () => {
    const added = toggleValue(base, "countries", "UZ");
    expect(added.filter.countries).toEqual(["TJ", "UZ"]);
    const removed = toggleValue(toggleValue(added, "countries", "UZ"), "countries", "TJ");
    expect(removed.filter).toEqual({ regions: ["Central Asia"] });
    expect(toHref(removed)).toBe("/?region=Central+Asia");
  });

  it("withFilter clears fields set to undefined and keeps the others", () => {
    const dated = withFilter(base, { from: "2021-07-01", to: "2021-07-31" });
    expect(toHref(dated)).toBe("/?region=Central+Asia&country=TJ&from=2021-07-01&to=2021-07-31");
    expect(withFilter(dated, { from: undefined, to: undefined }).filter).toEqual(base.filter);
    expect(base.filter).toEqual({ regions: ["Central Asia"], countries: ["TJ"] });
  });
});
