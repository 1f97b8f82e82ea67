/**
 * Held-out negatives (no code): SMS that users pasted into public GitHub issues of OTP-autofill
 * tools because the tool wrongly took a "code" out of them (or to show a message without one).
 * License: GitHub issue text, no license stated; short quotations of the reported SMS only.
 * Each source is the address. A phone number is replaced by a fake of the same shape where marked.
 */
import type { HeldOutCase } from "./types.js";

const MACCOPIER_7 = "https://github.com/DreamSaddle/MacCopier/issues/7";
const NEVO_16 = "https://github.com/Kr328/nevo-decorators-sms-captchas/issues/16";
const OTPHELPER_54 = "https://github.com/jd1378/otphelper/issues/54";
const TWOFHEY_63 = "https://github.com/SoFriendly/2fhey/issues/63";
const SAFEUM_1 = "https://github.com/techgod143/SafeUM/issues/1";

export const CASES: readonly HeldOutCase[] = [
  // the tool copied 18900001 (part of a phone number)
  {
    text: '尊敬的客户，您反映的18900001111号码问题已受理，查询处理进度请点击 https://waphn.189.cn/ 或微信关注“湖南电信”公众号。中国电信"好服务更随心"，期待您的10分满意！',
    expected: null,
    lang: "zh",
    source: MACCOPIER_7,
  },
  // reported as a false captcha detection
  {
    text: "为进一步保证信息及通信安全，Ping++ 将于 2018 年 11 月 13 日（周二）停止对 TLSv1.0、TLSv1.1 版本的支持，仅支持 TLSv1.2 及以上版本 。请通知贵司技术开发人员尽快完成相关验证并进行必要的升级，以免影响交易正常进行。详情请参考 ---> https://help.pingxx.com/article/1188106【简米网络】",
    expected: null,
    lang: "zh",
    source: NEVO_16,
  },
  // "https" was detected as the code; the reporter says the SMS has none
  {
    text: "שלום שם , משלוח שהזמנת מFedEx שמספרו 7153853481 נקלט במערכת. המשלוח מיועד להימסר בנקודת חלוקה שנבחרה אוטומטית על ידי המערכת וסמוכה לכתובת: כתובת. מומלץ לוודא את הישוב ואת נקודת החלוקה אליה תשלח החבילה בלינק: https://ilto.run/UHgjdlGX . השינוי יכול להתבצע עד קליטת החבילה במחסן  - במידה ולא ייקלט השינוי, החבילה תשלח לנקודת חלוקה באזור כתובתך.",
    expected: null,
    lang: "he",
    source: OTPHELPER_54,
  },
  // a Wordle result; the tool picked up 1027
  {
    text: "Woordle 1027 4/6\n\n⬜🟨⬜⬜⬜\n⬜⬜🟨⬜⬜\n🟨⬜⬜🟨🟨\n🟩🟩🟩🟩🟩",
    expected: null,
    lang: "nl",
    source: TWOFHEY_63,
  },
  // a notice received on a rented number instead of a code; number replaced with a fake of the same shape
  {
    text: "New message from our partner\n____________________\n\nFrom: +support\nTo: +994401234567\n\nIf you don't receive a Code from any other Application, please complain to THAT Application Support (always provide your number 994401234567)\n____________________\nDo not reply to this message",
    expected: null,
    lang: "en",
    source: SAFEUM_1,
  },
];
