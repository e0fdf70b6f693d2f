import { describe, expect, it } from "vitest";
import { parseDateline } from "../src/dateline/index.ts";

describe("parseDateline", () => {
  it.each([
    [" date 2023-03-14 ASTANA, March 14. /TASS/. Kazakhstan's parliament approved the budget", "Astana", "KZ", "ASTANA, March 14. /TASS/."],
    ["ZELENOGRADSK /Kaliningrad Region/, May 3. /TASS/. The regional governor said on Friday", "Zelenogradsk", "RU", "ZELENOGRADSK /Kaliningrad Region/, May 3. /TASS/."],
    ["VIENTIANE, October 9. /TASS/. Laos and Russia signed a visa agreement", "Vientiane", "LA", "VIENTIANE, October 9. /TASS/."],
    ["SALVADOR, Feb 26 - Showers continued throughout the week in the Bahia cocoa zone", "Salvador", "BR", "SALVADOR, Feb 26 -"],
    ["PEKING, June 2 - Chinese rice exports will fall this year, traders said", "Beijing", "CN", "PEKING, June 2 -"],
    ["BOMBAY, June 2 - India will raise its edible oil imports", "Mumbai", "IN", "BOMBAY, June 2 -"],
    ["HAMBURG, March 9 - West German traders said demand was weak", "Hamburg", "DE", "HAMBURG, March 9 -"],
    ["NEW YORK, March 3 - Moody's Investors Service Inc said", "New York", "US", "NEW YORK, March 3 -"],
    ["PORTLAND, Ore., Feb 26 - Red Lion Inns Limited Partnership said", "Portland", "US", "PORTLAND, Ore., Feb 26 -"],
    ["FARMINGTON, Conn., FEb 26 - Qtly div 35 cts vs 35 cts prior", "Farmington", "US", "FARMINGTON, Conn., FEb 26 -"],
    ["Toronto, Feb 26 - Standard Trustco said it expects earnings", "Toronto", "CA", "Toronto, Feb 26 -"],
    ["BAHRAIN, Oct 19 - Iran said its forces", "Bahrain", "BH", "BAHRAIN, Oct 19 -"],
    ["RIO DE JANEIRO, March 3 - Brazil's debt", "Rio de Janeiro", "BR", "RIO DE JANEIRO, March 3 -"],
    ["MOSCOW (Reuters) - Russia said on Monday", "Moscow", "RU", "MOSCOW (Reuters) -"],
    ["WASHINGTON/BEIJING (Reuters) - Trade talks resumed", "Washington", "US", "WASHINGTON/BEIJING (Reuters) -"],
    ["ORANGEBURG, S.C. (Reuters) - If Democratic hopeful Bernie Sanders", "Orangeburg", "US", "ORANGEBURG, S.C. (Reuters) -"],
    ["Sanders rallies students in New Hampshire.\n\nNASHUA, N.H., Jan. 12 (UPI) — Sen. Bernie Sanders", "Nashua", "US", "NASHUA, N.H., Jan. 12 (UPI) —"],
    ["O’Malley campaign to shift staff, resources to Iowa.\n\nDALLAS (AP) — Democratic presidential candidate", "Dallas", "US", "DALLAS (AP) —"],
    ["Clinton courts donors.\n\nWASHINGTON — The Senate voted on Tuesday", "Washington", "US", "WASHINGTON —"],
    ["Trump speaks.\n\nWASHINGTON -- Donald Trump said", "Washington", "US", "WASHINGTON --"],
    // odd formats of the unannotated corpora (ISOT Reuters 2016–17, Reuters-21578)
    ["(This version of the story corrects spelling of a name throughout) By Jane Doe ISLAMABAD (Reuters) - Troops said", "Islamabad", "PK", "ISLAMABAD (Reuters) -"],
    ["((In March 30 item, corrects spelling in paragraph 3)) WASHINGTON (Reuters) - The lawyer said", "Washington", "US", "WASHINGTON (Reuters) -"],
    ["AL-BAB, Syria/BEIRUT/ANKARA (Reuters) - Children returning to school", "Al-Bab", "SY", "AL-BAB, Syria/BEIRUT/ANKARA (Reuters) -"],
    ["KANSAS CITY, Mo./BLOOMINGTON, Ill. (Reuters) - Protesters said", "Kansas City", "US", "KANSAS CITY, Mo./BLOOMINGTON, Ill. (Reuters) -"],
    ["GOMA, Democratic Republic of Congo (Reuters) - Rebels killed", "Goma", "CD", "GOMA, Democratic Republic of Congo (Reuters) -"],
    ["DHAKA,  (Reuters) - Bangladesh and Myanmar agreed", "Dhaka", "BD", "DHAKA,  (Reuters) -"],
    ["BEIJING - China will expand a pilot project", "Beijing", "CN", "BEIJING -"],
    ["PANAMA CITY (Reuters) - Panama s government will send", "Panama City", "PA", "PANAMA CITY (Reuters) -"],
    ["N DJAMENA (Reuters) - Chad s President appointed", "N'Djamena", "TD", "N DJAMENA (Reuters) -"],
    ["****LONDON, March 5 - India bought eight cargoes", "London", "GB", "LONDON, March 5 -"],
    ["ATLANTA , March 3 - National Data Corp said", "Atlanta", "US", "ATLANTA , March 3 -"],
    ["ROME, March 13, Reuter - Italy's average interbank rate rose", "Rome", "IT", "ROME, March 13, Reuter -"],
  ])("%j", (text, name, countryCode, span) => {
    const dateline = parseDateline(text)!;
    expect(dateline).toMatchObject({ name, countryCode });
    expect(text.slice(dateline.start, dateline.end)).toBe(span);
    expect(dateline.lat).toEqual(expect.any(Number));
  });

  it("places a small town at its region's namesake capital when the gazetteer lacks it", () => {
    const dateline = parseDateline("NOVO-OGARYOVO /Moscow Region/, March 5. /TASS/. Russian President")!;
    expect(dateline).toMatchObject({ name: "Novo-Ogaryovo", countryCode: "RU" });
    expect(dateline.lat).toBeCloseTo(55.75, 1);
    expect(dateline.lon).toBeCloseTo(37.62, 1);
  });

  it.each([
    ["(Reuters) - In September 2014, Gilberto Velasquez, a 38-year-old house painter from El Salvador"],
    ["United States Secretary of State Mike Pompeo said on Friday he would travel to Seoul"],
    ["Shares in UK drinks and food firm Allied Domecq have risen - on speculation"],
    ["Quarterly profits at US media giant TimeWarner jumped 76% to dollars 1.13bn"],
    ["UNITED NATIONS (Reuters) - The Security Council voted"],
    ["As of April 7 - the bank's prime rate stood at 7.5 pct"],
    ["NATO — the alliance said on Monday"],
    ["UK - China trade talks resume"],
    ["(Reuters) - The story (about a visit, an official says) was withdrawn"],
    [""],
  ])("finds no dateline in %j", (text) => {
    expect(parseDateline(text)).toBeNull();
  });
});
