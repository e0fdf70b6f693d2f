// Where the browser sends GraphQL: the dashboard's own origin. The server passes it on to the API it was started
// with (app/graphql/route.ts), so no API address ever reaches the browser or the build.
export const GRAPHQL_PATH = "/graphql";
