/**
 * Held-out OTP corpus — parse-otp-message (Travis Fischer): its test suite, second half.
 *
 * Source: transitive-bullshit/parse-otp-message, test/index.js — MIT © Travis Fischer
 * (package.json: "license": "MIT"). The suite's cases in order, from where
 * parsers-parse-otp-message.ts stops. Labels as there (Google's "G-" prefix dropped).
 *
 * Texts are verbatim from the named files. Not wired into any test: this is a measuring set, kept
 * apart from the extractor's tuning corpus (test/core/otp-corpus.ts).
 */
import type { HeldOutCase } from "./types.js";

export const CASES: readonly HeldOutCase[] = [
  {
    text: "117740 ist dein Verifizierungscode für dein Sony Entertainment Network-Konto.",
    expected: "117740",
    lang: "de",
    source:
      "https://github.com/transitive-bullshit/parse-otp-message/blob/0db7327191be66334804f44e58dbd5a7ac3905e5/test/index.js",
  },
  {
    text: "Your Lyft code is 744444",
    expected: "744444",
    lang: "en",
    source:
      "https://github.com/transitive-bullshit/parse-otp-message/blob/0db7327191be66334804f44e58dbd5a7ac3905e5/test/index.js",
    service: "lyft",
  },
  {
    text: "Cash Show - 賞金クイズ の確認コードは 764972 です。",
    expected: "764972",
    lang: "ja",
    source:
      "https://github.com/transitive-bullshit/parse-otp-message/blob/0db7327191be66334804f44e58dbd5a7ac3905e5/test/index.js",
  },
  {
    text: "[SwiftCall]Your verification code: 6049",
    expected: "6049",
    lang: "en",
    source:
      "https://github.com/transitive-bullshit/parse-otp-message/blob/0db7327191be66334804f44e58dbd5a7ac3905e5/test/index.js",
  },
  {
    text: "Your Proton verification code is: 861880",
    expected: "861880",
    lang: "en",
    source:
      "https://github.com/transitive-bullshit/parse-otp-message/blob/0db7327191be66334804f44e58dbd5a7ac3905e5/test/index.js",
    service: "proton",
  },
  {
    text: "VerifyCode:736136",
    expected: "736136",
    lang: "en",
    source:
      "https://github.com/transitive-bullshit/parse-otp-message/blob/0db7327191be66334804f44e58dbd5a7ac3905e5/test/index.js",
  },
  {
    text: "WhatsApp code 507-240",
    expected: "507240",
    lang: "en",
    source:
      "https://github.com/transitive-bullshit/parse-otp-message/blob/0db7327191be66334804f44e58dbd5a7ac3905e5/test/index.js",
    service: "whatsapp",
  },
  {
    text: "[EggOne]Your verification code is: 562961, valid for 10 minutes. If you are not operating, please contact us as soon as possible.",
    expected: "562961",
    lang: "en",
    source:
      "https://github.com/transitive-bullshit/parse-otp-message/blob/0db7327191be66334804f44e58dbd5a7ac3905e5/test/index.js",
  },
  {
    text: "(Zalo) 8568 la ma kich hoat cua so dien thoai 13658014095. Vui long nhap ma nay vao ung dung Zalo de kich hoat tai khoan.",
    expected: "8568",
    lang: "vi",
    source:
      "https://github.com/transitive-bullshit/parse-otp-message/blob/0db7327191be66334804f44e58dbd5a7ac3905e5/test/index.js",
    service: "zalo",
  },
  {
    text: "You are editing the phone number information of your weibo account, the verification code is: 588397 (expire in 10 min).",
    expected: "588397",
    lang: "en",
    source:
      "https://github.com/transitive-bullshit/parse-otp-message/blob/0db7327191be66334804f44e58dbd5a7ac3905e5/test/index.js",
    service: "weibo",
  },
  {
    text: "Your CloudSigma verification code for MEL is 880936",
    expected: "880936",
    lang: "en",
    source:
      "https://github.com/transitive-bullshit/parse-otp-message/blob/0db7327191be66334804f44e58dbd5a7ac3905e5/test/index.js",
  },
  // suite: G-723210
  {
    text: "G-723210(이)가 Google 인증 코드입니다.",
    expected: "723210",
    lang: "ko",
    source:
      "https://github.com/transitive-bullshit/parse-otp-message/blob/0db7327191be66334804f44e58dbd5a7ac3905e5/test/index.js",
    service: "google",
  },
  {
    text: "You requested a secure one-time password to log in to your USCIS Account. Please enter this secure one-time password: 04352398",
    expected: "04352398",
    lang: "en",
    source:
      "https://github.com/transitive-bullshit/parse-otp-message/blob/0db7327191be66334804f44e58dbd5a7ac3905e5/test/index.js",
  },
  {
    text: "Your Stairlin verification code is 815671",
    expected: "815671",
    lang: "en",
    source:
      "https://github.com/transitive-bullshit/parse-otp-message/blob/0db7327191be66334804f44e58dbd5a7ac3905e5/test/index.js",
  },
  {
    text: "Your mCent confirmation code is: 6920",
    expected: "6920",
    lang: "en",
    source:
      "https://github.com/transitive-bullshit/parse-otp-message/blob/0db7327191be66334804f44e58dbd5a7ac3905e5/test/index.js",
  },
  {
    text: "Your Zhihu verification code is 756591.",
    expected: "756591",
    lang: "en",
    source:
      "https://github.com/transitive-bullshit/parse-otp-message/blob/0db7327191be66334804f44e58dbd5a7ac3905e5/test/index.js",
    service: "zhihu",
  },
  {
    text: "Hello! Your BuzzSumo verification code is 823 815",
    expected: "823815",
    lang: "en",
    source:
      "https://github.com/transitive-bullshit/parse-otp-message/blob/0db7327191be66334804f44e58dbd5a7ac3905e5/test/index.js",
  },
  {
    text: "WhatsApp code 569-485. You can also tap on this link to verify your phone: v.whatsapp.com/569485",
    expected: "569485",
    lang: "en",
    source:
      "https://github.com/transitive-bullshit/parse-otp-message/blob/0db7327191be66334804f44e58dbd5a7ac3905e5/test/index.js",
    service: "whatsapp",
  },
  {
    text: "Use the code (7744) on WeChat to log in to your account. Don't forward the code!",
    expected: "7744",
    lang: "en",
    source:
      "https://github.com/transitive-bullshit/parse-otp-message/blob/0db7327191be66334804f44e58dbd5a7ac3905e5/test/index.js",
    service: "wechat",
  },
  {
    text: 'Your boa code is "521992"',
    expected: "521992",
    lang: "en",
    source:
      "https://github.com/transitive-bullshit/parse-otp-message/blob/0db7327191be66334804f44e58dbd5a7ac3905e5/test/index.js",
  },
  {
    text: "Your Twilio verification code is: 9508",
    expected: "9508",
    lang: "en",
    source:
      "https://github.com/transitive-bullshit/parse-otp-message/blob/0db7327191be66334804f44e58dbd5a7ac3905e5/test/index.js",
    service: "twilio",
  },
  {
    text: "Your Twitter confirmation coce is 180298",
    expected: "180298",
    lang: "en",
    source:
      "https://github.com/transitive-bullshit/parse-otp-message/blob/0db7327191be66334804f44e58dbd5a7ac3905e5/test/index.js",
    service: "twitter",
  },
  {
    text: "Use 003407 as your password for Facebook for iPhone.",
    expected: "003407",
    lang: "en",
    source:
      "https://github.com/transitive-bullshit/parse-otp-message/blob/0db7327191be66334804f44e58dbd5a7ac3905e5/test/index.js",
    service: "facebook",
  },
  {
    text: "Reasy. Set. Get. Your new glasses are ready for pick up at LensCrafters! Stop in any time to see th enew you. Questions? 718-858-7036",
    expected: null,
    lang: "en",
    source:
      "https://github.com/transitive-bullshit/parse-otp-message/blob/0db7327191be66334804f44e58dbd5a7ac3905e5/test/index.js",
  },
  {
    text: "6635 is your Postmates verification code.",
    expected: "6635",
    lang: "en",
    source:
      "https://github.com/transitive-bullshit/parse-otp-message/blob/0db7327191be66334804f44e58dbd5a7ac3905e5/test/index.js",
    service: "postmates",
  },
  {
    text: "388-941-4444 your code is 333222",
    expected: "333222",
    lang: "en",
    source:
      "https://github.com/transitive-bullshit/parse-otp-message/blob/0db7327191be66334804f44e58dbd5a7ac3905e5/test/index.js",
  },
  {
    text: "+1-388-941-4444 your code is 333-222",
    expected: "333222",
    lang: "en",
    source:
      "https://github.com/transitive-bullshit/parse-otp-message/blob/0db7327191be66334804f44e58dbd5a7ac3905e5/test/index.js",
  },
  {
    text: "Microsoft access code: 6907",
    expected: "6907",
    lang: "en",
    source:
      "https://github.com/transitive-bullshit/parse-otp-message/blob/0db7327191be66334804f44e58dbd5a7ac3905e5/test/index.js",
    service: "microsoft",
  },
];
