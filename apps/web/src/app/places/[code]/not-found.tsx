import Link from "next/link";

export default function NotFound() {
  return (
    <section className="state-panel" role="status">
      <h1>No such place</h1>
      <p>No place has this id. It may have been removed, or the link is incomplete.</p>
      <p><Link prefetch={false} href="/">Back to all statements</Link></p>
    </section>
  );
}
