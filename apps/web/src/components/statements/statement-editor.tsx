"use client";
// Edit mode of the statement page: an analyst with the API's write token (asked once, kept for this browser
// session) fixes the speaker, the kind or the countries, or rejects the statement. The editor shows the statement as
// the API answers after the correction at once, and the page is refreshed from the server so every part of it does.
import { useRouter } from "next/navigation";
import { useId, useState, type ReactNode } from "react";
import { countriesOfKeys } from "@/lib/place-keys";
import { graphql, storedToken, storeToken } from "@/lib/write-api";
import { CorrectStatementDocument, type CorrectStatementMutationVariables } from "./statement-editor.generated";

type SpeakerKind = "PERSON" | "ORGANISATION" | "UNNAMED";
type Kind = "DIRECT" | "INDIRECT";

export interface EditableStatement {
  speakerName: string;
  speakerKind: SpeakerKind;
  kind: Kind;
  /** ISO alpha-2 codes of the countries it is about (its cities' countries included). */
  countries: string[];
  rejected: boolean;
}

const parseCodes = (text: string) => [...new Set(text.split(/[\s,;]+/).filter(Boolean).map((code) => code.toUpperCase()))].sort();
const KIND_LABEL: Record<Kind, string> = { DIRECT: "Direct quotation", INDIRECT: "Indirect (reported) speech" };

/** Only what the form changed: a field left as it was is not sent (so it is not recorded as corrected). */
function changes(from: EditableStatement, to: EditableStatement & { note: string }): CorrectStatementMutationVariables["input"] {
  const input: CorrectStatementMutationVariables["input"] = {};
  if (to.speakerName.trim() !== from.speakerName || to.speakerKind !== from.speakerKind) Object.assign(input, { speakerName: to.speakerName.trim(), speakerKind: to.speakerKind });
  if (to.kind !== from.kind) input.kind = to.kind;
  if (to.countries.join() !== from.countries.join()) input.places = to.countries;
  if (to.rejected !== from.rejected) input.rejected = to.rejected;
  if (to.note.trim()) input.note = to.note.trim();
  return input;
}

export function StatementEditor({ statementId, initial }: { statementId: string; initial: EditableStatement }) {
  const router = useRouter();
  const [current, setCurrent] = useState(initial);
  const [editing, setEditing] = useState(false);
  const [form, setForm] = useState({ ...initial, places: initial.countries.join(", "), note: "" });
  const [token, setToken] = useState("");
  const [state, setState] = useState<{ kind: "idle" | "saving" | "saved" } | { kind: "error"; message: string }>({ kind: "idle" });

  const start = () => {
    setForm({ ...current, places: current.countries.join(", "), note: "" });
    setToken(storedToken());
    setState({ kind: "idle" });
    setEditing(true);
  };

  const save = async (event: React.FormEvent) => {
    event.preventDefault();
    const input = changes(current, { ...form, countries: parseCodes(form.places) });
    if (Object.keys(input).length === 0) return setState({ kind: "error", message: "Nothing changed." });
    setState({ kind: "saving" });
    try {
      const { correctStatement } = await graphql(CorrectStatementDocument, { id: statementId, input }, token.trim());
      storeToken(token.trim());
      const s = correctStatement.statement;
      setCurrent({ speakerName: s.speaker?.name ?? "", speakerKind: (s.speaker?.kind ?? "PERSON") as SpeakerKind, kind: s.kind, countries: countriesOfKeys(s.places.map((p) => p.key)), rejected: s.rejected });
      setState({ kind: "saved" });
      setEditing(false);
      router.refresh();
    } catch (error) {
      setState({ kind: "error", message: (error as Error).message });
    }
  };

  const field = <K extends keyof typeof form>(name: K) => (value: (typeof form)[K]) => setForm((f) => ({ ...f, [name]: value }));
  return (
    <section className="card statement-editor" data-testid="statement-editor" aria-labelledby="editor-heading">
      <h2 id="editor-heading">Correct this statement</h2>
      <dl className="facts" data-testid="editor-current">
        <dt>Speaker</dt><dd data-testid="current-speaker">{current.speakerName ? `${current.speakerName} (${current.speakerKind.toLowerCase()})` : "none"}</dd>
        <dt>Kind</dt><dd data-testid="current-kind">{KIND_LABEL[current.kind]}</dd>
        <dt>Countries</dt><dd data-testid="current-countries">{current.countries.join(", ") || "none"}</dd>
        {current.rejected ? <><dt>Status</dt><dd data-testid="current-rejected">Rejected: not a statement</dd></> : null}
      </dl>
      {editing ? (
        <form onSubmit={save} aria-label="Correct this statement" className="editor-form">
          <label>Speaker <input value={form.speakerName} onChange={(e) => field("speakerName")(e.target.value)} maxLength={300} /></label>
          <Choice label="Speaker kind" value={form.speakerKind} onChange={(value) => field("speakerKind")(value as SpeakerKind)}>
            <option value="PERSON">person</option><option value="ORGANISATION">organisation</option><option value="UNNAMED">unnamed source</option>
          </Choice>
          <Choice label="Kind" value={form.kind} onChange={(value) => field("kind")(value as Kind)}>
            <option value="DIRECT">{KIND_LABEL.DIRECT}</option><option value="INDIRECT">{KIND_LABEL.INDIRECT}</option>
          </Choice>
          <label>Countries <input value={form.places} onChange={(e) => field("places")(e.target.value)} placeholder="RU, UA" title="ISO 3166-1 alpha-2 codes, comma-separated" /></label>
          <label className="check"><input type="checkbox" checked={form.rejected} onChange={(e) => field("rejected")(e.target.checked)} /> Not a statement (reject)</label>
          <label>Note <input value={form.note} onChange={(e) => field("note")(e.target.value)} maxLength={2000} /></label>
          <label>API token <input type="password" value={token} onChange={(e) => setToken(e.target.value)} required autoComplete="off" /></label>
          <div>
            <button type="submit" disabled={state.kind === "saving"}>Save correction</button>
            <button type="button" onClick={() => setEditing(false)}>Cancel</button>
          </div>
          {state.kind === "error" ? <p role="alert" className="error-text">{state.message}</p> : null}
        </form>
      ) : (
        <button type="button" onClick={start}>Edit</button>
      )}
      {state.kind === "saved" ? <p role="status">Correction saved.</p> : null}
    </section>
  );
}

/** A select named by its label alone (a wrapping label would add the options' text to its name). */
function Choice({ label, value, onChange, children }: { label: string; value: string; onChange: (value: string) => void; children: ReactNode }) {
  const id = useId();
  return (
    <span className="choice">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>{children}</select>
    </span>
  );
}
