const MONTHS = [
  "Januari",
  "Februari",
  "Maret",
  "April",
  "Mei",
  "Juni",
  "Juli",
  "Agustus",
  "September",
  "Oktober",
  "November",
  "Desember",
];

/** "2024-07-05" → "5 Juli 2024". Dates are calendar dates, read without time zones. */
export function tanggal(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) throw new RangeError(`tanggal: ${isoDate} is not a YYYY-MM-DD date`);
  const [, year, month, day] = match;
  const name = MONTHS[Number(month) - 1];
  if (!name || Number(day) < 1 || Number(day) > 31)
    throw new RangeError(`tanggal: ${isoDate} is not a date`);
  return `${Number(day)} ${name} ${year}`;
}

/** A month or a quarter: "2025-09" → "September 2025", "2025-Q3" → "Triwulan III 2025". */
export function bulanAtauTriwulan(when: string): string {
  const match = /^(\d{4})-(?:(0[1-9]|1[0-2])|Q([1-4]))$/.exec(when);
  if (!match) throw new RangeError(`bulanAtauTriwulan: ${when} is not YYYY-MM or YYYY-Qn`);
  const [, year, month, quarter] = match;
  return quarter
    ? `Triwulan ${["I", "II", "III", "IV"][Number(quarter) - 1]!} ${year}`
    : `${MONTHS[Number(month) - 1]!} ${year}`;
}
