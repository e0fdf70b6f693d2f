import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseDateline } from "../src/dateline/index.ts";

describe("parseDateline", () => {
  it.each([
    [" date 2021-07-28 DUSHANBE, July 28. /TASS/. The US is trying to take root in Central Asia", "Dushanbe", "TJ", "DUSHANBE, July 28. /TASS/."],
    ["IGORA /Leningrad Region/, December 26. /TASS/. Russian President Vladimir Putin has told", "Igora", "RU", "IGORA /Leningrad Region/, December 26. /TASS/."],
    ["HANOI, December 26. /TASS/. Thanks to the partial restoration of direct flights", "Hanoi", "VN", "HANOI, December 26. /TASS/."],
    ["SALVADOR, Feb 26 - Showers continued throughout the week in the Bahia cocoa zone", "Salvador", "BR", "SALVADOR, Feb 26 -"],
    ["PEKING, June 2 - China will not increase sugar imports substantially this year", "Beijing", "CN", "PEKING, June 2 -"],
    ["FRANKFURT, March 9 - Increased federal government borrowing needs", "Frankfurt", "DE", "FRANKFURT, March 9 -"],
    ["NEW YORK, March 3 - Moody's Investors Service Inc said", "New York", "US", "NEW YORK, March 3 -"],
    ["PORTLAND, Ore., Feb 26 - Red Lion Inns Limited Partnership said", "Portland", "US", "PORTLAND, Ore., Feb 26 -"],
    ["FARMINGTON, Conn., FEb 26 - Qtly div 35 cts vs 35 cts prior", "Farmington", "US", "FARMINGTON, Conn., FEb 26 -"],
    ["Toronto, Feb 26 - Standard Trustco said it expects earnings", "Toronto", "CA", "Toronto, Feb 26 -"],
    ["BAHRAIN, Oct 19 - Iran said its forces", "Bahrain", "BH", "BAHRAIN, Oct 19 -"],
    ["RIO DE JANEIRO, March 3 - Brazil's debt", "Rio de Janeiro", "BR", "RIO DE JANEIRO, March 3 -"],
    ["MOSCOW (Reuters) - Russia said on Monday", "Moscow", "RU", "MOSCOW (Reuters) -"],
    ["WASHINGTON/BEIJING (Reuters) - Trade talks resumed", "Washington", "US", "WASHINGTON/BEIJING (Reuters) -"],
    ["ORANGEBURG, S.C. (Reuters) - If Democratic hopeful Bernie Sanders", "Orangeburg", "US", "ORANGEBURG, S.C. (Reuters) -"],
    ["Green Party candidate Jill Stein removed from N.Y. debate site by police.\n\nHEMPSTEAD, N.Y., Sept. 26 (UPI) — Green Party", "Hempstead", "US", "HEMPSTEAD, N.Y., Sept. 26 (UPI) —"],
    ["O’Malley campaign to shift staff, resources to Iowa.\n\nDALLAS (AP) — Democratic presidential candidate", "Dallas", "US", "DALLAS (AP) —"],
    ["Clinton courts donors.\n\nWASHINGTON — The Senate voted on Tuesday", "Washington", "US", "WASHINGTON —"],
    ["Trump speaks.\n\nWASHINGTON -- Donald Trump said", "Washington", "US", "WASHINGTON --"],
  ])("%j", (text, name, countryCode, span) => {
    const dateline = parseDateline(text)!;
    expect(dateline).toMatchObject({ name, countryCode });
    expect(text.slice(dateline.start, dateline.end)).toBe(span);
    expect(dateline.lat).toEqual(expect.any(Number));
  });

  it("places a small town at its region's namesake capital when the gazetteer lacks it", () => {
    const dateline = parseDateline("IGORA /Leningrad Region/, December 26. /TASS/. Russian President")!;
    expect(dateline.lat).toBeCloseTo(59.94, 1);
    expect(dateline.lon).toBeCloseTo(30.31, 1);
  });

  it.each([
    ["(Reuters) - In September 2014, Gilberto Velasquez, a 38-year-old house painter from El Salvador"],
    ["United States President Donald Trump said on Friday he can and may declare a national state of emergency"],
    ["Shares in UK drinks and food firm Allied Domecq have risen - on speculation"],
    ["Quarterly profits at US media giant TimeWarner jumped 76% to dollars 1.13bn"],
    ["UNITED NATIONS (Reuters) - The Security Council voted"],
    ["As of April 7 - the bank's prime rate stood at 7.5 pct"],
    ["NATO — the alliance said on Monday"],
    [""],
  ])("finds no dateline in %j", (text) => {
    expect(parseDateline(text)).toBeNull();
  });

  it("reads every news-dev gold dateline", () => {
    const goldDir = new URL("../../../../shared/gold/", import.meta.url);
    const texts = new Map(readFileSync(new URL("news-dev.articles.jsonl", goldDir), "utf8").trim().split("\n").map((l) => {
      const a = JSON.parse(l) as { id: string; text: string };
      return [a.id, a.text];
    }));
    const gold = readFileSync(new URL("news-dev.gold.jsonl", goldDir), "utf8").trim().split("\n").map((l) => JSON.parse(l) as { id: string; dateline: { countryCode: string } | null });
    for (const article of gold) {
      expect(parseDateline(texts.get(article.id)!)?.countryCode ?? null, article.id).toBe(article.dateline?.countryCode ?? null);
    }
  });
});
