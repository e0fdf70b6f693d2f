import type { NextConfig } from "next";
// Importing the env module here makes a malformed NEXT_PUBLIC_GRAPHQL_URL fail `next build`, not the first request.
import { env } from "./src/env.ts";

void env.graphqlUrl;

const config: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
};

export default config;
