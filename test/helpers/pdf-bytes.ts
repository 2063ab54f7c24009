/** A PDF with a classic cross-reference table, as Chromium writes one, from object bodies. */
export function classicPdf(objects: Record<number, string | Buffer>, root: number): Buffer {
  const parts: Buffer[] = [Buffer.from("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n", "latin1")];
  let offset = parts[0]!.length;
  const offsets = new Map<number, number>();
  const size = Math.max(...Object.keys(objects).map(Number)) + 1;
  for (const [num, body] of Object.entries(objects)) {
    offsets.set(Number(num), offset);
    const chunk = Buffer.concat([
      Buffer.from(`${num} 0 obj\n`),
      typeof body === "string" ? Buffer.from(body, "latin1") : body,
      Buffer.from("\nendobj\n"),
    ]);
    parts.push(chunk);
    offset += chunk.length;
  }
  const rows = [`xref\n0 ${size}\n`, "0000000000 65535 f \n"];
  for (let n = 1; n < size; n++) {
    const at = offsets.get(n);
    rows.push(
      at === undefined ? "0000000000 00000 f \n" : `${String(at).padStart(10, "0")} 00000 n \n`,
    );
  }
  parts.push(
    Buffer.from(
      `${rows.join("")}trailer\n<</Size ${size}\n/Root ${root} 0 R>>\nstartxref\n${offset}\n%%EOF`,
    ),
  );
  return Buffer.concat(parts);
}
