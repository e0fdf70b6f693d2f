import type { NextConfig } from "next";

// The API's address is not a build setting: the server reads DICTUM_API_URL when it starts (src/env.ts) and the
// browser reaches the API through the dashboard's own /graphql, /export/… and /feeds/… routes.
const config: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
};

export default config;
