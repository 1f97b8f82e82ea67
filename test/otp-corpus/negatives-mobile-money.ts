/**
 * Held-out negatives (no code): real mobile-money notifications (M-PESA Kenya, Tanzania,
 * Mozambique and DR Congo, Selcom Pesa, Tigo Pesa, eMola). Each starts or ends with an
 * alphanumeric transaction id (DT85TH896, 0426JXCX...), the classic trap for a code extractor,
 * and carries amounts, balances, agent and till numbers, dates and times; none carries a one-time code.
 * Sources and licenses:
 * - pluspeople/pesaPi example messages (php/documentation/*_examples.txt): BSD (lite), per its README;
 * - sarim2000/pennywiseai-tracker parser tests: AGPL-3.0 (only the SMS strings its tests quote;
 *   the project already masks most names and numbers).
 * Names and phone numbers of private persons are replaced by fakes of the same shape where marked.
 */
import type { HeldOutCase } from "./types.js";

const PESAPI_KE =
  "https://github.com/pluspeople/pesaPi/blob/0de80ac2bf62bc4e8603fa87b91611d603d21dfb/php/documentation/mpesa_private_examples.txt";
const PESAPI_TZ =
  "https://github.com/pluspeople/pesaPi/blob/bcd7def90b45d06d87aab73546f5d79a5f031adb/php/documentation/tanzania_mpesa_private_examples.txt";
const PESAPI_CD =
  "https://github.com/pluspeople/pesaPi/blob/f14327cc515c93a267bde608a9490b3f6318b182/php/documentation/congo_mpesa_private_examples.txt";
const PW_TZ =
  "https://github.com/sarim2000/pennywiseai-tracker/blob/0798abcd8a4209284723dfb81e0e3c1918a55f34/parser-core/src/test/kotlin/com/pennywiseai/parser/core/bank/TanzaniaParserTest.kt";
const PW_MZ =
  "https://github.com/sarim2000/pennywiseai-tracker/blob/11a9c7290a35d4935754301ea6c1e864aebed563/parser-core/src/test/kotlin/com/pennywiseai/parser/core/bank/MPesaMozambiqueParserTest.kt";
const PW_EMOLA =
  "https://github.com/sarim2000/pennywiseai-tracker/blob/74fec72042ff6f3c3562e272c3b3cbc2a469f745/parser-core/src/test/kotlin/TestEMolaParser.kt";

