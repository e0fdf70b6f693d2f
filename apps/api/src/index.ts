export { createApi, LIMITS, type Api, type ApiOptions } from "./yoga.ts";
export { schema } from "./schema/index.ts";
