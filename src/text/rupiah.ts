/** Groups digits with dots, the Indonesian way: 1250000000 → "1.250.000.000". */
export function groupDigits(n: number): string {
  const sign = n < 0 ? "-" : "";
  const digits = Math.trunc(Math.abs(n)).toString();
  return sign + digits.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
}

/** Whole Rupiah as written in Indonesian documents: "Rp 1.250.000.000". */
export function formatRupiah(amount: number): string {
  return `Rp ${groupDigits(amount)}`;
}
