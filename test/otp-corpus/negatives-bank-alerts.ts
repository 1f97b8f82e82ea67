/**
 * Held-out negatives (no code): real bank transaction alerts quoted as fixtures by open-source
 * bank-SMS parsers (expense trackers), none of them carrying a one-time code. Card and account
 * fragments, amounts, balances, dates, times, ATM and terminal ids, transfer references.
 * Sources and licenses:
 * - sergei4/banksmsparser (Russian, Kazakh and Ukrainian banks): no license stated;
 * - sarim2000/pennywiseai-tracker parser tests (Saudi, Egyptian, Iranian, Salvadoran, Indian banks): AGPL-3.0
 *   (only the SMS strings quoted by its tests are used; they are bank-written texts, anonymised by the project);
 * - wyverny/manage_money_app (Korean card alerts quoted in source comments): no license stated.
 * Each source below is the file the text was read from. A private person's name or phone number is
 * replaced by a fake of the same shape where marked. Transliterated Ukrainian is labelled uk.
 */
import type { HeldOutCase } from "./types.js";

const SBER =
  "https://github.com/sergei4/banksmsparser/blob/0c4fb0e775ad4eadcffe8f4f8e69edba3aff0006/src/test/java/com/skmmobile/banksmsparser/bank/SberbankSmsTest.java";
const KASPI =
  "https://github.com/sergei4/banksmsparser/blob/8718a9d990e2806811cb46a2927a0bbf94400874/src/test/java/com/skmmobile/banksmsparser/bank/kz/KaspibankSmsTest.java";
const OSCHAD =
  "https://github.com/sergei4/banksmsparser/blob/3ba210ab1445804faba9c953cdfad1411a3f3d6a/src/test/java/com/skmmobile/banksmsparser/bank/uk/OschadbankSmsTest.java";
const ALINMA =
  "https://github.com/sarim2000/pennywiseai-tracker/blob/1fc00cc2392a80fa9703b512b559943906278ba0/parser-core/src/test/kotlin/TestAlinmaBankParser.kt";
const NBE =
  "https://github.com/sarim2000/pennywiseai-tracker/blob/86dcaa2d4503f7137818d46004ea51d9dc06fd27/parser-core/src/test/kotlin/com/pennywiseai/parser/core/bank/NationalBankOfEgyptParserTest.kt";
const MELLAT =
  "https://github.com/sarim2000/pennywiseai-tracker/blob/85af166eb260f7c2cab7c9055a3be6e2a1f12ef8/parser-core/src/test/kotlin/com/pennywiseai/parser/core/bank/MellatBankParserTest.kt";
const AGRICOLA =
  "https://github.com/sarim2000/pennywiseai-tracker/blob/3c1a1d8411b66efcf5064a6cfc287cea8c5f20d4/parser-core/src/test/kotlin/com/pennywiseai/parser/core/bank/BancoAgricolaParserTest.kt";
const REPORTS =
  "https://github.com/sarim2000/pennywiseai-tracker/blob/02b078496bbca3e0973cf1dd56ecde948fc5b68b/parser-core/src/test/kotlin/SmsReportRegressionTest.kt";
const KB =
  "https://github.com/wyverny/manage_money_app/blob/3541b76cf55119a63f128b8eceac057ca1e13f16/src/com/lcm/data/parse/KBKookMinCheckSmsParser.java";
const HYUNDAI =
  "https://github.com/wyverny/manage_money_app/blob/2623be195d9014967f5c2ead8ad01e4f72255dd2/src/com/lcm/data/parse/HyunDaeCardSmsParser.java";
const WOORI =
  "https://github.com/wyverny/manage_money_app/blob/3541b76cf55119a63f128b8eceac057ca1e13f16/src/com/lcm/data/parse/WooriCheckSmsParser.java";

