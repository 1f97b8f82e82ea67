/**
 * Held-out OTP corpus — Smaller sources: an Alfred workflow's Chinese samples, Twitter's Digits SDK, the WICG format spec.
 *
 * Sources:
 * - alanhe421/alfred-workflows, 2fa-read-code/src/test.js — MIT (2fa-read-code/src/package.json).
 *   The file logs what its reader finds and states no expected value: labelled by hand.
 * - Digits by Twitter (Android SDK), SmsBroadcastReceiverTests.java, as kept in
 *   vivekkiran/digits-android — Apache-2.0 (the file's own header, © 2015 Twitter, Inc.).
 *   Expected code from the test: TEST_CODE = "635589" for every language.
 * - WICG/sms-one-time-codes, index.bs (the origin-bound one-time code format) — W3C Document
 *   License (LICENSE.md): copying allowed with a link to the original and its notice. Original:
 *   https://wicg.github.io/sms-one-time-codes/ — Copyright © the Contributors to the
 *   "Origin-bound one-time codes delivered via SMS" specification, published by the W3C Web Platform
 *   Incubator Community Group.
 *   Codes as the spec's own examples state them.
 *
 * Texts are verbatim from the named files. Not wired into any test: this is a measuring set, kept
 * apart from the extractor's tuning corpus (test/core/otp-corpus.ts).
 */
import type { HeldOutCase } from "./types.js";

export const CASES: readonly HeldOutCase[] = [
  // hand-labelled
  {
    text: "您的验证码是：2498，有效期为10分钟，请尽快验证！The verification code is 2498. It is valid for 10 minutes.",
    expected: "2498",
    lang: "zh",
    source:
      "https://github.com/alanhe421/alfred-workflows/blob/64a52d964ed6920ae04f944ded0f1ad9df744616/2fa-read-code/src/test.js",
  },
  // hand-labelled
  {
    text: "【Google】G-495968 是您的 Google 驗證碼。",
    expected: "495968",
    lang: "zh",
    source:
      "https://github.com/alanhe421/alfred-workflows/blob/64a52d964ed6920ae04f944ded0f1ad9df744616/2fa-read-code/src/test.js",
    service: "google",
  },
  // hand-labelled
  {
    text: "尊敬的客户，验证码：133706，您正在进行登录账户，有效期2分钟。买健康险，就上平安健康APP！【平安健康险】",
    expected: "133706",
    lang: "zh",
    source:
      "https://github.com/alanhe421/alfred-workflows/blob/64a52d964ed6920ae04f944ded0f1ad9df744616/2fa-read-code/src/test.js",
  },
  // hand-labelled: a carrier's menu of reply codes, no one-time code
  {
    text: "尊敬的用户，您可以直接回复指令进行业务查询或办理：\n 00：手机上网流量查询\n 01：账户余额\n 02：实时话费\n 03：常用办理业务\n 04：常用查询业务\n 05：充值卡充值\n 【抗击疫情，服务不停！使用中国联通APP，足不出户交话费、查余额、办业务，免流量看电影、玩游戏，点击 http://u.10010.cn/khddx ，马上拥有】",
    expected: null,
    lang: "zh",
    source:
      "https://github.com/alanhe421/alfred-workflows/blob/64a52d964ed6920ae04f944ded0f1ad9df744616/2fa-read-code/src/test.js",
  },
  // hand-labelled
  {
    text: "【BOSS直聘】登录验证码：780929，30分钟内有效。工作人员不会向您索要验证码，切勿将验证码提供给他人，谨防被骗。",
    expected: "780929",
    lang: "zh",
    source:
      "https://github.com/alanhe421/alfred-workflows/blob/64a52d964ed6920ae04f944ded0f1ad9df744616/2fa-read-code/src/test.js",
  },
  // hand-labelled
  {
    text: "【美团】8758（登录验证码，请完成验证），如非本人操作，请忽略本短信。",
    expected: "8758",
    lang: "zh",
    source:
      "https://github.com/alanhe421/alfred-workflows/blob/64a52d964ed6920ae04f944ded0f1ad9df744616/2fa-read-code/src/test.js",
    service: "meituan",
  },
  {
    text: "40404 - Confirmation code: 635589. Enter this code in your app. (Digits by Twitter)",
    expected: "635589",
    lang: "en",
    source:
      "https://github.com/vivekkiran/digits-android/blob/HEAD/digits/src/test/java/com/digits/sdk/android/SmsBroadcastReceiverTests.java",
    service: "twitter",
  },
  {
    text: "認証コードは 635589です。このコードをアプリに入力してください。(Digits by Twitter)",
    expected: "635589",
    lang: "ja",
    source:
      "https://github.com/vivekkiran/digits-android/blob/HEAD/digits/src/test/java/com/digits/sdk/android/SmsBroadcastReceiverTests.java",
    service: "twitter",
  },
  {
    text: "確認碼： 635589。在你的應用程式中輸入這個確認碼 (Digits by Twitter)",
    expected: "635589",
    lang: "zh",
    source:
      "https://github.com/vivekkiran/digits-android/blob/HEAD/digits/src/test/java/com/digits/sdk/android/SmsBroadcastReceiverTests.java",
    service: "twitter",
  },
  {
    text: "Bestätigungscode:  635589. Gib diesen Code in Deine App ein. (Digits by Twitter)",
    expected: "635589",
    lang: "de",
    source:
      "https://github.com/vivekkiran/digits-android/blob/HEAD/digits/src/test/java/com/digits/sdk/android/SmsBroadcastReceiverTests.java",
    service: "twitter",
  },
  {
    text: "Код подтверждения:  635589. Введите этот код в своём приложении. (Digits by Twitter)",
    expected: "635589",
    lang: "ru",
    source:
      "https://github.com/vivekkiran/digits-android/blob/HEAD/digits/src/test/java/com/digits/sdk/android/SmsBroadcastReceiverTests.java",
    service: "twitter",
  },
  {
    text: "747723 is your ExampleCo authentication code.\n\n@example.com #747723",
    expected: "747723",
    lang: "en",
    source:
      "https://github.com/WICG/sms-one-time-codes/blob/31aa41c45a4d8c10e40b90397046c75a11c21946/index.bs",
  },
  {
    text: "747723 is your ExampleCo authentication code.\n\n@example.com #747723 %ecommerce.example",
    expected: "747723",
    lang: "en",
    source:
      "https://github.com/WICG/sms-one-time-codes/blob/31aa41c45a4d8c10e40b90397046c75a11c21946/index.bs",
  },
];
