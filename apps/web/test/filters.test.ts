import { describe, expect, it } from "vitest";
import { apiOrder, mapField, parseViewState, toggleValue, toHref, toSearchParams, withFilter, withMapMode } from "@/lib/filters";

describe("URL ⇄ view state", () => {
  const cases: { url: string; filter: Record<string, unknown>; order?: string; view?: string; map?: string; canonical: string }[] = [
    { url: "", filter: {}, canonical: "/" },
    { url: "region=Central+Asia", filter: { regions: ["Central Asia"] }, canonical: "/?region=Central+Asia" },
    { url: "region=Central+Asia&country=tj&country=UZ", filter: { regions: ["Central Asia"], countries: ["TJ", "UZ"] }, canonical: "/?region=Central+Asia&country=TJ&country=UZ" },
    { url: "country=TJ&country=tj", filter: { countries: ["TJ"] }, canonical: "/?country=TJ" },
    { url: "kind=direct&from=2021-07-01&to=2021-07-31&q=%20Afghanistan%20", filter: { kind: "DIRECT", from: "2021-07-01", to: "2021-07-31", search: "Afghanistan" }, canonical: "/?kind=DIRECT&from=2021-07-01&to=2021-07-31&q=Afghanistan" },
    { url: "speaker=U3BlYWtlcjox&topic=security&source=TASS&order=asc&view=map", filter: { speakers: ["U3BlYWtlcjox"], topics: ["security"], sources: ["TASS"] }, order: "oldest", view: "map", canonical: "/?speaker=U3BlYWtlcjox&topic=security&source=TASS&order=oldest&view=map" },
    { url: "q=bases&order=relevance", filter: { search: "bases" }, order: "relevance", canonical: "/?q=bases&order=relevance" },
    // The statements of unknown date, and groupings widened to their member countries.
    { url: "date=unknown&region=NATO&members=include", filter: { regions: ["NATO"], dateUnknown: true, includeMembers: true }, canonical: "/?region=NATO&date=unknown&members=include" },
    // Who speaks, by the country of their affiliation: the same parameter the export takes.
    { url: "speakerCountry=ru&speakerCountry=RU&region=Central+Asia", filter: { regions: ["Central Asia"], speakerCountries: ["RU"] }, canonical: "/?region=Central+Asia&speakerCountry=RU" },
    // The map's shading; "about" is the default and stays out of the URL, an unknown mode is dropped.
    { url: "map=from&speakerCountry=US", filter: { speakerCountries: ["US"] }, map: "from", canonical: "/?speakerCountry=US&map=from" },
    { url: "map=about&map=said", filter: {}, canonical: "/" }, // the first value counts, as for every single parameter
    { url: "map=upside-down&saidIn=TJ", filter: { saidIn: ["TJ"] }, canonical: "/?saidIn=TJ" },
    // Stance and target country: any case in, the API's spelling out; a stance nobody could mean is dropped.
    { url: "stance=criticises&stance=WARNS&stance=angry&targetCountry=kz", filter: { stances: ["CRITICISES", "WARNS"], targetCountries: ["KZ"] }, canonical: "/?stance=CRITICISES&stance=WARNS&targetCountry=KZ" },
    // Relevance needs search text to rank by.
    { url: "order=relevance", filter: {}, canonical: "/" },
    // Values nobody could mean are dropped rather than sent to the API.
    { url: "kind=sideways&from=28/07/2021&to=2021-7-1&view=globe&q=++&country=", filter: {}, canonical: "/" },
  ];
  it.each(cases)("?$url", ({ url, filter, order = "newest", view = "split", map, canonical }) => {
    const state = parseViewState(new URLSearchParams(url));
    expect(state).toEqual({ filter, order, view, ...(map ? { map } : {}) });
    expect(toHref(state)).toBe(canonical);
    expect(parseViewState(toSearchParams(state))).toEqual(state);
  });

  it("keeps the map mode in the URL and clicks filter by the field the mode shades", () => {
    const state = parseViewState(new URLSearchParams("map=said&country=TJ"));
    expect(state.map).toBe("said");
    expect(mapField(state.map!)).toBe("saidIn");
    expect(toHref(toggleValue(state, mapField(state.map!), "TJ"))).toBe("/?country=TJ&saidIn=TJ&map=said");
    expect(toHref(withMapMode(state, "from"))).toBe("/?country=TJ&map=from");
    expect(toHref(withMapMode(state, "about"))).toBe("/?country=TJ");
    expect(mapField("about")).toBe("countries");
    expect(mapField("from")).toBe("speakerCountries");
  });

  it("reads Next's searchParams object (repeated keys as arrays) like URLSearchParams", () => {
    const fromObject = parseViewState({ region: "Central Asia", country: ["TJ", "KZ"], order: "oldest" });
    expect(fromObject).toEqual(parseViewState(new URLSearchParams("region=Central+Asia&country=TJ&country=KZ&order=oldest")));
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

  it("falls back from relevance to newest first when the search text is cleared", () => {
    const searching = parseViewState(new URLSearchParams("q=bases&order=relevance"));
    expect(apiOrder(searching.order)).toEqual({ field: "RELEVANCE", direction: "DESC" });
    const cleared = withFilter(searching, { search: undefined });
    expect(cleared.order).toBe("newest");
    expect(apiOrder(cleared.order)).toEqual({ field: "SAID_ON", direction: "DESC" });
    expect(apiOrder("oldest")).toEqual({ field: "SAID_ON", direction: "ASC" });
  });
});
