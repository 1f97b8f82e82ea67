/**
 * Held-out negatives (no code): the no-code fixtures of open-source OTP parsers' test suites.
 * - beigirad/AutoOTP, OtpCaseFactory.kt (MIT): the cases with expectedOtp null, real Persian bank
 *   transaction SMS. (Their OTP cases belong to the parsers corpus, not here.)
 */
import type { HeldOutCase } from "./types.js";

export const CASES: readonly HeldOutCase[] = [
  {
    text: "بانك سامان\nواريز مبلغ  30,000,000ريال\nبه  299-100-1112233-1 \nمانده 6,263,200\n1399/4/18\n14:07",
    expected: null,
    lang: "fa",
    source:
      "https://github.com/beigirad/AutoOTP/blob/2497be517abe7dffb6a2c2bc5383d71ec53002f5/app/src/test/java/ir/beigirad/autootp/OtpCaseFactory.kt",
  },
  {
    text: "*پارسیان بانک ایرانیان*\n برداشت از:12345678910\nمبلغ:  1,689,500 ریال \nزمان: 1399/04/14 01:13:24\nمانده: 4,715,348 ریال",
    expected: null,
    lang: "fa",
    source:
      "https://github.com/beigirad/AutoOTP/blob/2497be517abe7dffb6a2c2bc5383d71ec53002f5/app/src/test/java/ir/beigirad/autootp/OtpCaseFactory.kt",
  },
  {
    text: "بانک ملت\nخريد با کارت\nبرداشت از حساب 5411111115\nمبلغ : 9,230,000ريال\nموجودي : 17,970,170 ريال\nمستند : 23736\n99/04/14 16:49",
    expected: null,
    lang: "fa",
    source:
      "https://github.com/beigirad/AutoOTP/blob/2497be517abe7dffb6a2c2bc5383d71ec53002f5/app/src/test/java/ir/beigirad/autootp/OtpCaseFactory.kt",
  },
];
