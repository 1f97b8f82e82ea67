/**
 * Held-out negatives (no code): real mobile-money notifications (M-PESA Kenya, Tanzania,
 * and DR Congo). Each starts or ends with an
 * alphanumeric transaction id (DT85TH896, 0426JXCX...), the classic trap for a code extractor,
 * and carries amounts, balances, agent and till numbers, dates and times; none carries a one-time code.
 * Sources and licenses:
 * - pluspeople/pesaPi example messages (php/documentation/*_examples.txt): BSD (lite), per its README;
 * Names and phone numbers of private persons are replaced by fakes of the same shape where marked.
 */
import type { HeldOutCase } from "./types.js";

export const CASES: readonly HeldOutCase[] = [
  {
    text: "DT85TH896 Confirmed.\nYou have received Ksh3,500.00 from\n501901 - KCB Money Transfer Services \non 31/7/13 at 6:43 PM\nNew M-PESA balance is Ksh11,312.00.Save & get a loan on Mshwari",
    expected: null,
    lang: "en",
    source:
      "https://github.com/pluspeople/pesaPi/blob/0de80ac2bf62bc4e8603fa87b91611d603d21dfb/php/documentation/mpesa_private_examples.txt",
  },
  {
    text: "BS49OR201 Confirmed.\nYou have received Ksh50.00 from\nPETER WANJALA 254712345678\non 15/10/11 at 11:52 AM\nNew M-PESA balance is Ksh100.00",
    expected: null,
    lang: "en",
    source:
      "https://github.com/pluspeople/pesaPi/blob/0de80ac2bf62bc4e8603fa87b91611d603d21dfb/php/documentation/mpesa_private_examples.txt",
  },
  {
    text: "Failed. The entered phone number is incorrect\n07221889563.",
    expected: null,
    lang: "en",
    source:
      "https://github.com/pluspeople/pesaPi/blob/0de80ac2bf62bc4e8603fa87b91611d603d21dfb/php/documentation/mpesa_private_examples.txt",
  },
  {
    text: "Failed. M-PESA is temporarily unable to authorise airtime purchase of Ksh100.00.\nPlease try again later.",
    expected: null,
    lang: "en",
    source:
      "https://github.com/pluspeople/pesaPi/blob/0de80ac2bf62bc4e8603fa87b91611d603d21dfb/php/documentation/mpesa_private_examples.txt",
  },
  {
    text: "DQ94ZE762 Confirmed.\non 3/7/13 at 9:07 AM\nGive Ksh1,000.00 cash to Digital Africa Services Jolet Supermarket\nNew M-PESA balance is Ksh1,338.00",
    expected: null,
    lang: "en",
    source:
      "https://github.com/pluspeople/pesaPi/blob/0de80ac2bf62bc4e8603fa87b91611d603d21dfb/php/documentation/mpesa_private_examples.txt",
  },
  {
    text: "DZ12GX874 Confirmed. Ksh2,100.00 sent to DAVID OTIENO 0712345678 on 17/9/13 at 3:16 PM New M-PESA balance is Ksh106.00.PIN YAKO SIRI YAKO",
    expected: null,
    lang: "en",
    source:
      "https://github.com/pluspeople/pesaPi/blob/0de80ac2bf62bc4e8603fa87b91611d603d21dfb/php/documentation/mpesa_private_examples.txt",
  },
  {
    text: "DZ55IX312 confirmed. You bought Ksh100.00 of airtime on 21/9/13 at 5:51 PM\nNew M-PESA balance is Ksh6.00.Safaricom only calls you from 0722000000",
    expected: null,
    lang: "en",
    source:
      "https://github.com/pluspeople/pesaPi/blob/0de80ac2bf62bc4e8603fa87b91611d603d21dfb/php/documentation/mpesa_private_examples.txt",
  },
  {
    text: "DQ91IB986 Confirmed.\nYour M-PESA balance was Ksh339.00\non 2/7/13 at 6:46 PM.Safaricom only calls you from 0722000000",
    expected: null,
    lang: "en",
    source:
      "https://github.com/pluspeople/pesaPi/blob/0de80ac2bf62bc4e8603fa87b91611d603d21dfb/php/documentation/mpesa_private_examples.txt",
  },
  {
    text: "DY28XV679 Confirmed. Ksh4,000.00 sent to KCB Paybill AC for account 1137238445 on 9/9/13 at 11:31 PM\nNew M-PESA balance is Ksh22.00.",
    expected: null,
    lang: "en",
    source:
      "https://github.com/pluspeople/pesaPi/blob/0de80ac2bf62bc4e8603fa87b91611d603d21dfb/php/documentation/mpesa_private_examples.txt",
  },
  {
    text: "EB97SA431 Confirmed. Ksh50.00 transferred to M-Shwari account on 13/10/13 at 2:13 AM. M-PESA balance is Ksh4,265.00, new M-Shwari account balance is Ksh20,087.69.",
    expected: null,
    lang: "en",
    source:
      "https://github.com/pluspeople/pesaPi/blob/0de80ac2bf62bc4e8603fa87b91611d603d21dfb/php/documentation/mpesa_private_examples.txt",
  },
  {
    text: "X89IQ877 Confirmed. Tsh2,100 sent to JUMA HAMISI on 15/12/13 at 10:19 PM. New M-PESA balance is Tsh23,232.",
    expected: null,
    lang: "en",
    source:
      "https://github.com/pluspeople/pesaPi/blob/bcd7def90b45d06d87aab73546f5d79a5f031adb/php/documentation/tanzania_mpesa_private_examples.txt",
  },
  {
    text: "Z92FP098 confirmed. You bought Tsh3,500 of airtime on 22/2/14 at 8:12 PM\nNew M-PESA balance is Tsh2,720",
    expected: null,
    lang: "en",
    source:
      "https://github.com/pluspeople/pesaPi/blob/bcd7def90b45d06d87aab73546f5d79a5f031adb/php/documentation/tanzania_mpesa_private_examples.txt",
  },
  {
    text: "Z15EE301 Confirmed.\nTsh212,000 sent to business Bank for account\nACB-11567341482 on 28/1/14 at 11:30 PM\nNew M-PESA balance is Tsh225.",
    expected: null,
    lang: "en",
    source:
      "https://github.com/pluspeople/pesaPi/blob/bcd7def90b45d06d87aab73546f5d79a5f031adb/php/documentation/tanzania_mpesa_private_examples.txt",
  },
  {
    text: "BA35RT157 Confirmed.\non 8/3/14 at 5:19 PM\nWithdraw Tsh6,000 from\n128137 - HAMISI MSUYA\nNew M-PESA balance is Tsh3,415",
    expected: null,
    lang: "en",
    source:
      "https://github.com/pluspeople/pesaPi/blob/bcd7def90b45d06d87aab73546f5d79a5f031adb/php/documentation/tanzania_mpesa_private_examples.txt",
  },
  {
    text: "BB43UB521 Confirmed. Your M-PESA balance was Tsh2,354\non 8/3/14 at 5:26 PM.",
    expected: null,
    lang: "en",
    source:
      "https://github.com/pluspeople/pesaPi/blob/bcd7def90b45d06d87aab73546f5d79a5f031adb/php/documentation/tanzania_mpesa_private_examples.txt",
  },
  {
    text: "ARGENT RECU du 243812345678 le 13/01/2015 12:51:37\nDu compte: 1000624832\nMontant: 0.20 USD\nFrais: 0.00 USD\nRef: 181346285\nSolde Disponible: 0.20 USD",
    expected: null,
    lang: "fr",
    source:
      "https://github.com/pluspeople/pesaPi/blob/f14327cc515c93a267bde608a9490b3f6318b182/php/documentation/congo_mpesa_private_examples.txt",
  },
];