export const CASES: readonly HeldOutCase[] = [
  {
    text: "VISA6168 06.12.17 11:30 списание 700р Баланс: 2682.45р",
    expected: null,
    lang: "ru",
    source: SBER,
  },
  {
    text: "VISA6470 04.12.17 08:18 оплата 200р MTS OAO Баланс: 4278.81р",
    expected: null,
    lang: "ru",
    source: SBER,
  },
  {
    text: "VISA6168 02.12.17 08:45 зачисление 30000р ATM 335417 Баланс: 33382.45р",
    expected: null,
    lang: "ru",
    source: SBER,
  },
  {
    text: "MIR-3075 12.12.17 19:31 покупка 171.76р PYATEROCHKA 8456 Баланс: 2476.46р",
    expected: null,
    lang: "ru",
    source: SBER,
  },
  {
    text: "VISA6043 09.02.18 12:30 покупка 1273.90р WWW.RZD.RU Баланс: 1418.04р",
    expected: null,
    lang: "ru",
    source: SBER,
  },
  {
    text: "MAES0515 10.12.17 05:43 зачисление 1856.68р SO VKLADA N*013008564017-1856.68RUR Баланс: 2462.89р",
    expected: null,
    lang: "ru",
    source: SBER,
  },
  {
    text: "ECMC8559 13.12.17 16:49 зачисление 15000р ATM 10853020 Баланс: 0",
    expected: null,
    lang: "ru",
    source: SBER,
  },
  {
    text: "VISA0000 10.12.17 оплата Мобильного банка за 10/12/2017-09/01/2018 60р Баланс: 00000.00р",
    expected: null,
    lang: "ru",
    source: SBER,
  },
  // name/phone replaced with a fake of the same shape
  {
    text: "VISA0000: перевод 400р. на карту получателя СВЕТЛАНА КОНСТАНТИНОВНА К. выполнен. Подробнее в выписке по карте http://sberbank.ru/sms/h2/",
    expected: null,
    lang: "ru",
    source: SBER,
  },
  {
    text: 'ECMC4773: пополнение Копилки на "Пополняй ОнЛ йн 3м - 6м руб. " на сумму 277.41руб. Дата следующего платежа 15.01.18',
    expected: null,
    lang: "ru",
    source: SBER,
  },
  // name/phone replaced with a fake of the same shape
  { text: "VISA4993: оплата услуг 250р Megafon (9261234567)", expected: null, lang: "ru", source: SBER },
  {
    text: "Сбербанк Онлайн. С Вашей карты **** 2854 произведен перевод на карту № **** 6780 на сумму 335,00 RUB.",
    expected: null,
    lang: "ru",
    source: SBER,
  },
  {
    text: 'Исполнение Автоплатежа "ТВ" прошло успешно. Ваш счет на сумму 185 руб. с карты ECMC7471 оплачен. Комиссия составила 0.00 руб. Дата следующего платежа 19.01.18',
    expected: null,
    lang: "ru",
    source: SBER,
  },
  {
    text: "Сбербанк Бизнес Онлайн. No9 от 17.01.2018 на сумму 5000-00 RUB со счета 40802810016120100739 на счет 40702810400010000758 исполнен Банком 17.01.2018 11:22:24.",
    expected: null,
    lang: "ru",
    source: SBER,
  },
  {
    text: "ECMC4756 18.01.18 06:14 выдача 282.96р OSB 8603 0061 Баланс: 22100.74р",
    expected: null,
    lang: "ru",
    source: SBER,
  },
  {
    text: 'Автоплатёж "ИНТЕРСВЯЗЬ" исполнен. Оплачено 400р с карты VISA3245. Комиссия 0.00р. Следующий платёж 25.09.18.',
    expected: null,
    lang: "ru",
    source: SBER,
  },
  { text: "Покупка: 4134т\nGAZOILPROM AZS\nДоступно: 2852т", expected: null, lang: "ru", source: KASPI },
  {
    text: "Снятие: 10 000т\nВ Банкомате ATM VN ALMATY SAMAL-2 D 111\nДоступно: 173 721,18т",
    expected: null,
    lang: "ru",
    source: KASPI,
  },
  {
    text: "Kaspi Депозит D-007\nПроценты за декабрь: +201 569,73т\nНа Депозите: 17 588 751,96т",
    expected: null,
    lang: "ru",
    source: KASPI,
  },
  {
    text: "04.01.18 19:38\nCard:5167-6111\nSum:-5,526.49 UAH\nDom_Moskovs_013\nBalance=5,526.49 UAH\nDetali",
    expected: null,
    lang: "uk",
    source: OSCHAD,
  },
  {
    text: "PO DEPOZYTU N 12345678 VYPLACHENO VIDSOTKI U SUMI 100.00 UAH. DOVIDKA 0800210800",
    expected: null,
    lang: "uk",
    source: OSCHAD,
  },
  {
    text: "11.01.2018 \nAcnt:130-262545-56\nSum:8,455.67 UAH \nZarakhuvannia na rakhunok \nBalance=8,646.80 UAH\nDetali www.oschadbank.ua/ib",
    expected: null,
    lang: "uk",
    source: OSCHAD,
  },
  {
    text: "شراء محلي من نقاط البيع\nعبر Samsung Wallet\nبمبلغ: 50 SAR\nالبطاقة: **1234\nحساب: **5678\nمن: Establishment Name\nفي: 2025-10-10 20:00:00\nالرصيد: 500.50 SAR",
    expected: null,
    lang: "ar",
    source: ALINMA,
  },
  {
    text: "شراء عبر: POS\nالبطاقة الائتمانية: **9999\nمبلغ: SAR 125.50\nلدى: Commercial Self-Technolog\nفي: 12:00 2025-10-20\nالرصيد: 875.75 ريال",
    expected: null,
    lang: "ar",
    source: ALINMA,
  },
  {
    text: "شراء عبر Samsung Wallet\nمبلغ: ريال سعودى 75.25\nبطاقة مدى: 7777*\nحساب: *8888\nمن: Establishment Name\nفي: 2025-10-10 21:00",
    expected: null,
    lang: "ar",
    source: ALINMA,
  },
  {
    text: "تم خصم 100.50 جم من بطاقة الائتمان رقم 1111 عند KASHIERFast يوم 09-10 الساعة 10:11 المتاح 9000.00 جم للمزيد اتصل ب 10000.",
    expected: null,
    lang: "ar",
    source: NBE,
  },
  {
    text: "تم خصم 200 EGP من بطاقة الخصم المباشر رقم2222 عندNBE ATM546 يوم03/09/26 الساعة21:13 المتاح800.00EGP للمزيد اتصل ب 10000",
    expected: null,
    lang: "ar",
    source: NBE,
  },
  {
    text: "تم إضافة تحويل لحظي لحسابكم رقم 4444 بمبلغ 400.00 جم من محمد محمد رقم مرجعي 123456789012 يوم 09-10 الساعة 20:11 للمزيد اتصل بـ 10000",
    expected: null,
    lang: "ar",
    source: NBE,
  },
  {
    text: "حساب1234567890\nبرداشت1,250,000\nمانده18,750,000\n04/04/21-21:40",
    expected: null,
    lang: "fa",
    source: MELLAT,
  },
  {
    text: "حساب1234567890\nواریز2,500,000\nمانده21,250,000\n04/07/15-08:42",
    expected: null,
    lang: "fa",
    source: MELLAT,
  },
  {
    text: "واریز سود کوتاه مدت\nحساب1234567890\nمبلغ45,670\n04/06/02",
    expected: null,
    lang: "fa",
    source: MELLAT,
  },
  {
    text: "مشتری گرامی\nسلام؛\nجشنواره حساب های قرض الحسنه پس انداز بانک ملت تا پایان شهریور تمدید شد.\n1404 جایزه نقدی 250 میلیون تومانی\n4404 جایزه نقدی 25 میلیون تومانی و هزاران جایزه نقدی دیگر\nبانک ملت، تجربه ای متمایز",
    expected: null,
    lang: "fa",
    source: MELLAT,
  },
  {
    text: "به سامانه بانكداری اینترنتی ملت خوش آمدید\n  1404/07/12\n07:49",
    expected: null,
    lang: "fa",
    source: MELLAT,
  },
  // name/phone replaced with a fake of the same shape
  {
    text: "KB국민체크(5*3*)\n홍길순님\n11/13 15:52\n276,200원\n연세송도외과의 사용",
    expected: null,
    lang: "ko",
    source: KB,
  },
  {
    text: "[현대카드M]-승인\n김태*님\n22,000원(일시불)\n소백\n누적:498,660원",
    expected: null,
    lang: "ko",
    source: HYUNDAI,
  },
  // name/phone replaced with a fake of the same shape
  {
    text: "[체크.승인]\n9,000원\n우리카드(2*7*)이서연님\n11/13 20:11\n지급가능액5,291,847원\n주식회사",
    expected: null,
    lang: "ko",
    source: WOORI,
  },
  {
    text: "B.AGRICOLA-TRANSFER365: ha recibido un Abono a Cuenta de GIVEN NAME SURNAME por USD6.91 desde ANOTHER BANK NAME",
    expected: null,
    lang: "es",
    source: AGRICOLA,
  },
  {
    text: "B.AGRICOLA-TRANSFER365: ha recibido un Abono a Cuenta de GIVEN NAME SURNAME por USD20.00 desde ANOTHER BANK NAME",
    expected: null,
    lang: "es",
    source: AGRICOLA,
  },
  {
    text: "Payment of INR 1577 on Kotak Credit Card xx2222 is due on 13-07-26. Min due: INR 100. Tap to pay: https://example.invalid/pay Ignore if paid",
    expected: null,
    lang: "en",
    source: REPORTS,
  },
  {
    text: "INR 587.64 for Airtel Payments Bank Limited will be auto-debited via Axis Bank Card no. XXxxxx by 27-07-26. Please ensure sufficient limit/balance on your card/account to process the auto-debit. To deactivate the AutoPay facility for ID xxxxx, visit https://www.sihub.in/managesi/axisbank. TnC apply.",
    expected: null,
    lang: "en",
    source: REPORTS,
  },
  {
    text: "Your ASBA application for AUGMONT is received and Application value of Rs 14972 is blocked in your registered Bank account on 25/08/2026.",
    expected: null,
    lang: "en",
    source: REPORTS,
  },
  {
    text: "USD .28 spent using ICICI Bank Card XX3333 on 01-Jun-26 on GOOGLE*CLOUD PH. Avl Limit: INR 3,85,664.53. If not you, call 1800000000/SMS BLOCK 3333 to 1800000000.",
    expected: null,
    lang: "en",
    source: REPORTS,
  },
  {
    text: "Rs..6 Credited to A/c ...4444 from:ACHCR/JIO FINANC. Total Bal:Rs.22976.31CR. Avlbl Amt:Rs.22976.31(26-08-2026 18:20:36) - Bank of Baroda",
    expected: null,
    lang: "en",
    source: REPORTS,
  },
  {
    text: "Your a/c no. XXXXXXXX5555 is credited for Rs.5000.00 on 03-05-2026 and debited from a/c no. XXXXXXXX6666 (UPI Ref no 123456789012) -CUB",
    expected: null,
    lang: "en",
    source: REPORTS,
  },
  {
    text: "Rs. 5000 credited to your Kotak Bank a/c XX1111 via NEFT from beneficiary John Doe. UTR Ref. HDFCH00000000000",
    expected: null,
    lang: "en",
    source: REPORTS,
  },
  {
    text: "Rs. 5000 received in a/c XX1111 from Person Name on 22-Sep-26 (NEFT Ref No. IDFB0000A0000000). - slice",
    expected: null,
    lang: "en",
    source: REPORTS,
  },
  {
    text: "Rs.500.00 debited from A/c XX1111 on 09-Aug-26 to amazon evoucher (UPI Ref No 123456789012)",
    expected: null,
    lang: "en",
    source: REPORTS,
  },
];
