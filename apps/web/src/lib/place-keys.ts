// Place keys ("country:ru", "city:ru:moscow", "m49:143"), read on the server and in the browser alike.

/** The countries of place keys ("country:ru", "city:ru:moscow" → RU), as the API's corrections count them. */
export function countriesOfKeys(keys: string[]): string[] {
  const codes = keys.flatMap((key) => {
    const [type, code] = key.split(":");
    return (type === "country" || type === "city" || type === "subnational") && code ? [code.toUpperCase()] : [];
  });
  return [...new Set(codes)].sort();
}
