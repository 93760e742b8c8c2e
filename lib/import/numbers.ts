// Numbers as the reports write them: digits ("200,000"), English and Spanish words ("seven",
// "Thirty-four", "treinta y cuatro", "veintidós").

const units: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  uno: 1, un: 1, una: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10,
  once: 11, doce: 12, trece: 13, catorce: 14, quince: 15, dieciséis: 16, dieciseis: 16, diecisiete: 17, dieciocho: 18, diecinueve: 19,
  veintiuno: 21, veintiún: 21, veintiuna: 21, veintidós: 22, veintidos: 22, veintitrés: 23, veintitres: 23, veinticuatro: 24,
  veinticinco: 25, veintiséis: 26, veintiseis: 26, veintisiete: 27, veintiocho: 28, veintinueve: 29,
};
const tens: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  veinte: 20, treinta: 30, cuarenta: 40, cincuenta: 50, sesenta: 60, setenta: 70, ochenta: 80, noventa: 90,
};
const hundreds: Record<string, number> = { hundred: 100, cien: 100, ciento: 100, doscientos: 200, trescientos: 300, cuatrocientos: 400, quinientos: 500 };

const word = [...Object.keys(hundreds), ...Object.keys(tens), ...Object.keys(units)].sort((a, b) => b.length - a.length).join('|');

/**
 * A number as a regular-expression source: digits with thousands separators, or number words
 * ("thirty-four", "one hundred and twenty", "treinta y cuatro").
 */
export const numberPattern = `(?:\\d{1,3}(?:,\\d{3})+|\\d+|(?:(?:${word})(?:(?:\\s+and\\s+|\\s+y\\s+|-|\\s+)(?:${word}))*))`;

/** The value of a number written in digits or words, or null. */
export function numberValue(text: string): number | null {
  const trimmed = text.trim().toLowerCase();
  if (/^\d{1,3}(,\d{3})+$|^\d+$/.test(trimmed)) return Number(trimmed.replace(/,/g, ''));
  const words = trimmed.split(/\s+and\s+|\s+y\s+|-|\s+/).filter(Boolean);
  if (words.length === 0) return null;
  let total = 0;
  let current = 0;
  for (const w of words) {
    if (w in units) current += units[w]!;
    else if (w in tens) current += tens[w]!;
    else if (w === 'hundred') current = (current || 1) * 100;
    else if (w in hundreds) current += hundreds[w]!;
    else return null;
  }
  total += current;
  return total;
}
