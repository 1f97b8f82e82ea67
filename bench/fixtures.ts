/**
 * A representative mix of SMS texts for the `extractCode` benchmark, copied from the corpus in
 * test/core/otp.test.ts (which does not export it): the common services, ten languages and scripts,
 * and the negatives (amounts, dates, phone and order numbers) that make the extractor work hardest.
 */

export interface SmsCase {
  text: string;
  expected: string | null;
  service?: string;
}

export const SMS_MIX: readonly SmsCase[] = [
  // Positives, English
  { text: "Your code is 558-213", expected: "558213" },
  { text: "Your Uber code is 0183. Never share this code.", expected: "0183" },
  { text: "G-123456 is your Google verification code.", expected: "123456" },
  {
    text: "Your WhatsApp code: 123-456\n\nYou can also tap on this link to verify your phone: v.whatsapp.com/123456\n\nDon't share this code with others",
    expected: "123456",
  },
  {
    text: "Telegram code: 12345\n\nDo not give this code to anyone, even if they say they are from Telegram!",
    expected: "12345",
  },
  {
    text: "Your Apple ID Code is: 784512. Don't share it with anyone.\n\n@apple.com #784512 %apple.com",
    expected: "784512",
  },
  { text: "<#> Your Facebook code is 48213 laUbs3h0rQ", expected: "48213" },
  { text: "Steam Guard code: F7K2Q", expected: "F7K2Q" },
  {
    text: "Bank of America: Transaction of $250.00 at AMAZON requires approval. Your code is 551204.",
    expected: "551204",
  },
  {
    text: "OTP for txn of INR 1500.00 at AMAZON on card XX4821 is 482913. Valid for 3 mins.",
    expected: "482913",
  },
  { text: "G-784213", expected: "784213", service: "google" },
  // Other languages and scripts
  { text: "Tu código de verificación de TikTok es 771204. Caduca en 5 minutos.", expected: "771204" },
  { text: "Seu código do Nubank é 482913. Não compartilhe com ninguém.", expected: "482913" },
  { text: "Ihre mTAN für die Überweisung von 1.250,00 EUR lautet 834512", expected: "834512" },
  { text: "Votre code Leboncoin : 4921. Ne le partagez avec personne.", expected: "4921" },
  {
    text: "Пароль для подтверждения покупки на сумму 1500 руб.: 77315. Никому его не сообщайте.",
    expected: "77315",
  },
  { text: "Kod BLIK: 731 942. Nie podawaj go nikomu.", expected: "731942" },
  { text: "Doğrulama kodunuz: 482913. Bu kodu kimseyle paylaşmayın.", expected: "482913" },
  { text: "【淘宝】您的验证码是482913，请在10分钟内完成验证。", expected: "482913" },
  { text: "【LINE】認証番号：4821\nこの番号をLINEの画面で入力してください。", expected: "4821" },
  { text: "[Web발신]\n[카카오톡] 인증번호 [482913]를 입력하세요.", expected: "482913" },
  { text: "رمز التحقق: ٤٨٢٩١٣", expected: "482913" },
  // Negatives: no code, or two equally plausible ones
  { text: "You paid $12.40 at Starbucks. Thank you!", expected: null },
  { text: "Your appointment is on 2026-06-07 at 18:03.", expected: null },
  { text: "Call us at +1 212 555 0199 for support.", expected: null },
  { text: "Your Amazon order 112-4829311-2937465 has shipped.", expected: null },
  { text: "Ihre Rechnung 123456 ist fällig am 07.06.2026.", expected: null },
  { text: "Hi, your table for 4 is booked for 19:30 on 07/06. Booking ref 48213", expected: null },
  { text: "Use promo code SUMMER25 for 25% off your next ride.", expected: null },
  { text: "Your verification code has expired. Please request a new one.", expected: null },
  { text: "Your code is 123456 and your PIN is 4321", expected: null },
];

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
