/**
 * Held-out negatives of a special kind: real SMS that DO carry a code, but not a one-time
 * verification code: promo/discount/coupon/voucher codes, referral codes, prize "claim codes" and
 * "identifier codes" of premium-rate spam. The brief counts these as negatives (a number rented to
 * receive a verification SMS must not return them); they are kept in their own file so a test can
 * include or drop them as one group.
 * Sources (see SOURCES-negatives.md for licenses):
 * - UCI SMS Spam Collection v.1, CC BY 4.0 (English);
 * - Thai SMS spam filter dataset (ssivakorn/Thai-SMS-spam-filter), MIT;
 * - Turkish SMS Collection (onrkrsy/TurkishSMS-Collection, and a verbatim copy), no license stated;
 * - Indonesian SMS spam dataset (ksnugroho/klasifikasi-spam-sms), no license stated;
 * - one parcel pick-up code pasted in a GitHub issue (issue text, no license stated).
 */
import type { HeldOutCase } from "./types.js";

const UCI =
  "https://github.com/hamzaaacodes/sms-spam-collection/blob/f3e73e1e74e6330b62d1ee1983bba2a063184c26/SMSSpamCollection";
const TH_OK =
  "https://github.com/ssivakorn/Thai-SMS-spam-filter/blob/4c636a80a7a3b5c7d9c55867d4c35905fe676391/data/raw_data/ok.txt";
const TH_0301 =
  "https://github.com/ssivakorn/Thai-SMS-spam-filter/blob/4c636a80a7a3b5c7d9c55867d4c35905fe676391/data/raw_data/20220301.txt";
const TR_COPY =
  "https://github.com/SezerFidanci/tensorflow-spam-sms-detection/blob/4a82049f3ee90acf780cec20cdb40791b169f275/TurkishSMSCollection.csv";
const TR =
  "https://github.com/onrkrsy/TurkishSMS-Collection/blob/8ed33e6a647fd489d708d9d5d3958682fbf2258e/TurkishSMSCollection.csv";
const ID =
  "https://github.com/ksnugroho/klasifikasi-spam-sms/blob/d8606df3e7f2479fed7c8c8a5564ae73049dd3ff/data/dataset_sms_spam_v1.csv";
const NEVO_16 = "https://github.com/Kr328/nevo-decorators-sms-captchas/issues/16";

