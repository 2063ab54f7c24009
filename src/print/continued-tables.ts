/**
 * Tables continued on the next page say so: "Tabel 3.5 (lanjutan)" in the header Chromium
 * repeats. Chromium repeats a `<thead>` as it is, so in the loaded page a table's caption first
 * becomes the first row of its header (repeated, as it is, on every page the table spans); then
 * the table is split where its first page ends: the rows after that go into a second table that
 * starts a page, whose copy of the header says "(lanjutan)" in the caption's place, in a row
 * exactly as tall (the caption is still there, unseen). So the split moves nothing: each row
 * stays on the page it was printed on, and so does every heading.
 *
 * Where a table's first page ends is read from a print, like the table of contents' numbers:
 * each body row is the target of a link no one sees, so Chromium writes its page into the
 * PDF's named destinations.
 */

/** A table that repeats its header, and its body rows' anchors in order. */
export interface MarkedTable {
  table: number;
  rows: string[];
}

/** Where each table is split: the index of the first row of its second page. */
export type Splits = ReadonlyMap<number, number>;

/** In the page: marks every table with a header and makes each of its body rows a link target. */
export const MARK_ROWS = `(() => {
  const out = [];
  const holder = document.createElement("div");
  holder.style.display = "none";
  holder.setAttribute("data-mp-rows", "");
  document.querySelectorAll("table").forEach((table, t) => {
    const caption = table.previousElementSibling;
    if (!table.tHead || !table.tBodies.length || !caption || !caption.matches("p.caption")) return;
    table.setAttribute("data-mp-table", String(t));
    const columns = Math.max(...[...table.tHead.rows].map((r) => [...r.cells].reduce((n, c) => n + c.colSpan, 0)));
    const head = document.createElement("tr");
    head.className = "mp-caption";
    const cell = document.createElement("th");
    cell.colSpan = columns;
    cell.innerHTML = caption.innerHTML;
    head.appendChild(cell);
    table.tHead.insertBefore(head, table.tHead.firstChild);
    caption.style.display = "none";
    caption.setAttribute("data-mp-moved", "");
    const rows = [];
    for (const body of table.tBodies)
      for (const row of body.rows) {
        if (!row.id) row.id = "mp-row-" + t + "-" + rows.length;
        row.setAttribute("data-mp-row", String(rows.length));
        const a = document.createElement("a");
        a.href = "#" + row.id;
        holder.appendChild(a);
        rows.push(row.id);
      }
    if (rows.length > 1) out.push({ table: t, rows });
  });
  document.body.appendChild(holder);
  return out;
})()`;

/**
 * Where each table should be split, from the pages its rows landed on: before the first row
 * on a later page than the table's first row. A table on one page, or whose rows did not all
 * land, is not split.
 */
export function splitsFrom(
  tables: readonly MarkedTable[],
  pages: ReadonlyMap<string, number>,
): Map<number, number> {
  const out = new Map<number, number>();
  for (const { table, rows } of tables) {
    const landed = rows.map((id) => pages.get(id));
    if (landed.some((p) => p === undefined)) continue;
    const at = landed.findIndex((p) => p! > landed[0]!);
    if (at > 0) out.set(table, at);
  }
  return out;
}

export function sameSplits(a: Splits, b: Splits): boolean {
  return a.size === b.size && [...a].every(([t, at]) => b.get(t) === at);
}

/** Whether a destination is one of the anchors given to rows, which no heading has. */
export function isRowAnchor(name: string): boolean {
  return name.startsWith("mp-row-");
}

/**
 * In the page: undoes earlier splits, then splits each table before the row given, putting the
 * caption's number and the theme's word (`data-continued` on the root) above the copied header.
 * Called with the splits as `[table, row]` pairs.
 */
export const APPLY_SPLITS = `(splits) => {
  const word = document.documentElement.getAttribute("data-continued") || "(lanjutan)";
  for (const cont of [...document.querySelectorAll("table[data-mp-continues]")]) {
    const origin = document.querySelector('table[data-mp-table="' + cont.getAttribute("data-mp-continues") + '"]');
    for (const part of [...cont.children]) {
      if (part.tagName === "TBODY" && part.hasAttribute("data-mp-part")) {
        const last = origin.tBodies[origin.tBodies.length - 1];
        while (part.rows.length) last.appendChild(part.rows[0]);
      } else if (part.tagName === "TBODY" || part.tagName === "TFOOT") origin.appendChild(part);
    }
    origin.style.removeProperty("margin-bottom");
    cont.remove();
  }
  for (const [t, at] of splits) {
    const table = document.querySelector('table[data-mp-table="' + t + '"]');
    const row = table && [...table.querySelectorAll("tr[data-mp-row]")].find(
      (r) => r.closest("table") === table && r.getAttribute("data-mp-row") === String(at),
    );
    if (!row) continue;
    const cont = table.cloneNode(false);
    cont.removeAttribute("id");
    cont.removeAttribute("data-mp-table");
    cont.setAttribute("data-mp-continues", String(t));
    cont.style.breakBefore = "page";
    cont.style.marginTop = "0";
    for (const col of table.querySelectorAll(":scope > colgroup")) cont.appendChild(col.cloneNode(true));
    const head = table.tHead.cloneNode(true);
    for (const e of head.querySelectorAll("[id]")) e.removeAttribute("id");
    const cell = head.querySelector("tr.mp-caption > th");
    if (cell) {
      const number = cell.querySelector(".caption-label");
      const box = document.createElement("div");
      box.className = "mp-continued";
      const label = document.createElement("span");
      label.className = "mp-label";
      label.textContent = (number ? number.textContent.trim() + " " : "") + word;
      const unseen = document.createElement("span");
      unseen.className = "mp-hidden";
      unseen.setAttribute("aria-hidden", "true");
      while (cell.firstChild) unseen.appendChild(cell.firstChild);
      box.append(label, unseen);
      cell.appendChild(box);
    }
    cont.appendChild(head);
    const body = row.parentElement;
    const part = body.cloneNode(false);
    part.removeAttribute("id");
    part.setAttribute("data-mp-part", "");
    for (let r = row; r; ) {
      const next = r.nextElementSibling;
      part.appendChild(r);
      r = next;
    }
    cont.appendChild(part);
    for (let n = body.nextElementSibling; n; ) {
      const next = n.nextElementSibling;
      if (n.tagName === "TBODY" || n.tagName === "TFOOT") cont.appendChild(n);
      n = next;
    }
    table.style.marginBottom = "0";
    table.after(cont);
  }
}`;
