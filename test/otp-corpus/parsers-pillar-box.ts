/**
 * Held-out OTP corpus — Pillar Box (0xdeafcafe): its code extractor's test table.
 *
 * Source: 0xdeafcafe/pillar-box, postmaster/internal/codeextractor/codeextractor_test.go — MIT
 * (declared in the repository's extension/package.json: "license": "MIT").
 * Labels are the suite's own expected codes, except Google's "G-" prefix, dropped (suite: "G-743499").
 * The suite writes line breaks as \n inside Go raw strings (so, literally, a backslash and an n);
 * they are real line breaks here, as in the SMS the test was taken from.
 * Left out: "Your locker: 0962" (a locker number, not a code one types).
 *
 * Texts are verbatim from the named files. Not wired into any test: this is a measuring set, kept
 * apart from the extractor's tuning corpus (test/core/otp-corpus.ts).
 */
import type { HeldOutCase } from "./types.js";

export const CASES: readonly HeldOutCase[] = [
  {
    text: "Uw sms-code is: 481243. Deze vervalt over 20 minuten.",
    expected: "481243",
    lang: "nl",
    source:
      "https://github.com/0xdeafcafe/pillar-box/blob/3d19de92c467a1c635c359bc454a8a0fb4e665d6/postmaster/internal/codeextractor/codeextractor_test.go",
  },
  {
    text: "Your Uber code is 7791. Never share this code.",
    expected: "7791",
    lang: "en",
    source:
      "https://github.com/0xdeafcafe/pillar-box/blob/3d19de92c467a1c635c359bc454a8a0fb4e665d6/postmaster/internal/codeextractor/codeextractor_test.go",
    service: "uber",
  },
  {
    text: "Uw sms-code is: 296891",
    expected: "296891",
    lang: "nl",
    source:
      "https://github.com/0xdeafcafe/pillar-box/blob/3d19de92c467a1c635c359bc454a8a0fb4e665d6/postmaster/internal/codeextractor/codeextractor_test.go",
  },
  {
    text: "263810 is your verification code for Outside: Shared Calendar App.",
    expected: "263810",
    lang: "en",
    source:
      "https://github.com/0xdeafcafe/pillar-box/blob/3d19de92c467a1c635c359bc454a8a0fb4e665d6/postmaster/internal/codeextractor/codeextractor_test.go",
  },
  {
    text: "Uw SMS code is 462838",
    expected: "462838",
    lang: "nl",
    source:
      "https://github.com/0xdeafcafe/pillar-box/blob/3d19de92c467a1c635c359bc454a8a0fb4e665d6/postmaster/internal/codeextractor/codeextractor_test.go",
  },
  {
    text: "NEVER share this One-Time Code: 123456. Amex will never call to ask for it. If released to someone or not requested, call us using Contact Us on Amex website",
    expected: "123456",
    lang: "en",
    source:
      "https://github.com/0xdeafcafe/pillar-box/blob/3d19de92c467a1c635c359bc454a8a0fb4e665d6/postmaster/internal/codeextractor/codeextractor_test.go",
    service: "amex",
  },
  {
    text: "Amex SafeKey code is 123456 for €13.37 transaction attempt at Bol.com for Card ending in 69420. Never share this code.",
    expected: "123456",
    lang: "en",
    source:
      "https://github.com/0xdeafcafe/pillar-box/blob/3d19de92c467a1c635c359bc454a8a0fb4e665d6/postmaster/internal/codeextractor/codeextractor_test.go",
    service: "amex",
  },
  {
    text: "Your OpenTable verification code is: 207734. This code will expire in 10 minutes. Don't share this code with anyone; our employees will never ask for the code.",
    expected: "207734",
    lang: "en",
    source:
      "https://github.com/0xdeafcafe/pillar-box/blob/3d19de92c467a1c635c359bc454a8a0fb4e665d6/postmaster/internal/codeextractor/codeextractor_test.go",
    service: "opentable",
  },
  {
    text: "354352 is your verification code for Telegram Messenger.",
    expected: "354352",
    lang: "en",
    source:
      "https://github.com/0xdeafcafe/pillar-box/blob/3d19de92c467a1c635c359bc454a8a0fb4e665d6/postmaster/internal/codeextractor/codeextractor_test.go",
    service: "telegram",
  },
  {
    text: "Glovo code: 3851. Valid for 3 minutes.",
    expected: "3851",
    lang: "en",
    source:
      "https://github.com/0xdeafcafe/pillar-box/blob/3d19de92c467a1c635c359bc454a8a0fb4e665d6/postmaster/internal/codeextractor/codeextractor_test.go",
    service: "glovo",
  },
  {
    text: "Your Raya verification code is: 26576",
    expected: "26576",
    lang: "en",
    source:
      "https://github.com/0xdeafcafe/pillar-box/blob/3d19de92c467a1c635c359bc454a8a0fb4e665d6/postmaster/internal/codeextractor/codeextractor_test.go",
  },
  {
    text: "Your app verification code is: 717949. Don't share this code with anyone; our employees will never ask for the code.",
    expected: "717949",
    lang: "en",
    source:
      "https://github.com/0xdeafcafe/pillar-box/blob/3d19de92c467a1c635c359bc454a8a0fb4e665d6/postmaster/internal/codeextractor/codeextractor_test.go",
  },
  {
    text: "To finish registering Authy click: authy://register/12-345-678-9090/123456 or manually enter: 123456",
    expected: "123456",
    lang: "en",
    source:
      "https://github.com/0xdeafcafe/pillar-box/blob/3d19de92c467a1c635c359bc454a8a0fb4e665d6/postmaster/internal/codeextractor/codeextractor_test.go",
    service: "authy",
  },
  {
    text: "Your access code: 726259\n\nOpen your locker:\nwww.yourlocker.nl/en/open/tantetoos/0962/726259",
    expected: "726259",
    lang: "en",
    source:
      "https://github.com/0xdeafcafe/pillar-box/blob/3d19de92c467a1c635c359bc454a8a0fb4e665d6/postmaster/internal/codeextractor/codeextractor_test.go",
  },
  {
    text: "Snapchat Login Code: 351304. Snapchat Support will not ask for this code. Do not share it with anyone.",
    expected: "351304",
    lang: "en",
    source:
      "https://github.com/0xdeafcafe/pillar-box/blob/3d19de92c467a1c635c359bc454a8a0fb4e665d6/postmaster/internal/codeextractor/codeextractor_test.go",
    service: "snapchat",
  },
  {
    text: "<#>Your Deliveroo verification code is: 795800\n/tPjtJT5f8o",
    expected: "795800",
    lang: "en",
    source:
      "https://github.com/0xdeafcafe/pillar-box/blob/3d19de92c467a1c635c359bc454a8a0fb4e665d6/postmaster/internal/codeextractor/codeextractor_test.go",
    service: "deliveroo",
  },
  {
    text: "Use 123456 as your verification code to confirm your log in to Barclaycard at 12:12:12 on 11/11/2011. Don't recognise this? Call us immediately.",
    expected: "123456",
    lang: "en",
    source:
      "https://github.com/0xdeafcafe/pillar-box/blob/3d19de92c467a1c635c359bc454a8a0fb4e665d6/postmaster/internal/codeextractor/codeextractor_test.go",
    service: "barclaycard",
  },
  {
    text: "Uw Infomedics inlog code is: 399516.",
    expected: "399516",
    lang: "nl",
    source:
      "https://github.com/0xdeafcafe/pillar-box/blob/3d19de92c467a1c635c359bc454a8a0fb4e665d6/postmaster/internal/codeextractor/codeextractor_test.go",
  },
  {
    text: "VIVA WALLET CODE: 237892 TO AUTHORISE ACCESS TO YOUR ACCOUNT.\nIP: 104.28.42.75\n\nNOT YOU? CONTACT US IN THE APP.",
    expected: "237892",
    lang: "en",
    source:
      "https://github.com/0xdeafcafe/pillar-box/blob/3d19de92c467a1c635c359bc454a8a0fb4e665d6/postmaster/internal/codeextractor/codeextractor_test.go",
  },
  {
    text: "6213 Gebruik deze code om in te loggen in jouw Getir account. Deel deze code met niemand en gebruik hem alleen om je account te activeren.",
    expected: "6213",
    lang: "nl",
    source:
      "https://github.com/0xdeafcafe/pillar-box/blob/3d19de92c467a1c635c359bc454a8a0fb4e665d6/postmaster/internal/codeextractor/codeextractor_test.go",
    service: "getir",
  },
  {
    text: "Companies House Notifications: 777353 is your security code. Your code expires in 30 minutes.",
    expected: "777353",
    lang: "en",
    source:
      "https://github.com/0xdeafcafe/pillar-box/blob/3d19de92c467a1c635c359bc454a8a0fb4e665d6/postmaster/internal/codeextractor/codeextractor_test.go",
  },
  {
    text: "Uw code is: 4616. Bedankt.",
    expected: "4616",
    lang: "nl",
    source:
      "https://github.com/0xdeafcafe/pillar-box/blob/3d19de92c467a1c635c359bc454a8a0fb4e665d6/postmaster/internal/codeextractor/codeextractor_test.go",
  },
  {
    text: "Your Coinbase verification code is: 2287646. Don't share this code with anyone; our employees will never ask for the code.",
    expected: "2287646",
    lang: "en",
    source:
      "https://github.com/0xdeafcafe/pillar-box/blob/3d19de92c467a1c635c359bc454a8a0fb4e665d6/postmaster/internal/codeextractor/codeextractor_test.go",
    service: "coinbase",
  },
  // suite: G-743499
  {
    text: "G-743499 is your Google verification code.",
    expected: "743499",
    lang: "en",
    source:
      "https://github.com/0xdeafcafe/pillar-box/blob/3d19de92c467a1c635c359bc454a8a0fb4e665d6/postmaster/internal/codeextractor/codeextractor_test.go",
    service: "google",
  },
  {
    text: "Your verification code is 903504",
    expected: "903504",
    lang: "en",
    source:
      "https://github.com/0xdeafcafe/pillar-box/blob/3d19de92c467a1c635c359bc454a8a0fb4e665d6/postmaster/internal/codeextractor/codeextractor_test.go",
  },
  {
    text: "Your Uber code is 2302. Never share this code. Reply STOP ALL to +44 7903 561836 to unsubscribe.",
    expected: "2302",
    lang: "en",
    source:
      "https://github.com/0xdeafcafe/pillar-box/blob/3d19de92c467a1c635c359bc454a8a0fb4e665d6/postmaster/internal/codeextractor/codeextractor_test.go",
    service: "uber",
  },
];
