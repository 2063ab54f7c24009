const UNITS = [
  "",
  "satu",
  "dua",
  "tiga",
  "empat",
  "lima",
  "enam",
  "tujuh",
  "delapan",
  "sembilan",
  "sepuluh",
  "sebelas",
];
const SCALES: Array<[number, string]> = [
  [1e12, "triliun"],
  [1e9, "miliar"],
  [1e6, "juta"],
];

function below1000(n: number): string {
  if (n < 12) return UNITS[n] ?? "";
  if (n < 20) return `${UNITS[n - 10]} belas`;
  if (n < 100) return join(`${UNITS[Math.floor(n / 10)]} puluh`, below1000(n % 10));
  if (n < 200) return join("seratus", below1000(n - 100));
  return join(`${UNITS[Math.floor(n / 100)]} ratus`, below1000(n % 100));
}

function below1e6(n: number): string {
  if (n < 1000) return below1000(n);
  if (n < 2000) return join("seribu", below1000(n - 1000));
  return join(`${below1000(Math.floor(n / 1000))} ribu`, below1000(n % 1000));
}

function join(a: string, b: string): string {
  return b ? `${a} ${b}` : a;
}

/**
 * A whole number in Indonesian words, as legal texts spell amounts:
 * 1250000000 → "satu miliar dua ratus lima puluh juta".
 */
export function terbilang(n: number): string {
  if (!Number.isSafeInteger(n)) throw new RangeError(`terbilang: ${n} is not a safe whole number`);
  if (n < 0) return `minus ${terbilang(-n)}`;
  if (n === 0) return "nol";
  const parts: string[] = [];
  let rest = n;
  for (const [scale, word] of SCALES) {
    const count = Math.floor(rest / scale);
    if (count > 0) {
      parts.push(`${terbilang(count)} ${word}`);
      rest %= scale;
    }
  }
  if (rest > 0) parts.push(below1e6(rest));
  return parts.join(" ");
}

/** "Rp 1.250.000.000 (satu miliar dua ratus lima puluh juta rupiah)" style words. */
export function rupiahWords(n: number): string {
  return `${terbilang(n)} rupiah`;
}
