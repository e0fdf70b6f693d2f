// What `dictum ingest` reads feeds and files with, for callers that must read the same way (the API tests its feeds with it).
export { readArticlesFromString } from "@dictum/sources";
