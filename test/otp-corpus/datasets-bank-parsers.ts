/**
 * Held-out positives: one-time-code SMS quoted by bank-SMS parsers' tests as messages that must
 * NOT be booked as transactions (sarim2000/pennywiseai-tracker, AGPL-3.0; only the quoted SMS strings).
 * The project masks codes and names (000000, 1234567, IR99...); the label is the code as it stands.
 */
import type { HeldOutCase } from "./types.js";

const MELLAT =
  "https://github.com/sarim2000/pennywiseai-tracker/blob/85af166eb260f7c2cab7c9055a3be6e2a1f12ef8/parser-core/src/test/kotlin/com/pennywiseai/parser/core/bank/MellatBankParserTest.kt";
const REPORTS =
  "https://github.com/sarim2000/pennywiseai-tracker/blob/02b078496bbca3e0973cf1dd56ecde948fc5b68b/parser-core/src/test/kotlin/SmsReportRegressionTest.kt";

export const CASES: readonly HeldOutCase[] = [
  {
    text: "هشدار\nمشتری گرامی  شما درحال برداشت مبلغ 100,000,000 ریال از حساب خود جهت انتقال وجه پایا  به شبای IR990000000000000000000000 به نام IR990000000000000000000000# می باشید. \nتوجه نمایید كه عدد محرمانه: 1234567 یكباررمز شما جهت تایید انتقال وجه پایا  می باشد.",
    expected: "1234567",
    lang: "fa",
    source: MELLAT,
  },
  {
    text: "انتقال به کارت\n603799*1234\nمبلغ 1,000,000\nرمز پویا 12345",
    expected: "12345",
    lang: "fa",
    source: MELLAT,
  },
  {
    text: "Your Amex SafeKey One-Time Password for INR 213.50, at X CORP- PAID FEATURES is 000000. Valid for 10 mins for Card ending  1111. Do not disclose it to anyone.",
    expected: "000000",
    lang: "en",
    source: REPORTS,
  },
];
