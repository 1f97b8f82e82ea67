/**
 * Held-out negatives (no code): the no-code fixtures of open-source OTP parsers' test suites.
 * - jd1378/otphelper, app/src/test/resources/code_detection_tests.yaml (license: no license file in
 *   the indexed copy, not verified): entries with expectedCode null. Two are real Persian SMS (Digikala, Bank Pasargad);
 *   the rest are the project's own one-line probes for words that contain "code" or "otp"
 *   (vscode, barcode, unicode, foOTPath...), kept because they test exactly that trap.
 * - beigirad/AutoOTP, OtpCaseFactory.kt (MIT): the cases with expectedOtp null, real Persian bank
 *   transaction SMS. (Their OTP cases belong to the parsers corpus, not here.)
 */
import type { HeldOutCase } from "./types.js";

const OTPHELPER =
  "https://github.com/jd1378/otphelper/blob/54cc074dfa91663f1c0782069d699238d48e634e/app/src/test/resources/code_detection_tests.yaml";
const AUTOOTP =
  "https://github.com/beigirad/AutoOTP/blob/2497be517abe7dffb6a2c2bc5383d71ec53002f5/app/src/test/java/ir/beigirad/autootp/OtpCaseFactory.kt";

export const CASES: readonly HeldOutCase[] = [
  // real SMS
  {
    text: "دیجیکالا\nسلام عزیز\nاز کالاهایی که خریدهاید راضی هستید؟ لطفا میزان رضایتتان را از طریق لینک زیر به ما بگویید.\nhttps://www.digikala.com/transaction/rate/?RatingCode=x123456\nهمچنین میتوانید درباره کالا دیدگاه ثبت کنید و پس از تایید دیدگاه، از دیجی کلاب امتیاز بگیرید!",
    expected: null,
    lang: "fa",
    source: OTPHELPER,
  },
  // real SMS: "first PIN entered wrongly"
  {
    text: "پاسارگاد\nرمز اول0000*0000000\nدر1999/01/01\n12:00:00\nاشتباه وارد شده است",
    expected: null,
    lang: "fa",
    source: OTPHELPER,
  },
  // project probes for look-alike words
  { text: "your vscode is: 12312312", expected: null, lang: "en", source: OTPHELPER },
  { text: "some unicode is 123456", expected: null, lang: "en", source: OTPHELPER },
  { text: "some fancode is 123456", expected: null, lang: "en", source: OTPHELPER },
  { text: "some encode is 123456", expected: null, lang: "en", source: OTPHELPER },
  { text: "some decode is 123456", expected: null, lang: "en", source: OTPHELPER },
  { text: "some barcode is 123456", expected: null, lang: "en", source: OTPHELPER },
  { text: "some codex is 123456", expected: null, lang: "en", source: OTPHELPER },
  { text: "123456 is your foOTPath.", expected: null, lang: "en", source: OTPHELPER },
  { text: "your foOTPath is 123456.", expected: null, lang: "en", source: OTPHELPER },
  { text: "בנקודת 123456", expected: null, lang: "he", source: OTPHELPER },
  // real Persian bank SMS
  {
    text: "بانك سامان\nواريز مبلغ  30,000,000ريال\nبه  299-100-1112233-1 \nمانده 6,263,200\n1399/4/18\n14:07",
    expected: null,
    lang: "fa",
    source: AUTOOTP,
  },
  {
    text: "*پارسیان بانک ایرانیان*\n برداشت از:12345678910\nمبلغ:  1,689,500 ریال \nزمان: 1399/04/14 01:13:24\nمانده: 4,715,348 ریال",
    expected: null,
    lang: "fa",
    source: AUTOOTP,
  },
  {
    text: "بانک ملت\nخريد با کارت\nبرداشت از حساب 5411111115\nمبلغ : 9,230,000ريال\nموجودي : 17,970,170 ريال\nمستند : 23736\n99/04/14 16:49",
    expected: null,
    lang: "fa",
    source: AUTOOTP,
  },
];
