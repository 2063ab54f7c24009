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
 * a body row that is the target of a link no one sees has its page written into the PDF's
 * named destinations. Chromium's print slows with every destination (a quarter at 2,000 rows),
 * so only the print that finds the pages links every row a page may begin with; a final print
 * links the few rows that prove its splits hold (`anchorsFor`).
 */

/**
 * A table that repeats its header, and the anchors of the body rows a page may begin with, in
 * order, with their indexes among its rows: the first row of each group kept whole
 * (`tbody.keep`), and every row of the others.
 */
export interface MarkedTable {
  table: number;
  rows: string[];
  index: number[];
}

/** Where each table is split: the index of the first row of its second page. */
export type Splits = ReadonlyMap<number, number>;

/**
 * In the page: marks every table with a header, gives each body row a page may begin with an
 * id, and adds the hidden holder that `LINK_ROWS` fills with links to them. Called with a
 * prefix for the ids, which keeps apart the rows of the parts of a document printed in parts.
 */
export const MARK_ROWS = `(prefix) => {
  const out = [];
  const holder = document.createElement("div");
  holder.style.display = "none";
  holder.setAttribute("data-mp-rows", "");
  document.querySelectorAll("table").forEach((table, t) => {
    const caption = table.previousElementSibling;
    if (!table.tHead || !table.tBodies.length || !caption || !caption.matches("p.caption")) return;
    // A table kept whole has nowhere to break.
    const bodies = [...table.tBodies];
    if (bodies.length === 1 && bodies[0].classList.contains("keep")) return;
    table.setAttribute("data-mp-table", String(t));
    const columns = Math.max(...[...table.tHead.rows].map((r) => [...r.cells].reduce((n, c) => n + c.colSpan, 0)));
    const head = document.createElement("tr");
    head.className = "mp-caption";
    const cell = document.createElement("th");
    cell.colSpan = columns;
    // The same boxes as the label's later (a grid of one cell), so the row is exactly as tall.
    const box = document.createElement("div");
    box.className = "mp-continued";
    const text = document.createElement("span");
    text.innerHTML = caption.innerHTML;
    box.appendChild(text);
    cell.appendChild(box);
    head.appendChild(cell);
    table.tHead.insertBefore(head, table.tHead.firstChild);
    caption.style.display = "none";
    caption.setAttribute("data-mp-moved", "");
    const rows = [];
    const index = [];
    let n = 0;
    for (const body of table.tBodies) {
      const kept = body.classList.contains("keep");
      [...body.rows].forEach((row, i) => {
        row.setAttribute("data-mp-row", String(n));
        if (!kept || i === 0) {
          if (!row.id) row.id = "mp-row-" + prefix + t + "-" + n;
          rows.push(row.id);
          index.push(n);
        }
        n++;
      });
    }
    if (rows.length > 1) out.push({ table: t, rows, index });
  });
  document.body.appendChild(holder);
  return out;
}`;

/** In the page: links the rows whose ids are given, and no others, so that they land. */
export const LINK_ROWS = `(ids) => {
  document.querySelector("[data-mp-rows]").replaceChildren(...ids.map((id) => {
    const a = document.createElement("a");
    a.href = "#" + id;
    return a;
  }));
}`;

/**
 * The rows a final print links to prove its splits hold, since rows keep their order on the
 * pages: for a table split before a row, its first row, the row before the split and the row
 * after it (the split holds when the first two share a page); for a table not split, its first
 * and last rows (it holds when they share one). `splitsFrom` of these rows' pages gives back
 * exactly the splits applied when, and only when, they hold.
 */
export function anchorsFor(tables: readonly MarkedTable[], splits: Splits): MarkedTable[] {
  return tables.map((t) => {
    const at = splits.get(t.table);
    const split = at === undefined ? -1 : t.index.indexOf(at);
    const picked = [...new Set(split > 0 ? [0, split - 1, split] : [0, t.rows.length - 1])];
    return {
      table: t.table,
      rows: picked.map((i) => t.rows[i]!),
      index: picked.map((i) => t.index[i]!),
    };
  });
}

/** The tables with only those of their rows that have a page in `pages` (an earlier build's). */
export function landedRows(
  tables: readonly MarkedTable[],
  pages: ReadonlyMap<string, number>,
): MarkedTable[] {
  return tables.map((t) => {
    // Without its first row, nothing says where a table began.
    const kept = pages.has(t.rows[0]!) ? t.rows.flatMap((id, i) => (pages.has(id) ? [i] : [])) : [];
    return {
      table: t.table,
      rows: kept.map((i) => t.rows[i]!),
      index: kept.map((i) => t.index[i]!),
    };
  });
}

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
  for (const { table, rows, index } of tables) {
    const landed = rows.map((id) => pages.get(id));
    if (landed.some((p) => p === undefined)) continue;
    const at = landed.findIndex((p) => p! > landed[0]!);
    if (at > 0) out.set(table, index[at]!);
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
    origin.style.removeProperty("table-layout");
    for (const col of origin.querySelectorAll(":scope > colgroup[data-mp-cols]")) col.remove();
    for (const col of origin.querySelectorAll(":scope > colgroup[data-mp-hidden]")) {
      col.removeAttribute("data-mp-hidden");
      col.style.removeProperty("display");
    }
    cont.remove();
  }
  // A table sizes its columns by its own rows: both parts keep the widths the whole table had.
  const widths = new Map();
  for (const [t] of splits) {
    const table = document.querySelector('table[data-mp-table="' + t + '"]');
    if (!table) continue;
    const total = table.getBoundingClientRect().width;
    const rows = [...table.rows].filter((r) => r.closest("table") === table);
    const count = Math.max(...rows.map((r) => [...r.cells].reduce((n, c) => n + c.colSpan, 0)));
    const plain = rows.find((r) => r.cells.length === count);
    if (plain && total > 0) widths.set(t, [...plain.cells].map((c) => (c.getBoundingClientRect().width / total) * 100));
  }
  const fix = (table, columns) => {
    for (const col of table.querySelectorAll(":scope > colgroup")) {
      col.setAttribute("data-mp-hidden", "");
      col.style.display = "none";
    }
    const group = document.createElement("colgroup");
    group.setAttribute("data-mp-cols", "");
    for (const w of columns) {
      const col = document.createElement("col");
      col.style.width = w.toFixed(4) + "%";
      group.appendChild(col);
    }
    table.insertBefore(group, table.firstChild);
    table.style.tableLayout = "fixed";
  };
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
    const columns = widths.get(t);
    if (columns) fix(table, columns);
    const head = table.tHead.cloneNode(true);
    for (const e of head.querySelectorAll("[id]")) e.removeAttribute("id");
    const box = head.querySelector("tr.mp-caption > th > div.mp-continued");
    if (box && box.firstElementChild) {
      const text = box.firstElementChild;
      const number = text.querySelector(".caption-label");
      const label = document.createElement("span");
      label.className = "mp-label";
      label.textContent = (number ? number.textContent.trim() + " " : "") + word;
      text.classList.add("mp-hidden");
      text.setAttribute("aria-hidden", "true");
      box.insertBefore(label, text);
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
    if (columns) fix(cont, columns);
    table.style.marginBottom = "0";
    table.after(cont);
  }
}`;
