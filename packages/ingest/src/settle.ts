// What is left to tidy after statements changed, moved or went: quotations that lost or gained statements, and
// speakers no statement names any more. Inside the writing transaction (re-extraction, corrections).
import type { Prisma } from "@dictum/db";

type Tx = Prisma.TransactionClient;

const sameDate = (a: Date | null, b: Date | null) => (a === null ? b === null : b !== null && a.getTime() === b.getTime());

/** Quotations without statements are deleted; the others are dated by the earliest statement they keep. */
export async function settleQuotations(tx: Tx, ids: Iterable<number>): Promise<void> {
  const list = [...new Set(ids)];
  if (list.length === 0) return;
  const statements = await tx.statement.findMany({ where: { quotationId: { in: list } }, select: { quotationId: true, saidOn: true } });
  const earliest = new Map<number, Date | null>();
  for (const { quotationId, saidOn } of statements) {
    const known = earliest.get(quotationId!);
    if (!earliest.has(quotationId!) || (saidOn && (!known || saidOn < known))) earliest.set(quotationId!, saidOn);
  }
  const empty = list.filter((id) => !earliest.has(id));
  if (empty.length > 0) await tx.quotation.deleteMany({ where: { id: { in: empty } } });
  const rows = await tx.quotation.findMany({ where: { id: { in: [...earliest.keys()] } }, select: { id: true, firstSaidOn: true } });
  for (const row of rows) {
    const date = earliest.get(row.id) ?? null;
    if (!sameDate(row.firstSaidOn, date)) await tx.quotation.update({ where: { id: row.id }, data: { firstSaidOn: date } });
  }
}

/** Of these speakers, those no statement points at are deleted (with their aliases); returns their ids. */
export async function dropSpeakersWithoutStatements(tx: Tx, ids: Iterable<number>): Promise<number[]> {
  const list = [...new Set(ids)];
  if (list.length === 0) return [];
  const still = new Set((await tx.statement.findMany({ where: { speakerId: { in: list } }, select: { speakerId: true }, distinct: ["speakerId"] })).map((row) => row.speakerId!));
  const gone = list.filter((id) => !still.has(id));
  if (gone.length > 0) {
    await tx.speakerAlias.deleteMany({ where: { speakerId: { in: gone } } });
    await tx.speaker.deleteMany({ where: { id: { in: gone } } });
  }
  return gone;
}
