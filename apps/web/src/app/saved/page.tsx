// Saved searches: each opens its view; the count says what is new since it was last opened in this browser.
import type { Metadata } from "next";
import { SavedList } from "@/components/saved/saved-list";

export const metadata: Metadata = { title: "Saved searches" };

export default function SavedSearchesPage() {
  return (
    <section className="saved-page">
      <h1>Saved searches</h1>
      <SavedList />
    </section>
  );
}