export const CASES: readonly HeldOutCase[] = [
  // prize claim codes
  {
    text: "WINNER!! As a valued network customer you have been selected to receivea £900 prize reward! To claim call 09061701461. Claim code KL341. Valid 12 hours only.",
    expected: null,
    lang: "en",
    source: UCI,
  },
  {
    text: "GENT! We are trying to contact you. Last weekends draw shows that you won a £1000 prize GUARANTEED. Call 09064012160. Claim Code K52. Valid 12hrs only. 150ppm",
    expected: null,
    lang: "en",
    source: UCI,
  },
  {
    text: "PRIVATE! Your 2004 Account Statement for 07742676969 shows 786 unredeemed Bonus Points. To claim call 08719180248 Identifier Code: 45239 Expires",
    expected: null,
    lang: "en",
    source: UCI,
  },
  {
    text: "Todays Voda numbers ending 7548 are selected to receive a $350 award. If you have a match please call 08712300220 quoting claim code 4041 standard rates app",
    expected: null,
    lang: "en",
    source: UCI,
  },
  {
    text: "URGENT! We are trying to contact you. Last weekends draw shows that you have won a £900 prize GUARANTEED. Call 09061701939. Claim code S89. Valid 12hrs only",
    expected: null,
    lang: "en",
    source: UCI,
  },
  {
    text: "URGENT! Your Mobile number has been awarded with a £2000 prize GUARANTEED. Call 09058094455 from land line. Claim 3030. Valid 12hrs only",
    expected: null,
    lang: "en",
    source: UCI,
  },
  {
    text: "PRIVATE! Your 2003 Account Statement for 07815296484 shows 800 un-redeemed S.I.M. points. Call 08718738001 Identifier Code 41782 Expires 18/11/04 ",
    expected: null,
    lang: "en",
    source: UCI,
  },
  // discount code
  {
    text: "Here is your discount code RP176781. To stop further messages reply stop. www.regalportfolio.co.uk. Customer Services 08717205546",
    expected: null,
    lang: "en",
    source: UCI,
  },
  // referral code
  {
    text: "I’m spreading the GO-JEK love. Download the GO-JEK app at “http://go-jek.com/app” and input this referral code “545075264” to get Rp 50,000 free credit to your first booking. #gojekgotmehere",
    expected: null,
    lang: "en",
    source: ID,
  },
  // coupon and discount codes
  {
    text: "คุณได้รับคูปอง 3JFF52BWHU จากการซื้อเกม KartRider Rush  แล้วค่ะ",
    expected: null,
    lang: "th",
    source: TH_OK,
  },
  {
    text: "HBDส่วนลดหนังสือ 15% รหัส03uzscb ใช้ได้1ครั้ง ที่ร้านซีเอ็ดExp.31/03/65",
    expected: null,
    lang: "th",
    source: TH_OK,
  },
  {
    text: "HBDส่วนลดหนังสือ 15% รหัส03vr76h ใช้ได้1ครั้ง ที่ร้านซีเอ็ดExp.31/03/64",
    expected: null,
    lang: "th",
    source: TH_OK,
  },
  {
    text: "HBD!รับส่วนลด20%(ลดสูงสุด1,000฿)ที่ร้านบาจา ถึง31มี.ค.65รหัส88550606",
    expected: null,
    lang: "th",
    source: TH_OK,
  },
  {
    text: "พิเศษ! ลูกค้าบาจาคลับ ซื้อ1,500บ. ลดทันที500บ. 22-31 ม.ค.รหัส31164348",
    expected: null,
    lang: "th",
    source: TH_OK,
  },
  {
    text: "HBDคุณ <NAME> แสดงรหัส149MA3D27DDคู่บัตรประชาชนรับส่วนลด20-25%ตามเงื่อนไขของแต่ละแบรนด์ในเครือบ.ยัสปาลโดยจำกัดยอดซื้อ20,000บาท/สิทธิ์/บิล/แบรนด์ถึง 30-04-62",
    expected: null,
    lang: "th",
    source: TH_OK,
  },
  {
    text: "Welcome to Tao Bin Gang! ยินดีต้อนรับสมาชิกใหม่! กด 85461613 แลกซื้อเครื่องดื่มในราคา 50% (หมดเขต5/6/65)",
    expected: null,
    lang: "th",
    source: TH_OK,
  },
  {
    text: "HBDรับส่วนลด฿140 ขั้นต่ำ฿1,400 รหัสHBDAPR22 bit.ly/3iSGGDE หมด30เม.ย65",
    expected: null,
    lang: "th",
    source: TH_0301,
  },
  // discount and coupon codes
  {
    text: "10 Kasim tarihinde Internet Subesi'ne giris yaptiniz, mediamarkt.com.tr'den 1.000 TL ve uzerindeki harcamalariniz icin 100 TL indirim kazandiniz. Kodunuz PACGRNT9N42LA",
    expected: null,
    lang: "tr",
    source: TR_COPY,
  },
  {
    text: "1-17 Haziran tarihleri arasinda Internet veya Cep Subesi'ne giris yaptiniz, Dominos'tan Orta Boy Ince Cazip Pizza ve 1 Lt. Coca-Cola'yi %50 indirimle almaya hak kazandiniz. Kodunuzu 31 Temmuz'a kadar kullanabilirsiniz. Kodunuz: ED10EA61",
    expected: null,
    lang: "tr",
    source: TR_COPY,
  },
  {
    text: "15-16 Ocak tarihlerinde 1000 TL ve uzeri TV alisverislerinize aninda 100 TL indirim firsati! Indirim kodunuz: KLK100SLPTV http://bit.ly/1Buc5kn",
    expected: null,
    lang: "tr",
    source: TR_COPY,
  },
  {
    text: "17-24 Kasim tarihlerinde Cep Subesi'ne giris yaptiniz, arzum.com.tr'den %30 indirim kazandiniz.Keyifli alisverisler. Kodunuz: GR14N6FF4205B6CEA68",
    expected: null,
    lang: "tr",
    source: TR_COPY,
  },
  {
    text: "199Eurodan baslayan fiyatlarla tüm yurt disi turlarda gecerli indirim kodunuz: NOHP10 https://goo.gl/Uu32H3 SMS iptal icin BVL RED yazip 5830a ücretsiz gönderin",
    expected: null,
    lang: "tr",
    source: TR_COPY,
  },
  {
    text: "10TL FREE bonus, canli mac izle, 15dk cekim ve 365TL ilk uye icin link'ten kod: 4PYRNE ile uye ol, http://tipobet100.com/u/1 cikis: http://iptaled.in/11881/356",
    expected: null,
    lang: "tr",
    source: TR_COPY,
  },
  {
    text: "1-4 Haziran tarihleri arasinda Internet veya Cep Subesi'ne giris yaptiniz, Dominos'tan Orta Boy Ince Cazip Pizza ve 1 Lt. Coca-Cola'yi %50 indirimle almaya hak kazandiniz. Kodunuzu 31 Temmuz'a kadar kullanabilirsiniz. Kodunuz: 351AD9F8",
    expected: null,
    lang: "tr",
    source: TR_COPY,
  },
  {
    text: "20 TL Hediyen var! OXXO.com.tr 'de begendigin urunleri kacirma istedik. 100 TL ve uzeri  alisverislerde gecerli sana ozel 20 TL hediyen icin Kupon Kodun: MUTLUYILLAR20 Mersis No: 0001000289100012 Sms iptal icin: http://strw.co/c.php?n=5383266223&i=2241053",
    expected: null,
    lang: "tr",
    source: TR,
  },
  {
    text: "23 Nisan ve 19 Mayis dahil tüm yurt disi turlarda gecerli size üyemize özel 300TL indirim kodunuz: 3D4XA5 Son gün Pazar. http://goo.gl/FoCilU",
    expected: null,
    lang: "tr",
    source: TR,
  },
  {
    text: "31/10/15'e kadar iPhone 6S/6Splus alimina aninda gecerli 100 TL indirim kodunuz: EFE4EA8F54. SMS iptal icin MESAJ RET yaz 4933e gonder.Mersis:0-6320-0360-720001",
    expected: null,
    lang: "tr",
    source: TR,
  },
  {
    text: "3-12 Kasim tarihlerinde Cep Subesine giris yaptiniz, n11.com/yurtdisi-turu 'dan tum Yurtdisi Turlarda gecerli 300 TL indirim kazandiniz.Kodunuz: 9AP0FTQQ96SCKFBX",
    expected: null,
    lang: "tr",
    source: TR,
  },
  {
    text: "2-9 Subat tarihlerinde Internet veya Cep Subesi'ne giris yaptiniz mizu.com'dan yapacaginiz parfum kategorisi disindaki alisverisler icin %15 indirim kazandiniz. Keyifli alisverisler. Kodunuz: ABuIIT0PTo",
    expected: null,
    lang: "tr",
    source: TR,
  },
  {
    text: "24-29 Aralik tarihlerinde Internet Subesi'ne giris yaptiniz, tefalshop.com.tr'den alacaginiz Rowenta marka supergelerde %25 indirim kazandiniz. Keyifli alisverisler! Kodunuz: GRT25Y4YP7",
    expected: null,
    lang: "tr",
    source: TR,
  },
  {
    text: "2.000 TL ve uzeri TV alisverislerinize kliksa.com'dan aninda 200 TL indirim firsati, ustelik kargo bedava! Indirim kodunuz: KLK200TV http://bit.ly/1znjq3X",
    expected: null,
    lang: "tr",
    source: TR,
  },
  // promo and voucher codes
  {
    text: "DISKON 30RIBU khusus pelanggan baru Grab di Bandung. Berlaku 3x: kode promo URANGBANDUNG. Tak usah repot jalanan macet dan susah parkir, Hayu ngeGrab we atuh!",
    expected: null,
    lang: "id",
    source: ID,
  },
  {
    text: "Disc.25%  Domino's Pizza Value Range s/d 14 Agustus.Kunjungi store terdekat/hubungi 1500366/visit http://bit.ly/294KoZ6 Kode:VR25D",
    expected: null,
    lang: "id",
    source: ID,
  },
  {
    text: "Gunakan GrabCar atau GrabTaxi & dapatkan diskon 35RIBU ke dan dari Stasiun/Bandara di Bandung. Masukkan kode promo GRABTRAVEL hingga pemakaian 30 September 2016. Hatur Nuhun.",
    expected: null,
    lang: "id",
    source: ID,
  },
  {
    text: "Gunakan Grab dan nikmati 75% diskon untuk 10x bagi pengguna baru. Masukkan kode COBAGRABCAR sekarang juga dan ajak teman-temanmu keliling bandung tanp",
    expected: null,
    lang: "id",
    source: ID,
  },
  {
    text: "Selamat Anda mendapatkan voucher Lazada Rp100rb. Masukkan kode voucher TSt88 saat transaksi di www.lazada.co.id/simPATI. Mau voucher lain? Hub *999*1#",
    expected: null,
    lang: "id",
    source: ID,
  },
  {
    text: "Selamat Anda mendapatkan voucher Zalora Rp100rb. Masukkan kode voucher TSU59 saat transaksi di www.zalora.co.id/simPATI. Mau voucher lain? Hub *999*1#",
    expected: null,
    lang: "id",
    source: ID,
  },
  {
    text: "Tambahan THR dr MatahariMall. Kode THR6 utk Diskon 6% Elektronik, kode THR15 utk Diskon 15% Lifestyle, kode THR25 utk Diskon 25% Fashion. http://mthr.ml/TSELTHR",
    expected: null,
    lang: "id",
    source: ID,
  },
  // parcel pick-up code
  {
    text: "【菜鸟驿站】您的申通包裹到中国传媒大学南广学院北服菜鸟驿站，请20:30前凭2413取，询15295785266",
    expected: null,
    lang: "zh",
    source: NEVO_16,
  },
];
