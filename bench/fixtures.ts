/** Inputs for the parsing benchmarks: amounts and phone numbers in the forms providers send. */
/** Decimal amounts as providers send them: float dollars, decimal strings, whole numbers, sub-cents. */
export const AMOUNTS: readonly (number | string)[] = [
  0.43,
  4.99,
  124.5,
  "12.40",
  "15",
  0.1,
  "0.435",
  1999.99,
  "7.5",
  0.05,
  " 3.20 ",
  12,
];

/** Phone numbers in the shapes providers send them, with the country used to read national forms. */
export const PHONES: readonly [string, string | null][] = [
  ["+12125550199", null],
  ["(332) 555-0184", "US"],
  ["+1 332 555 0184", null],
  ["07684563067", "GB"],
  ["0612345678", "NL"],
  ["+44 (0) 7684 563067", null],
  ["4915112345678", "DE"],
  ["0033639980123", null],
  ["79161234567", "RU"],
  ["+380 67 123 4567", null],
];