export const CASES: readonly HeldOutCase[] = [
  {
    text: "DT85TH896 Confirmed.\nYou have received Ksh3,500.00 from\n501901 - KCB Money Transfer Services \non 31/7/13 at 6:43 PM\nNew M-PESA balance is Ksh11,312.00.Save & get a loan on Mshwari",
    expected: null,
    lang: "en",
    source: PESAPI_KE,
  },
  // name/phone replaced with a fake of the same shape
  {
    text: "BS49OR201 Confirmed.\nYou have received Ksh50.00 from\nPETER WANJALA 254712345678\non 15/10/11 at 11:52 AM\nNew M-PESA balance is Ksh100.00",
    expected: null,
    lang: "en",
    source: PESAPI_KE,
  },
  {
    text: "Failed. The entered phone number is incorrect\n07221889563.",
    expected: null,
    lang: "en",
    source: PESAPI_KE,
  },
  {
    text: "Failed. M-PESA is temporarily unable to authorise airtime purchase of Ksh100.00.\nPlease try again later.",
    expected: null,
    lang: "en",
    source: PESAPI_KE,
  },
  {
    text: "DQ94ZE762 Confirmed.\non 3/7/13 at 9:07 AM\nGive Ksh1,000.00 cash to Digital Africa Services Jolet Supermarket\nNew M-PESA balance is Ksh1,338.00",
    expected: null,
    lang: "en",
    source: PESAPI_KE,
  },
  // name/phone replaced with a fake of the same shape
  {
    text: "DZ12GX874 Confirmed. Ksh2,100.00 sent to DAVID OTIENO 0712345678 on 17/9/13 at 3:16 PM New M-PESA balance is Ksh106.00.PIN YAKO SIRI YAKO",
    expected: null,
    lang: "en",
    source: PESAPI_KE,
  },
  {
    text: "DZ55IX312 confirmed. You bought Ksh100.00 of airtime on 21/9/13 at 5:51 PM\nNew M-PESA balance is Ksh6.00.Safaricom only calls you from 0722000000",
    expected: null,
    lang: "en",
    source: PESAPI_KE,
  },
  {
    text: "DQ91IB986 Confirmed.\nYour M-PESA balance was Ksh339.00\non 2/7/13 at 6:46 PM.Safaricom only calls you from 0722000000",
    expected: null,
    lang: "en",
    source: PESAPI_KE,
  },
  {
    text: "DY28XV679 Confirmed. Ksh4,000.00 sent to KCB Paybill AC for account 1137238445 on 9/9/13 at 11:31 PM\nNew M-PESA balance is Ksh22.00.",
    expected: null,
    lang: "en",
    source: PESAPI_KE,
  },
  {
    text: "EB97SA431 Confirmed. Ksh50.00 transferred to M-Shwari account on 13/10/13 at 2:13 AM. M-PESA balance is Ksh4,265.00, new M-Shwari account balance is Ksh20,087.69.",
    expected: null,
    lang: "en",
    source: PESAPI_KE,
  },
  // name/phone replaced with a fake of the same shape
  {
    text: "X89IQ877 Confirmed. Tsh2,100 sent to JUMA HAMISI on 15/12/13 at 10:19 PM. New M-PESA balance is Tsh23,232.",
    expected: null,
    lang: "en",
    source: PESAPI_TZ,
  },
  {
    text: "Z92FP098 confirmed. You bought Tsh3,500 of airtime on 22/2/14 at 8:12 PM\nNew M-PESA balance is Tsh2,720",
    expected: null,
    lang: "en",
    source: PESAPI_TZ,
  },
  {
    text: "Z15EE301 Confirmed.\nTsh212,000 sent to business Bank for account\nACB-11567341482 on 28/1/14 at 11:30 PM\nNew M-PESA balance is Tsh225.",
    expected: null,
    lang: "en",
    source: PESAPI_TZ,
  },
  // name/phone replaced with a fake of the same shape
  {
    text: "BA35RT157 Confirmed.\non 8/3/14 at 5:19 PM\nWithdraw Tsh6,000 from\n128137 - HAMISI MSUYA\nNew M-PESA balance is Tsh3,415",
    expected: null,
    lang: "en",
    source: PESAPI_TZ,
  },
  {
    text: "BB43UB521 Confirmed. Your M-PESA balance was Tsh2,354\non 8/3/14 at 5:26 PM.",
    expected: null,
    lang: "en",
    source: PESAPI_TZ,
  },
  // name/phone replaced with a fake of the same shape
  {
    text: "ARGENT RECU du 243812345678 le 13/01/2015 12:51:37\nDu compte: 1000624832\nMontant: 0.20 USD\nFrais: 0.00 USD\nRef: 181346285\nSolde Disponible: 0.20 USD",
    expected: null,
    lang: "fr",
    source: PESAPI_CD,
  },
  // name/phone replaced with a fake of the same shape
  {
    text: "0426JXCX Confirmed. You have received TZS 175,000.00 from JOHN PETER MWAKAJ - NMB (201100XXXXX) on 2025-04-26 11:50. Updated balance is TZS 175,000.00. Help 0800 714 888 / 0800 784 888",
    expected: null,
    lang: "en",
    source: PW_TZ,
  },
  {
    text: "10234C2WQ Confirmed. You have withdrawn TZS 200,000.00 at ATM - TEMEKE BRANCH using your card ending with 8318 on 2025-10-23 18:00. Total charges TZS 2,500.00 (Fee 1,926, VAT 381, Ex Duty 193). Govt Levy TZS ( (resp govtLevy ) ). Updated balance is TZS 2,264,749.05. Help 0800 714 888 / 0800 784 888",
    expected: null,
    lang: "en",
    source: PW_TZ,
  },
  {
    text: "0428KRRY Confirmed. You have paid TZS 8,900.00 to APPLECOMBILL using your card ending 1915 on 2025-04-28 11:36. Updated balance is TZS 1,650.00. Help 0800 714 888 / 0800 784 888",
    expected: null,
    lang: "en",
    source: PW_TZ,
  },
  {
    text: "SGR5544332 Confirmed. TZS 15,000.00 paid to SUPERMARKET X (Merchant ID: 556677) on 2025-05-13 at 08:20 PM. Transaction cost TZS 0.00. New M-Pesa balance is TZS 114,500.00.",
    expected: null,
    lang: "en",
    source: PW_TZ,
  },
  {
    text: "DFJ9B1FPQ8 Confirmed. Tsh5,000.00 sent to business VODACOM-BUNDLES 2 on 19/6/26 at 10:56 pm. New M-Pesa balance is Tsh0.36.",
    expected: null,
    lang: "en",
    source: PW_TZ,
  },
  {
    text: "DFF9B1DPIJ Confirmed. On 15/6/26 at 8:08 pm Withdraw Tsh100,000.00 from 431836 - AGENT NAME OUTLET Total fee Tsh4,357.00 (M-Pesa fee Tsh3,650.00 + Government levy Tsh707.00). Balance is Tsh0.36. Your Songesha limit is Tsh4836",
    expected: null,
    lang: "en",
    source: PW_TZ,
  },
  {
    text: "DFF9B1DSI4 Confirmed. Tsh5,000.00 sent to M-KOBA for account i2ZCoANa3yFQGHNN on 15/6/26 at 7:53 pm Total fee Tsh0.00 (M-Pesa fee Tsh0.00 + Government Levy Tsh0.00). Balance is Tsh493.36.",
    expected: null,
    lang: "en",
    source: PW_TZ,
  },
  {
    text: "DFJ9B1FX2B imethibitishwa. Umepokea Tshs 4,000.00 kutoka SELCOM MF, Akaunti ****1234 - JOHN DOE tarehe 19/06/2026 saa 22:38:24.",
    expected: null,
    lang: "sw",
    source: PW_TZ,
  },
  // name/phone replaced with a fake of the same shape
  {
    text: "DFE9B1D5UM Confirmed. REHEMA MWAKYUSA has received Tsh 40000 on 2026-06-14 19:20:55.",
    expected: null,
    lang: "en",
    source: PW_TZ,
  },
  // name/phone replaced with a fake of the same shape
  {
    text: "Cash-In of TSh 100,000 from Agent - ASHA MOSHI is successful. New balance is TSh 100,000. TxnId: 13411949026. 16/08/23 15:19. Dial150 01# or use Tigo Pesa App. No Levy while sending money with Tigo Pesa",
    expected: null,
    lang: "en",
    source: PW_TZ,
  },
  {
    text: "Confirmado DF50KDFDHWK. Transferiste 1,234.56MT e a taxa foi de 1.23MT para 258841234567 - JOHNDOE aos 5/6/26 as 4:15 PM. O teu novo saldo M-Pesa e de 12,345.67MT. Continua a transferir SEM TAXAS de M-Pesa para M-Pesa. Em caso de duvida, liga 100.",
    expected: null,
    lang: "pt",
    source: PW_MZ,
  },
  {
    text: "Confirmado DF36KCPECLC. Registamos uma operacao de compra no valor de 1,234.56MT e a taxa foi de 0.00MT na entidade EDM com referencia  aos 3/6/26 as 10:37 PM. O teu novo saldo M-Pesa e de 1,234.56MT. Em caso de duvida, liga 100. M-Pesa e facil!",
    expected: null,
    lang: "pt",
    source: PW_MZ,
  },
  // name/phone replaced with a fake of the same shape
  {
    text: "Confirmado DF30KCJDIIA. Aos 3/6/26  as 3:57 PM levantaste 1,234.56MT no agente 425300 - JOAQUIM MACUVE. O novo saldo M-Pesa e de 1,234.56MT e a taxa foi de 12.34MT. Em caso de duvida, liga 100. M-Pesa e facil!",
    expected: null,
    lang: "pt",
    source: PW_MZ,
  },
  {
    text: "Confirmado DEV6KB6GAUI. Depositaste o valor de 12,345.67MT no agente JOHN DOE aos  31/5/26 as 12:04 PM. O teu novo saldo  M-Pesa e de 12,345.67MT. Aproveita e transfere SEM TAXAS de M-Pesa para M-Pesa. Em caso de duvida, liga 100.",
    expected: null,
    lang: "pt",
    source: PW_MZ,
  },
  {
    text: "Confirmado DET0KAIXP5E. Recebeste  12,345.67MT de 123456 - SIMO aos 29/5/26  as 6:22 PM o novo saldo  M-Pesa e de 1,234.56MT. Aproveita e transfere SEM TAXAS de M-Pesa para M-Pesa. Em caso de duvida, liga 100.",
    expected: null,
    lang: "pt",
    source: PW_MZ,
  },
  {
    text: "TJK6H7T3GA Confirmed. Ksh70.00 paid to person 1. on 20/10/24 at 4:21 PM.New M-PESA balance is Ksh123.12. Transaction cost, Ksh0.00. Amount you can transact within the day is 499,895.00.",
    expected: null,
    lang: "en",
    source: PW_MZ,
  },
  {
    text: "Transaction ID PP260530.0934.w91238. You transfered 100.00MT to 871234566, name: John Doe at 09:34:45 on 30/05/2026. Fee: 0.00MT. Your account balance is 3,123.45MT. Content: . In case of doubt, please call 100. Thank you!",
    expected: null,
    lang: "en",
    source: PW_EMOLA,
  },
  // "Agent with code ID": an agent number, not a code to enter
  {
    text: "Transaction ID: CO260528.1806.W15992. You withdrew 50.00MT in the Agent with code ID 123456, Name JOHN DOE at 18:06:25 on 28/05/2026. Fee: 3.00 MT. Your account balance is 1,234.23MT. In case of doubt, please call 100. Thank you!",
    expected: null,
    lang: "en",
    source: PW_EMOLA,
  },
];
