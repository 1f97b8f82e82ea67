/**
 * Held-out OTP corpus — Ohtipi (Yac Inc.): its fork of parse-otp-message.
 *
 * Source: YacTeam/ohtipi, src/libs/parse-otp-message — test/index.js, test/custom.js and
 * lib/custom-filters.js — MIT (src/package.json: "license": "MIT", © 2022 Yac Inc.).
 * The fork's test/index.js repeats parse-otp-message's suite (see parsers-parse-otp-message.ts) and adds
 * the cases below, with expected codes. test/custom.js only logs its "tricky strings" and
 * lib/custom-filters.js carries real messages as `example` fields: those are labelled by hand (marked).
 *
 * Texts are verbatim from the named files. Not wired into any test: this is a measuring set, kept
 * apart from the extractor's tuning corpus (test/core/otp-corpus.ts).
 */
import type { HeldOutCase } from "./types.js";

export const CASES: readonly HeldOutCase[] = [
  {
    text: "<#> Your ExampleApp code is: 123ABC78 FA+9qCX9VSu",
    expected: "123ABC78",
    lang: "en",
    source:
      "https://github.com/YacTeam/ohtipi/blob/951badc48be22ef5f87f34809467b7c2771ed2fb/src/libs/parse-otp-message/test/index.js",
  },
  {
    text: "验证码：805281，用于华为帐号登录。转给他人将导致华为帐号被盗和个人信息泄露，谨防诈骗。【华为】",
    expected: "805281",
    lang: "zh",
    source:
      "https://github.com/YacTeam/ohtipi/blob/951badc48be22ef5f87f34809467b7c2771ed2fb/src/libs/parse-otp-message/test/index.js",
    service: "huawei",
  },
  {
    text: "【微信支付】验证码为940816，用于商户平台安全验证，5分钟内有效。若非本人操作，请忽略此消息。",
    expected: "940816",
    lang: "zh",
    source:
      "https://github.com/YacTeam/ohtipi/blob/951badc48be22ef5f87f34809467b7c2771ed2fb/src/libs/parse-otp-message/test/index.js",
    service: "wechat",
  },
  {
    text: "【iSlide】验证码927134，您正在登录iSlide，若非本人操作，请勿泄露。",
    expected: "927134",
    lang: "zh",
    source:
      "https://github.com/YacTeam/ohtipi/blob/951badc48be22ef5f87f34809467b7c2771ed2fb/src/libs/parse-otp-message/test/index.js",
  },
  {
    text: "【华为云】您的验证码为： 097143（10分钟内有效），为了保证您的账户安全，请勿向任何人提供此验证码。感谢使用华为云服务！",
    expected: "097143",
    lang: "zh",
    source:
      "https://github.com/YacTeam/ohtipi/blob/951badc48be22ef5f87f34809467b7c2771ed2fb/src/libs/parse-otp-message/test/index.js",
    service: "huawei",
  },
  {
    text: "【哔哩哔哩】546054短信登录验证码，5分钟内有效，请勿泄露。",
    expected: "546054",
    lang: "zh",
    source:
      "https://github.com/YacTeam/ohtipi/blob/951badc48be22ef5f87f34809467b7c2771ed2fb/src/libs/parse-otp-message/test/index.js",
    service: "bilibili",
  },
  // hand-labelled
  {
    text: "588873 is the OTP for transaction of INR 3373.00 on your Kotak Bank Card 9688 at AMAZON PAY INDIA PRIVATET valid for 15 mins. DONT SHARE OTP WITH ANYONE INCLUDING BANK OFFICIALS.",
    expected: "588873",
    lang: "en",
    source:
      "https://github.com/YacTeam/ohtipi/blob/c3e717d334df9d89e56e0e029d31d0326ca2ebef/src/libs/parse-otp-message/test/custom.js",
  },
  // hand-labelled
  {
    text: "342562 is your Twitter authentication code. Don’t reply to this message with your code.?",
    expected: "342562",
    lang: "en",
    source:
      "https://github.com/YacTeam/ohtipi/blob/c3e717d334df9d89e56e0e029d31d0326ca2ebef/src/libs/parse-otp-message/test/custom.js",
    service: "twitter",
  },
  // hand-labelled
  {
    text: "Verizon One Time Passcode. Your One Time Passcode is 193667. Please do not share this One Time Passcode with anyone.",
    expected: "193667",
    lang: "en",
    source:
      "https://github.com/YacTeam/ohtipi/blob/c3e717d334df9d89e56e0e029d31d0326ca2ebef/src/libs/parse-otp-message/test/custom.js",
  },
  // hand-labelled
  {
    text: "Verizon Msg: Verizon won’t call you for this code. The authorization code you requested for sign in is 779065. Please use this code to complete your request.",
    expected: "779065",
    lang: "en",
    source:
      "https://github.com/YacTeam/ohtipi/blob/c3e717d334df9d89e56e0e029d31d0326ca2ebef/src/libs/parse-otp-message/test/custom.js",
  },
  // hand-labelled; the filter's note names Epic Games
  {
    text: "Your verification code is 732825",
    expected: "732825",
    lang: "en",
    source:
      "https://github.com/YacTeam/ohtipi/blob/067d25fac03e28eb4068e8439a1c36a72486d6a6/src/libs/parse-otp-message/lib/custom-filters.js",
  },
  // hand-labelled
  {
    text: "Your security code: 274934. Valid for 1 minutes.",
    expected: "274934",
    lang: "en",
    source:
      "https://github.com/YacTeam/ohtipi/blob/067d25fac03e28eb4068e8439a1c36a72486d6a6/src/libs/parse-otp-message/lib/custom-filters.js",
  },
];
