import Link from "next/link";

export default function NotFound() {
  return (
    <section className="state-panel" role="status">
      <h1>No such topic</h1>
      <p>No topic has this id. It may have been removed, or the link is incomplete.</p>
      <p><Link prefetch={false} href="/">Back to all statements</Link></p>
    </section>
  );
}
