/**
 * Held-out OTP corpus — The iMessage-2FA family: Raycast's extension and the Alfred workflow it descends from.
 *
 * Sources:
 * - raycast/extensions, extensions/imessage-2fa/src/utils.test.ts — MIT (the extension's package.json:
 *   "license": "MIT"; the raycast/extensions repository is MIT).
 * - clins1994/extensions (a fork of raycast/extensions), same file — MIT; one case added there.
 * - thanegill/alfred-imessage-2fa, test_messages.txt with expected codes in test_messages_results.txt
 *   — MIT (README: "License: MIT"). A bash re-implementation of squatto/alfred-imessage-2fa (MIT).
 * Labels are the suites' own expected codes (separators removed: "719-839" -> "719839").
 * Left out: bare codes with no message around them ("5WGU8G", "CWGUG8", "7645W453", "123-456"),
 * messages the Alfred fixtures repeat from the Raycast suite, two made-up "Testing with other
 * special characters" lines, and "This example has multiple codes: 719-839 485279." (no single answer).
 *
 * Texts are verbatim from the named files. Not wired into any test: this is a measuring set, kept
 * apart from the extractor's tuning corpus (test/core/otp-corpus.ts).
 */
import type { HeldOutCase } from "./types.js";

export const CASES: readonly HeldOutCase[] = [
  {
    text: "Chase: DON'T share. Use code 41646271 to complete Extra Security at Sign In. We'll NEVER call to ask for this code. Call us if you didn't request it.",
    expected: "41646271",
    lang: "en",
    source:
      "https://github.com/raycast/extensions/blob/f9e71ecbc917069142ae1817fe9bc195667cbd55/extensions/imessage-2fa/src/utils.test.ts",
    service: "chase",
  },
  {
    text: "2773 is your Microsoft account verification code",
    expected: "2773",
    lang: "en",
    source:
      "https://github.com/raycast/extensions/blob/f9e71ecbc917069142ae1817fe9bc195667cbd55/extensions/imessage-2fa/src/utils.test.ts",
    service: "microsoft",
  },
  {
    text: "Your Airbnb verification code is: 1234.",
    expected: "1234",
    lang: "en",
    source:
      "https://github.com/raycast/extensions/blob/f9e71ecbc917069142ae1817fe9bc195667cbd55/extensions/imessage-2fa/src/utils.test.ts",
    service: "airbnb",
  },
  {
    text: "Your verification code is: 1234, use it to log in",
    expected: "1234",
    lang: "en",
    source:
      "https://github.com/raycast/extensions/blob/f9e71ecbc917069142ae1817fe9bc195667cbd55/extensions/imessage-2fa/src/utils.test.ts",
  },
  {
    text: "Here is your authorization code:9384",
    expected: "9384",
    lang: "en",
    source:
      "https://github.com/raycast/extensions/blob/f9e71ecbc917069142ae1817fe9bc195667cbd55/extensions/imessage-2fa/src/utils.test.ts",
  },
  {
    text: "【抖音】验证码9316，用于手机验证",
    expected: "9316",
    lang: "zh",
    source:
      "https://github.com/raycast/extensions/blob/f9e71ecbc917069142ae1817fe9bc195667cbd55/extensions/imessage-2fa/src/utils.test.ts",
    service: "douyin",
  },
  {
    text: "Your healow verification code is : 7579.",
    expected: "7579",
    lang: "en",
    source:
      "https://github.com/raycast/extensions/blob/f9e71ecbc917069142ae1817fe9bc195667cbd55/extensions/imessage-2fa/src/utils.test.ts",
  },
  {
    text: "Please enter code 548 on Zocdoc.",
    expected: "548",
    lang: "en",
    source:
      "https://github.com/raycast/extensions/blob/f9e71ecbc917069142ae1817fe9bc195667cbd55/extensions/imessage-2fa/src/utils.test.ts",
  },
  {
    text: "TRUSTED LOCATION PASSCODE: mifsuc",
    expected: "mifsuc",
    lang: "en",
    source:
      "https://github.com/raycast/extensions/blob/f9e71ecbc917069142ae1817fe9bc195667cbd55/extensions/imessage-2fa/src/utils.test.ts",
  },
  {
    text: "USAA FRAUD PREVENTION ALERT: USAA will never contact you for this code, don't share it: 123456. Call 800-531-8722 if you gave it to anyone. Reply HELP for help.",
    expected: "123456",
    lang: "en",
    source:
      "https://github.com/raycast/extensions/blob/f9e71ecbc917069142ae1817fe9bc195667cbd55/extensions/imessage-2fa/src/utils.test.ts",
    service: "usaa",
  },
  {
    text: "Call 800-531-8722 if you gave it to anyone. USAA FRAUD PREVENTION ALERT: USAA will never contact you for this code, don't share it: 123456. Reply HELP for help.",
    expected: "123456",
    lang: "en",
    source:
      "https://github.com/raycast/extensions/blob/f9e71ecbc917069142ae1817fe9bc195667cbd55/extensions/imessage-2fa/src/utils.test.ts",
    service: "usaa",
  },
  {
    text: "您的验证码是 199035，10分钟内有效，请勿泄露",
    expected: "199035",
    lang: "zh",
    source:
      "https://github.com/raycast/extensions/blob/f9e71ecbc917069142ae1817fe9bc195667cbd55/extensions/imessage-2fa/src/utils.test.ts",
  },
  {
    text: "登录验证码：627823，您正在尝试【登录】，10分钟内有效",
    expected: "627823",
    lang: "zh",
    source:
      "https://github.com/raycast/extensions/blob/f9e71ecbc917069142ae1817fe9bc195667cbd55/extensions/imessage-2fa/src/utils.test.ts",
  },
  {
    text: "【赛验】验证码 54538",
    expected: "54538",
    lang: "zh",
    source:
      "https://github.com/raycast/extensions/blob/f9e71ecbc917069142ae1817fe9bc195667cbd55/extensions/imessage-2fa/src/utils.test.ts",
  },
  {
    text: "Enter this code to log in:59678.",
    expected: "59678",
    lang: "en",
    source:
      "https://github.com/raycast/extensions/blob/f9e71ecbc917069142ae1817fe9bc195667cbd55/extensions/imessage-2fa/src/utils.test.ts",
  },
  {
    text: "G-315643 is your Google verification code",
    expected: "315643",
    lang: "en",
    source:
      "https://github.com/raycast/extensions/blob/f9e71ecbc917069142ae1817fe9bc195667cbd55/extensions/imessage-2fa/src/utils.test.ts",
    service: "google",
  },
  {
    text: "Enter the code 765432, and then click the button to log in.",
    expected: "765432",
    lang: "en",
    source:
      "https://github.com/raycast/extensions/blob/f9e71ecbc917069142ae1817fe9bc195667cbd55/extensions/imessage-2fa/src/utils.test.ts",
  },
  {
    text: "Your code is 45678!",
    expected: "45678",
    lang: "en",
    source:
      "https://github.com/raycast/extensions/blob/f9e71ecbc917069142ae1817fe9bc195667cbd55/extensions/imessage-2fa/src/utils.test.ts",
  },
  {
    text: "Your code is:98765!",
    expected: "98765",
    lang: "en",
    source:
      "https://github.com/raycast/extensions/blob/f9e71ecbc917069142ae1817fe9bc195667cbd55/extensions/imessage-2fa/src/utils.test.ts",
  },
  {
    text: "Your code is: 5WGU8G",
    expected: "5WGU8G",
    lang: "en",
    source:
      "https://github.com/raycast/extensions/blob/f9e71ecbc917069142ae1817fe9bc195667cbd55/extensions/imessage-2fa/src/utils.test.ts",
  },
  {
    text: "CWGUG8 is your code",
    expected: "CWGUG8",
    lang: "en",
    source:
      "https://github.com/raycast/extensions/blob/f9e71ecbc917069142ae1817fe9bc195667cbd55/extensions/imessage-2fa/src/utils.test.ts",
  },
  {
    text: "Chase: DON'T share. Use code 89050683. Only use this online. Code expires in 10 min. We'll NEVER call to ask for this code. Call us if you didn't request it.",
    expected: "89050683",
    lang: "en",
    source:
      "https://github.com/raycast/extensions/blob/f9e71ecbc917069142ae1817fe9bc195667cbd55/extensions/imessage-2fa/src/utils.test.ts",
    service: "chase",
  },
  {
    text: "Código de Autorização: 12345678",
    expected: "12345678",
    lang: "pt",
    source:
      "https://github.com/raycast/extensions/blob/f9e71ecbc917069142ae1817fe9bc195667cbd55/extensions/imessage-2fa/src/utils.test.ts",
  },
  {
    text: "O seu código: 12345678",
    expected: "12345678",
    lang: "pt",
    source:
      "https://github.com/raycast/extensions/blob/f9e71ecbc917069142ae1817fe9bc195667cbd55/extensions/imessage-2fa/src/utils.test.ts",
  },
  {
    text: "Codigo de Autorizacao: 87654321",
    expected: "87654321",
    lang: "pt",
    source:
      "https://github.com/raycast/extensions/blob/f9e71ecbc917069142ae1817fe9bc195667cbd55/extensions/imessage-2fa/src/utils.test.ts",
  },
  {
    text: "O seu codigo: 87654321",
    expected: "87654321",
    lang: "pt",
    source:
      "https://github.com/raycast/extensions/blob/f9e71ecbc917069142ae1817fe9bc195667cbd55/extensions/imessage-2fa/src/utils.test.ts",
  },
  {
    text: "Your Stripe verification code is: 719-839.",
    expected: "719839",
    lang: "en",
    source:
      "https://github.com/raycast/extensions/blob/f9e71ecbc917069142ae1817fe9bc195667cbd55/extensions/imessage-2fa/src/utils.test.ts",
    service: "stripe",
  },
  {
    text: "ご利用金額をご確認ください 金額：20JPY パスワード：11223344 フィッシング詐欺にご注意！ エポスカード",
    expected: "11223344",
    lang: "ja",
    source:
      "https://github.com/clins1994/extensions/blob/0ca1984e1c1b85e1e6202ba1db16523afc64e999/extensions/imessage-2fa/src/utils.test.ts",
  },
  {
    text: "One Bank Verification code: 555135\n\nReply HELP or call 1-123-444-2222 for help\nReply STOP to cancel\nMsg&Data rates may apply",
    expected: "555135",
    lang: "en",
    source:
      "https://github.com/thanegill/alfred-imessage-2fa/blob/7266a18549a4bdfa8ed22f034601f09f020c9a4b/test_messages.txt",
  },
  {
    text: "Capital One won't call you for this code. The temporary code you requested is 459174. Please use this code to complete your request.",
    expected: "459174",
    lang: "en",
    source:
      "https://github.com/thanegill/alfred-imessage-2fa/blob/7266a18549a4bdfa8ed22f034601f09f020c9a4b/test_messages.txt",
    service: "capitalone",
  },
  {
    text: "<#> Your Google verification code is 138267. abCDEFghIKL",
    expected: "138267",
    lang: "en",
    source:
      "https://github.com/thanegill/alfred-imessage-2fa/blob/7266a18549a4bdfa8ed22f034601f09f020c9a4b/test_messages.txt",
    service: "google",
  },
  {
    text: "Your confirmation code is 506880. Please enter this code on the Authentication page in the portal to verify your identity.",
    expected: "506880",
    lang: "en",
    source:
      "https://github.com/thanegill/alfred-imessage-2fa/blob/7266a18549a4bdfa8ed22f034601f09f020c9a4b/test_messages.txt",
  },
  {
    text: "From: Chase\nWe'll NEVER call you to ask for this code.\nOne-Time Code:74139255\nOnly use this online. Code expires in 10 min.",
    expected: "74139255",
    lang: "en",
    source:
      "https://github.com/thanegill/alfred-imessage-2fa/blob/7266a18549a4bdfa8ed22f034601f09f020c9a4b/test_messages.txt",
    service: "chase",
  },
  {
    text: "Chase: You're signing in with a new device.\nUse requested code 46164201 online or in our app to sign in.\nWe'll NEVER call to ask for it.",
    expected: "46164201",
    lang: "en",
    source:
      "https://github.com/thanegill/alfred-imessage-2fa/blob/7266a18549a4bdfa8ed22f034601f09f020c9a4b/test_messages.txt",
    service: "chase",
  },
  {
    text: "Chase: You're signing in with a new device.\nUse requested code 48939624 online or in our app to sign in.\nWe'll NEVER call to ask for it.",
    expected: "48939624",
    lang: "en",
    source:
      "https://github.com/thanegill/alfred-imessage-2fa/blob/7266a18549a4bdfa8ed22f034601f09f020c9a4b/test_messages.txt",
    service: "chase",
  },
  {
    text: "Your one-time passcode is 514553, valid 20 min. Reply HELP for help or STOP to cancel. Support: 1-800-554-7577. or: 1-888-849-1550",
    expected: "514553",
    lang: "en",
    source:
      "https://github.com/thanegill/alfred-imessage-2fa/blob/7266a18549a4bdfa8ed22f034601f09f020c9a4b/test_messages.txt",
  },
  {
    text: "Your verification code is 224466. Questions? Call (800) 555-0199 or 888 555 0142.",
    expected: "224466",
    lang: "en",
    source:
      "https://github.com/thanegill/alfred-imessage-2fa/blob/7266a18549a4bdfa8ed22f034601f09f020c9a4b/test_messages.txt",
  },
  {
    text: "Code 771234 to log in. Toll free: 1 (808) 555-0142",
    expected: "771234",
    lang: "en",
    source:
      "https://github.com/thanegill/alfred-imessage-2fa/blob/7266a18549a4bdfa8ed22f034601f09f020c9a4b/test_messages.txt",
  },
];
