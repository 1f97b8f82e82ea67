/**
 * Held-out OTP corpus — parse-otp-message (Travis Fischer): its test suite, first half.
 *
 * Source: transitive-bullshit/parse-otp-message, test/index.js — MIT © Travis Fischer
 * (package.json: "license": "MIT"; readme: "MIT © Travis Fischer").
 * Labels are the suite's own expected codes, except Google's "G-" prefix, dropped (the suite
 * returns "G-412157"; a user types 412157).
 * The suite continues in parsers-parse-otp-message-2.ts.
 * Left out as ambiguous or not a message: "", "2715", "G-830829", "388-941-", "grubhub order 771332",
 * "Your Purchase Code is 39M4W" (labelled no-code there), "G-718356() Google ." (text mangled in the suite).
 *
 * Texts are verbatim from the named files. Not wired into any test: this is a measuring set, kept
 * apart from the extractor's tuning corpus (test/core/otp-corpus.ts).
 */
import type { HeldOutCase } from "./types.js";

export const CASES: readonly HeldOutCase[] = [
  // suite: G-412157
  {
    text: "G-412157 is your Google verification code.",
    expected: "412157",
    lang: "en",
    source:
      "https://github.com/transitive-bullshit/parse-otp-message/blob/0db7327191be66334804f44e58dbd5a7ac3905e5/test/index.js",
    service: "google",
  },
  {
    text: "469538 is your verification code for your Sony Entertainment Network account.",
    expected: "469538",
    lang: "en",
    source:
      "https://github.com/transitive-bullshit/parse-otp-message/blob/0db7327191be66334804f44e58dbd5a7ac3905e5/test/index.js",
  },
  {
    text: "512665 (NetEase Verification Code)",
    expected: "512665",
    lang: "en",
    source:
      "https://github.com/transitive-bullshit/parse-otp-message/blob/0db7327191be66334804f44e58dbd5a7ac3905e5/test/index.js",
  },
  {
    text: "2-step verification is now deactivated on your Sony Entertainment Network account.",
    expected: null,
    lang: "en",
    source:
      "https://github.com/transitive-bullshit/parse-otp-message/blob/0db7327191be66334804f44e58dbd5a7ac3905e5/test/index.js",
  },
  {
    text: "[Alibaba Group]Your verification code is 797428",
    expected: "797428",
    lang: "en",
    source:
      "https://github.com/transitive-bullshit/parse-otp-message/blob/0db7327191be66334804f44e58dbd5a7ac3905e5/test/index.js",
  },
  {
    text: "[HuomaoTV]code: 456291. Please complete the verification within 5 minutes. If you did not operate, please ignore this message.",
    expected: "456291",
    lang: "en",
    source:
      "https://github.com/transitive-bullshit/parse-otp-message/blob/0db7327191be66334804f44e58dbd5a7ac3905e5/test/index.js",
  },
  {
    text: "Auth code: 2607 Please enter this code in your app.",
    expected: "2607",
    lang: "en",
    source:
      "https://github.com/transitive-bullshit/parse-otp-message/blob/0db7327191be66334804f44e58dbd5a7ac3905e5/test/index.js",
  },
  {
    text: "Welcome to ClickSend, for your first login you'll need the activation PIN: 464120",
    expected: "464120",
    lang: "en",
    source:
      "https://github.com/transitive-bullshit/parse-otp-message/blob/0db7327191be66334804f44e58dbd5a7ac3905e5/test/index.js",
  },
  {
    text: "Here is your ofo verification code: 2226",
    expected: "2226",
    lang: "en",
    source:
      "https://github.com/transitive-bullshit/parse-otp-message/blob/0db7327191be66334804f44e58dbd5a7ac3905e5/test/index.js",
  },
  {
    text: "Use 5677 as Microsoft account security code",
    expected: "5677",
    lang: "en",
    source:
      "https://github.com/transitive-bullshit/parse-otp-message/blob/0db7327191be66334804f44e58dbd5a7ac3905e5/test/index.js",
    service: "microsoft",
  },
  {
    text: "Your Google verification code is 596465",
    expected: "596465",
    lang: "en",
    source:
      "https://github.com/transitive-bullshit/parse-otp-message/blob/0db7327191be66334804f44e58dbd5a7ac3905e5/test/index.js",
    service: "google",
  },
  {
    text: "Your LinkedIn verification code is 804706.",
    expected: "804706",
    lang: "en",
    source:
      "https://github.com/transitive-bullshit/parse-otp-message/blob/0db7327191be66334804f44e58dbd5a7ac3905e5/test/index.js",
    service: "linkedin",
  },
  {
    text: "Your WhatsApp code is 105-876 but you can simply tap on this link to verify your device: v.whatsapp.com/105876",
    expected: "105876",
    lang: "en",
    source:
      "https://github.com/transitive-bullshit/parse-otp-message/blob/0db7327191be66334804f44e58dbd5a7ac3905e5/test/index.js",
    service: "whatsapp",
  },
  {
    text: "This is your secret password for REGISTRATION. GO-JEK never asks for your password, DO NOT GIVE IT TO ANYONE. Your PASSWORD is 1099 .",
    expected: "1099",
    lang: "en",
    source:
      "https://github.com/transitive-bullshit/parse-otp-message/blob/0db7327191be66334804f44e58dbd5a7ac3905e5/test/index.js",
  },
  {
    text: "Your confirmation code is 951417. Please enter it in the text field.",
    expected: "951417",
    lang: "en",
    source:
      "https://github.com/transitive-bullshit/parse-otp-message/blob/0db7327191be66334804f44e58dbd5a7ac3905e5/test/index.js",
  },
  {
    text: "588107 is your LIKE verification code",
    expected: "588107",
    lang: "en",
    source:
      "https://github.com/transitive-bullshit/parse-otp-message/blob/0db7327191be66334804f44e58dbd5a7ac3905e5/test/index.js",
  },
  {
    text: "Your one-time eBay pin is 3190",
    expected: "3190",
    lang: "en",
    source:
      "https://github.com/transitive-bullshit/parse-otp-message/blob/0db7327191be66334804f44e58dbd5a7ac3905e5/test/index.js",
    service: "ebay",
  },
  {
    text: "Telegram code 65847",
    expected: "65847",
    lang: "en",
    source:
      "https://github.com/transitive-bullshit/parse-otp-message/blob/0db7327191be66334804f44e58dbd5a7ac3905e5/test/index.js",
    service: "telegram",
  },
  {
    text: "Helllo",
    expected: null,
    lang: "en",
    source:
      "https://github.com/transitive-bullshit/parse-otp-message/blob/0db7327191be66334804f44e58dbd5a7ac3905e5/test/index.js",
  },
  {
    text: "858365 is your 98point6 security code.",
    expected: "858365",
    lang: "en",
    source:
      "https://github.com/transitive-bullshit/parse-otp-message/blob/0db7327191be66334804f44e58dbd5a7ac3905e5/test/index.js",
  },
  {
    text: "0013 is your verification code for HQ Trivia",
    expected: "0013",
    lang: "en",
    source:
      "https://github.com/transitive-bullshit/parse-otp-message/blob/0db7327191be66334804f44e58dbd5a7ac3905e5/test/index.js",
  },
  {
    text: "750963 is your Google Voice verification code",
    expected: "750963",
    lang: "en",
    source:
      "https://github.com/transitive-bullshit/parse-otp-message/blob/0db7327191be66334804f44e58dbd5a7ac3905e5/test/index.js",
    service: "google",
  },
  {
    text: "Пароль: 1752 (никому не говорите) Доступ к информации",
    expected: "1752",
    lang: "ru",
    source:
      "https://github.com/transitive-bullshit/parse-otp-message/blob/0db7327191be66334804f44e58dbd5a7ac3905e5/test/index.js",
  },
  {
    text: "FWD from (817) 697-4520: Mark me",
    expected: null,
    lang: "en",
    source:
      "https://github.com/transitive-bullshit/parse-otp-message/blob/0db7327191be66334804f44e58dbd5a7ac3905e5/test/index.js",
  },
  {
    text: "Snapchat code: 481489. Do not share it or use it elsewhere!",
    expected: "481489",
    lang: "en",
    source:
      "https://github.com/transitive-bullshit/parse-otp-message/blob/0db7327191be66334804f44e58dbd5a7ac3905e5/test/index.js",
    service: "snapchat",
  },
  {
    text: "[#] Your Uber code: 5934 qlRnn4A1sbt",
    expected: "5934",
    lang: "en",
    source:
      "https://github.com/transitive-bullshit/parse-otp-message/blob/0db7327191be66334804f44e58dbd5a7ac3905e5/test/index.js",
    service: "uber",
  },
  {
    text: "128931 is your BIGO LIVE verification code",
    expected: "128931",
    lang: "en",
    source:
      "https://github.com/transitive-bullshit/parse-otp-message/blob/0db7327191be66334804f44e58dbd5a7ac3905e5/test/index.js",
  },
  {
    text: "Humaniq code: 167-262",
    expected: "167262",
    lang: "en",
    source:
      "https://github.com/transitive-bullshit/parse-otp-message/blob/0db7327191be66334804f44e58dbd5a7ac3905e5/test/index.js",
  },
  {
    text: "373473(Weibo login verification code) This code is for user authentication, please do not send it to anyone else.",
    expected: "373473",
    lang: "en",
    source:
      "https://github.com/transitive-bullshit/parse-otp-message/blob/0db7327191be66334804f44e58dbd5a7ac3905e5/test/index.js",
    service: "weibo",
  },
  {
    text: "[zcool]Your verification code is 991533",
    expected: "991533",
    lang: "en",
    source:
      "https://github.com/transitive-bullshit/parse-otp-message/blob/0db7327191be66334804f44e58dbd5a7ac3905e5/test/index.js",
  },
];
