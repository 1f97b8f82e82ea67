/**
 * Held-out negatives (no code): real Thai SMS (a few in English) from the Thai SMS spam filter
 * dataset of Suphannee Sivakorn, collected from public SMS-receiving sites and labelled OK/OTP/spam/scam
 * (https://github.com/ssivakorn/Thai-SMS-spam-filter, data/raw_data/ok.txt). License: MIT.
 * Balances, top-ups, bills, parcel tracking numbers, customer codes ("รหัสลูกค้า"), missed-call
 * notices, and two that mention OTP without carrying one. Messages of the same file that do carry a
 * code (the dataset labels one such text OK by mistake; receipts that state a document password)
 * are left out. Coupon/discount codes are in negatives-other-codes.ts.
 * A private person's phone or ID number is replaced by a fake of the same shape where marked.
 */
import type { HeldOutCase } from "./types.js";

const TH_OK =
  "https://github.com/ssivakorn/Thai-SMS-spam-filter/blob/4c636a80a7a3b5c7d9c55867d4c35905fe676391/data/raw_data/ok.txt";

export const CASES: readonly HeldOutCase[] = [
  {
    text: "คุณเติมเงิน 25.0 บาท มียอดคงเหลือ 26.41 บาท ใช้ได้ถึง 02/10/2022 . เช็กยอดเงิน วัน และเน็ตคงเหลือ tmvh.co/check (ไม่เสียเน็ต)",
    expected: null,
    lang: "th",
    source: TH_OK,
  },
  {
    text: "คุณได้รับคะแนนสะสม 1TruePoint จากการใช้จ่ายของสินค้าทรู คะแนนคงเหลือ 641 คะแนน สนใจแลกสินค้าที่7-Eleven คลิก bit.ly/2GB2VcR",
    expected: null,
    lang: "th",
    source: TH_OK,
  },
  {
    text: "คุณได้ติดตั้ง Krungthai NEXT และตั้งรหัส PIN สำเร็จ เมื่อ 18/11/2564 14:00:29 หากคุณไม่ได้ทำรายการ กรุณาติดต่อธนาคารที่ 02-111-1111",
    expected: null,
    lang: "th",
    source: TH_OK,
  },
  // phone/ID number replaced with a fake of the same shape
  {
    text: "เบอร์ 0891234567 ไม่สามารถติดต่อคุณได้ 1ครั้ง เมื่อเวลา14:29 07/01/20",
    expected: null,
    lang: "th",
    source: TH_OK,
  },
  { text: "ฝาก500.00บ.เข้าบ/ชXX3784เหลือ2,244.35บ.12/09/19@18:05", expected: null, lang: "th", source: TH_OK },
  { text: "ธนาคารลงทะเบียน PromptPay หมายเลข X8429 สำเร็จ", expected: null, lang: "th", source: TH_OK },
  {
    text: "เริ่มใช้งานแพ็กเกจ GOMO 299B Main Promotion Net 50GB Voice 100 Mins 200SMS ใช้งานได้ถึงวันที่ 05/09/2020 23:59",
    expected: null,
    lang: "th",
    source: TH_OK,
  },
  {
    text: "พัสดุTH20041DS50M3B ของคุณเซ็นรับแล้ว เบอร์คูเรียร์ 0886063949  https://user-ui.flashexpress.com/#/message/TH20041DS50M3B",
    expected: null,
    lang: "th",
    source: TH_OK,
  },
  {
    text: "รถมอไซค์ทะเบียน ครข1384 กำลังจะหมดความคุ้มครอง ขออภัยหากท่านต่อแล้ว/บ.กลางฯ",
    expected: null,
    lang: "th",
    source: TH_OK,
  },
  {
    text: "คุณ <NAME> มีนัดฉีดซิโนฟาร์ม วันที่ 9กย 11:00-12:00น รพ.เมืองพัทยา",
    expected: null,
    lang: "th",
    source: TH_OK,
  },
  {
    text: "บัตรเดบิตของท่านหมายเลข 623355XXXXXX1356 จะครบกำหนดเรียกเก็บค่าธรรมเนียมบัตรรายปี จำนวน 200 บ. หรืออัตราค่าธรรมเนียมตามสิทธิพิเศษของแต่ละประเภทบัตร โดยธนาคารจะเรียกเก็บจากบัญชีเงินฝากที่ผูกกับบัตร ตั้งแต่วันที่ 29/04/2022 สอบถามเพิ่มเติม โทร 1333",
    expected: null,
    lang: "th",
    source: TH_OK,
  },
  {
    text: "020019071837 โปรดชำระค่าไฟฟ้า 3599.77 ภายใน 11/07/35 ฉะนั้นอาจจะถูดงดจ่ายไฟ ขออภัยหากชำระแล้ว",
    expected: null,
    lang: "th",
    source: TH_OK,
  },
  {
    text: "แจ้งค่าบริการรหัส670169737 กรุณาชำระก่อน01/07 (http://3bb.co.th/p/DYvG9)",
    expected: null,
    lang: "th",
    source: TH_OK,
  },
  {
    text: "KKP Bank ขอเรียนแจ้งทบทวนความถูกต้องและเป็นปัจจุบันของข้อมูลที่ท่านให้ไว้กับธนาคาร เพื่อให้เป็นไปตามระเบียบ/กฎหมายรายละเอียดที่ https://link.kkpfg.com/A9CxVT (รหัสผ่าน คือ6ตัวท้ายของเลขประจำตัวประชาชน) หากมีข้อสงสัยติดต่อKKP Contact Center 021655555",
    expected: null,
    lang: "th",
    source: TH_OK,
  },
  {
    text: "+66899323933 โทรหาคุณเมื่อ 30/05/22 , 02.33น. This number Called you.",
    expected: null,
    lang: "th",
    source: TH_OK,
  },
  {
    text: "คุณได้เติมเงิน 200.00บาท ยอดเงินคงเหลือ คือ 203.03 บาท ใช้ได้ถึง 19/07/2566.",
    expected: null,
    lang: "th",
    source: TH_OK,
  },
  {
    text: "คุณได้คะแนน 13 คะแนนจากการใช้งาน มิ.ย.คุณมี 20 คะแนน @07/07/22 เช็กที่ myais",
    expected: null,
    lang: "th",
    source: TH_OK,
  },
  {
    text: "พัสดุ680434942644 จัดส่งสำเร็จแล้ว ตรวจสอบ jtexp.co/s?b=sScAlO0",
    expected: null,
    lang: "th",
    source: TH_OK,
  },
  {
    text: "ขอบคุณที่ชำระค่าบริการ ฿ 980.12 บาท สำหรับ True Convergence : 3P_783167532 ผ่าน iService หมายเลขรายการ: trxn_5qulbu501wjfbra7b5i ยอดจะเข้าระบบภายใน 15 นาที",
    expected: null,
    lang: "th",
    source: TH_OK,
  },
  {
    text: "ลดกระหน่ำกลางปี! เน็ตเต็มสปีด 30GB เพียง 199บ/15วัน(ไม่รวมVAT)(ปกติ499บ.) โทร*104*395#",
    expected: null,
    lang: "th",
    source: TH_OK,
  },
  {
    text: "Gaming Nation ได้ทำรายการตัดเงินค่า CodaPay - 1945 Points (Valorant) จำนวน 400.00 บาท เรียบร้อยแล้ว เมื่อเวลา 2022-07-01 13:40:39.",
    expected: null,
    lang: "th",
    source: TH_OK,
  },
  {
    text: "Paid THB759.00 by card no. x-1514 @ SHOPEEPAY   *(FOR SHOPEE) 07/06/22 14:18 Available Balance THB103660.19",
    expected: null,
    lang: "en",
    source: TH_OK,
  },
  {
    text: "บ/ชX5664 วันที่ 06/12 เวลา 21:16 เงินในบ/ชใช้ได้ 143,339.15 บ",
    expected: null,
    lang: "th",
    source: TH_OK,
  },
  {
    text: "กรุณายืนยันการรับสินค้า คำสั่งซื้อ 220601PVTRK586 ภายใน 24 ชม. หรือสามารถยื่นขอคืนเงิน/คืนสินค้าได้หากไม่ได้รับสินค้า",
    expected: null,
    lang: "th",
    source: TH_OK,
  },
  // phone/ID number replaced with a fake of the same shape
  {
    text: "08812345678 ลงทะเบียนด้วยบัตรเลขที่ 1234509876543210 เรียบร้อยแล้วค่ะ",
    expected: null,
    lang: "th",
    source: TH_OK,
  },
  {
    text: "Traveloka.com: E-ticket has been sent to your email. 07-07-2018/19:25/NOK AIR DD-8415/PHS-DMK/V6MMMS Passenger(s):1",
    expected: null,
    lang: "en",
    source: TH_OK,
  },
  {
    text: "ชำระ 29.00บ บัตร x-8082@MICROSOFT*STORE         15:03น เหลือ 1,526.97บ",
    expected: null,
    lang: "th",
    source: TH_OK,
  },
  {
    text: "มีการเปิดใช้งาน ( Activate ) MyMo เมื่อวันที่ 15/12/64 เวลา 15.28 น. หากท่านไม่ได้ทำรายการโปรดติดต่อ 1143 ทันที",
    expected: null,
    lang: "th",
    source: TH_OK,
  },
  {
    text: "สินค้า 200624M5434H85CR0 Supara อยู่ระหว่างเตรียมการจัดส่ง ตรวจสอบ >  https://tracking.acommerce.asia/suparagroupth?id=SM4921373432407585016808",
    expected: null,
    lang: "th",
    source: TH_OK,
  },
  {
    text: "แจ้งรหัสลูกค้า 83594572433 เพื่อชำระที่ 7-ELEVEN และช่องทางอื่นๆ",
    expected: null,
    lang: "th",
    source: TH_OK,
  },
  { text: "ปณท รับเงิน COD/OF076728111TH/เข้าระบบ199.00฿แล้ว", expected: null, lang: "th", source: TH_OK },
  {
    text: "ทรูรับเรื่องเพื่อดำเนินการ (หมายเลขคำขอ 20434-649092) ขณะนี้อยู่ระหว่างประสานงานจัดทีมช่างเข้าดำเนินการ ในวันที่ 08 ก.ย. 2564 09:00-10:00 ตามที่คุณแจ้ง สามารถติดตามสถานะการดำเนินการได้ที่ https://p4p7p.app.goo.gl/X2Y6qwa5Xn2GXVsQA",
    expected: null,
    lang: "th",
    source: TH_OK,
  },
  { text: "ปัจจุบันท่านมี 241 Truepoint(ยอดวันที่ 20/01/2022)", expected: null, lang: "th", source: TH_OK },
  // mentions OTP, carries none
  { text: "คุณได้เปลี่ยนเบอร์มือถือสำหรับรับรหัส OTP เรียบร้อยแล้ว", expected: null, lang: "th", source: TH_OK },
  {
    text: "คำสั่งซื้อ # 01276685 จัดส่งสินค้าแล้ว Tracking Number : NABB630515123 ตรวจสอบการจัดส่งได้ที่ https://th.kerryexpress.com/en/track/?track=NABB630515123",
    expected: null,
    lang: "th",
    source: TH_OK,
  },
  // phone/ID number replaced with a fake of the same shape
  { text: "0871234567 ได้โทรหาคุณ 1 ครั้งเมื่อ 27/07/22 เวลา 19:45 น.", expected: null, lang: "th", source: TH_OK },
  {
    text: "บัตร ATM/บัตรเดบิต ลงท้าย 1234 ของท่านจะครบกำหนดชำระค่าธรรมเนียมรายปี วันที่ 01/07/2565 เพื่อให้ท่านสามารถใช้งานบัตรได้อย่างต่อเนื่อง SCB จะดำเนินการตัดเงินจากบัญชีลงท้าย 4321 ของท่าน 200.00 บาท",
    expected: null,
    lang: "th",
    source: TH_OK,
  },
  // mentions OTP, carries none
  { text: "Dtac คุณได้ทำการเปลี่ยนเบอร์มือถือกรุณารอรับรหัส OTP ", expected: null, lang: "th", source: TH_OK },
  {
    text: "รถทะเบียน 9กพ1111 ได้รับความคุ้มครองจากบ.กลางฯเเล้ว/อย่าลืมสวมหมวกนิรภัย",
    expected: null,
    lang: "th",
    source: TH_OK,
  },
  {
    text: "Kerry Express ไม่สามารถติดต่อท่านได้ กรุณายืนยันวันที่ท่านต้องการรับพัสดุ คลิก : keth.me/04fed36",
    expected: null,
    lang: "th",
    source: TH_OK,
  },
  {
    text: "คุณเติมเงิน 10.0 บาท มียอดคงเหลือ 15.13 บาท ใช้ได้ถึง 31/07/2022 . เช็กยอดเงิน วัน และเน็ตคงเหลือ tmvh.co/check (ไม่เสียเน็ต)",
    expected: null,
    lang: "th",
    source: TH_OK,
  },
  {
    text: "แพ็กเกจฟรี WiFi ไม่อั้น นาน 12 เดือน เริ่มใช้ได้ 02/10/2564 15:21:22 ถึง 01/10/2565  23:59:59",
    expected: null,
    lang: "th",
    source: TH_OK,
  },
  {
    text: "You have been charged 100.00 Baht for LINE Store Top up fee (Exclude VAT).",
    expected: null,
    lang: "en",
    source: TH_OK,
  },
  {
    text: "บิลทรูมูฟ เอช 0957045976 รอบบิลเดือน ก.ค. สรุปยอดค่าบริการถึงวันที่ 01/07/2565 ยอดรวมที่ต้องชำระ 226.84 บ. (ยอดค้าง 0.00 บ. และยอดเดือน ก.ค. 226.84 บ.) กำหนดชำระ 25/07/2565",
    expected: null,
    lang: "th",
    source: TH_OK,
  },
  {
    text: "คุณมียอดคงเหลือ 5.0 บ. เงินเหลือไม่ถึง 5บ.ก็ยืมใช้ก่อนได้ ยืมโทร 25นาที กด*919*12#, ยืม WIFI 5ชม. กด*919*42#, ยืมเน็ต 50MB กด*919*22# (ใช้งานได้ 24ชม. และระบบจะหักค่าบริการ 10บ.เมื่อคุณเติมเงินครั้งถัดไป) ..สำหรับผู้เปิดบริการครบ 90วัน",
    expected: null,
    lang: "th",
    source: TH_OK,
  },
  { text: "ขอขอบคุณสำหรับการชำระเงิน กธ.T211XXX208 วันที่ 08 มิ.ย. 65", expected: null, lang: "th", source: TH_OK },
];
