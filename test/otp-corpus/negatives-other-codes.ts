/**
 * Held-out negatives of a special kind: real SMS that DO carry a code, but not a one-time
 * verification code: promo/discount/coupon/voucher codes, referral codes, prize "claim codes" and
 * "identifier codes" of premium-rate spam. The brief counts these as negatives (a number rented to
 * receive a verification SMS must not return them); they are kept in their own file so a test can
 * include or drop them as one group.
 * Sources (see SOURCES-negatives.md for licenses):
 * - UCI SMS Spam Collection v.1, CC BY 4.0 (English);
 * - Thai SMS spam filter dataset (ssivakorn/Thai-SMS-spam-filter), MIT;
 * - one parcel pick-up code pasted in a GitHub issue (issue text, no license stated).
 */
import type { HeldOutCase } from "./types.js";

export const CASES: readonly HeldOutCase[] = [
  {
    text: "WINNER!! As a valued network customer you have been selected to receivea £900 prize reward! To claim call 09061701461. Claim code KL341. Valid 12 hours only.",
    expected: null,
    lang: "en",
    source:
      "https://github.com/hamzaaacodes/sms-spam-collection/blob/f3e73e1e74e6330b62d1ee1983bba2a063184c26/SMSSpamCollection",
  },
  {
    text: "GENT! We are trying to contact you. Last weekends draw shows that you won a £1000 prize GUARANTEED. Call 09064012160. Claim Code K52. Valid 12hrs only. 150ppm",
    expected: null,
    lang: "en",
    source:
      "https://github.com/hamzaaacodes/sms-spam-collection/blob/f3e73e1e74e6330b62d1ee1983bba2a063184c26/SMSSpamCollection",
  },
  {
    text: "PRIVATE! Your 2004 Account Statement for 07742676969 shows 786 unredeemed Bonus Points. To claim call 08719180248 Identifier Code: 45239 Expires",
    expected: null,
    lang: "en",
    source:
      "https://github.com/hamzaaacodes/sms-spam-collection/blob/f3e73e1e74e6330b62d1ee1983bba2a063184c26/SMSSpamCollection",
  },
  {
    text: "Todays Voda numbers ending 7548 are selected to receive a $350 award. If you have a match please call 08712300220 quoting claim code 4041 standard rates app",
    expected: null,
    lang: "en",
    source:
      "https://github.com/hamzaaacodes/sms-spam-collection/blob/f3e73e1e74e6330b62d1ee1983bba2a063184c26/SMSSpamCollection",
  },
  {
    text: "URGENT! We are trying to contact you. Last weekends draw shows that you have won a £900 prize GUARANTEED. Call 09061701939. Claim code S89. Valid 12hrs only",
    expected: null,
    lang: "en",
    source:
      "https://github.com/hamzaaacodes/sms-spam-collection/blob/f3e73e1e74e6330b62d1ee1983bba2a063184c26/SMSSpamCollection",
  },
  {
    text: "URGENT! Your Mobile number has been awarded with a £2000 prize GUARANTEED. Call 09058094455 from land line. Claim 3030. Valid 12hrs only",
    expected: null,
    lang: "en",
    source:
      "https://github.com/hamzaaacodes/sms-spam-collection/blob/f3e73e1e74e6330b62d1ee1983bba2a063184c26/SMSSpamCollection",
  },
  {
    text: "PRIVATE! Your 2003 Account Statement for 07815296484 shows 800 un-redeemed S.I.M. points. Call 08718738001 Identifier Code 41782 Expires 18/11/04 ",
    expected: null,
    lang: "en",
    source:
      "https://github.com/hamzaaacodes/sms-spam-collection/blob/f3e73e1e74e6330b62d1ee1983bba2a063184c26/SMSSpamCollection",
  },
  {
    text: "Here is your discount code RP176781. To stop further messages reply stop. www.regalportfolio.co.uk. Customer Services 08717205546",
    expected: null,
    lang: "en",
    source:
      "https://github.com/hamzaaacodes/sms-spam-collection/blob/f3e73e1e74e6330b62d1ee1983bba2a063184c26/SMSSpamCollection",
  },
  {
    text: "คุณได้รับคูปอง 3JFF52BWHU จากการซื้อเกม KartRider Rush  แล้วค่ะ",
    expected: null,
    lang: "th",
    source:
      "https://github.com/ssivakorn/Thai-SMS-spam-filter/blob/4c636a80a7a3b5c7d9c55867d4c35905fe676391/data/raw_data/ok.txt",
  },
  {
    text: "HBDส่วนลดหนังสือ 15% รหัส03uzscb ใช้ได้1ครั้ง ที่ร้านซีเอ็ดExp.31/03/65",
    expected: null,
    lang: "th",
    source:
      "https://github.com/ssivakorn/Thai-SMS-spam-filter/blob/4c636a80a7a3b5c7d9c55867d4c35905fe676391/data/raw_data/ok.txt",
  },
  {
    text: "HBDส่วนลดหนังสือ 15% รหัส03vr76h ใช้ได้1ครั้ง ที่ร้านซีเอ็ดExp.31/03/64",
    expected: null,
    lang: "th",
    source:
      "https://github.com/ssivakorn/Thai-SMS-spam-filter/blob/4c636a80a7a3b5c7d9c55867d4c35905fe676391/data/raw_data/ok.txt",
  },
  {
    text: "HBD!รับส่วนลด20%(ลดสูงสุด1,000฿)ที่ร้านบาจา ถึง31มี.ค.65รหัส88550606",
    expected: null,
    lang: "th",
    source:
      "https://github.com/ssivakorn/Thai-SMS-spam-filter/blob/4c636a80a7a3b5c7d9c55867d4c35905fe676391/data/raw_data/ok.txt",
  },
  {
    text: "พิเศษ! ลูกค้าบาจาคลับ ซื้อ1,500บ. ลดทันที500บ. 22-31 ม.ค.รหัส31164348",
    expected: null,
    lang: "th",
    source:
      "https://github.com/ssivakorn/Thai-SMS-spam-filter/blob/4c636a80a7a3b5c7d9c55867d4c35905fe676391/data/raw_data/ok.txt",
  },
  {
    text: "HBDคุณ <NAME> แสดงรหัส149MA3D27DDคู่บัตรประชาชนรับส่วนลด20-25%ตามเงื่อนไขของแต่ละแบรนด์ในเครือบ.ยัสปาลโดยจำกัดยอดซื้อ20,000บาท/สิทธิ์/บิล/แบรนด์ถึง 30-04-62",
    expected: null,
    lang: "th",
    source:
      "https://github.com/ssivakorn/Thai-SMS-spam-filter/blob/4c636a80a7a3b5c7d9c55867d4c35905fe676391/data/raw_data/ok.txt",
  },
  {
    text: "Welcome to Tao Bin Gang! ยินดีต้อนรับสมาชิกใหม่! กด 85461613 แลกซื้อเครื่องดื่มในราคา 50% (หมดเขต5/6/65)",
    expected: null,
    lang: "th",
    source:
      "https://github.com/ssivakorn/Thai-SMS-spam-filter/blob/4c636a80a7a3b5c7d9c55867d4c35905fe676391/data/raw_data/ok.txt",
  },
  {
    text: "HBDรับส่วนลด฿140 ขั้นต่ำ฿1,400 รหัสHBDAPR22 bit.ly/3iSGGDE หมด30เม.ย65",
    expected: null,
    lang: "th",
    source:
      "https://github.com/ssivakorn/Thai-SMS-spam-filter/blob/4c636a80a7a3b5c7d9c55867d4c35905fe676391/data/raw_data/20220301.txt",
  },
  {
    text: "【菜鸟驿站】您的申通包裹到中国传媒大学南广学院北服菜鸟驿站，请20:30前凭2413取，询15295785266",
    expected: null,
    lang: "zh",
    source: "https://github.com/Kr328/nevo-decorators-sms-captchas/issues/16",
  },
];
