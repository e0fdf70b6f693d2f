import type { Metadata, Viewport } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { ApolloWrapper } from "@/components/apollo-wrapper";
import { GRAPHQL_PATH } from "@/lib/api-path";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Dictum", template: "%s · Dictum" },
  description: "Who said what, when, about where: statements extracted from news, traced to their sources.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#1d3557" };

// Every page reads the API at request time, so nothing is prerendered and the build never needs the API.
export const dynamic = "force-dynamic";

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">Skip to content</a>
        <header className="app-header">
          <Link prefetch={false} href="/" className="brand" aria-label="Dictum home">
            <svg viewBox="0 0 32 32" width="22" height="22" aria-hidden="true"><rect width="32" height="32" rx="6" fill="#f1faee" /><path d="M9 8h7a8 8 0 0 1 0 16H9z" fill="none" stroke="#1d3557" strokeWidth="3" /></svg>
            Dictum
          </Link>
          <nav aria-label="Main">
            <Link prefetch={false} href="/">Statements</Link>
            <Link prefetch={false} href="/?view=map">Map</Link>
            <Link prefetch={false} href="/relations">Relations</Link>
            <Link prefetch={false} href="/saved">Saved searches</Link>
            <a href={GRAPHQL_PATH} target="_blank" rel="noreferrer">GraphiQL <span aria-hidden="true">↗</span></a>
          </nav>
        </header>
        <ApolloWrapper>
          <main id="main">{children}</main>
        </ApolloWrapper>
      </body>
    </html>
  );
}
