/**
 * Held-out positives: real verification SMS from the Thai SMS spam filter dataset of Suphannee
 * Sivakorn (https://github.com/ssivakorn/Thai-SMS-spam-filter, data/raw_data/otp.txt, messages
 * labelled OTP, collected from public SMS-receiving sites). License: MIT.
 * The label is the code as a user would type it (spaces inside a code removed), picked by hand;
 * a "Ref"/"รหัสอ้างอิง" reference is never the code. Left out as ambiguous: Bangkok Bank messages
 * whose code is given as "SSLW - 887121" (prefix or not?) and "FOOD-1156".
 * A private person's name is replaced by a fake where marked.
 * This file: the messages in English.
 */
import type { HeldOutCase } from "./types.js";

const TH_OTP =
  "https://github.com/ssivakorn/Thai-SMS-spam-filter/blob/4c636a80a7a3b5c7d9c55867d4c35905fe676391/data/raw_data/otp.txt";

export const CASES: readonly HeldOutCase[] = [
  {
    text: "AE Your OTP Password is 557617. Valid for 5 minutes.",
    expected: "557617",
    lang: "en",
    source: TH_OTP,
  },
  {
    text: "[TikTok] 6556 is your verification code, valid for 5 minutes. To keep your account safe, never forward this code.",
    expected: "6556",
    lang: "en",
    source: TH_OTP,
    service: "tiktok",
  },
  {
    text: "Mi Account verification code: 9252. This OTP expires in 5 minutes.",
    expected: "9252",
    lang: "en",
    source: TH_OTP,
    service: "xiaomi",
  },
  { text: "Your one-time password (OTP) is 427251", expected: "427251", lang: "en", source: TH_OTP },
  {
    text: "<#> 720422 is your Grab Activation Code (GAC). It expires in 2 minutes. Do not share it with anyone.",
    expected: "720422",
    lang: "en",
    source: TH_OTP,
    service: "grab",
  },
  {
    text: "<#> Please enter 893858 into LINE within the next 30 mins.",
    expected: "893858",
    lang: "en",
    source: TH_OTP,
    service: "line",
  },
  {
    text: "Code=887179 Ref=ftaOwfi0 will expire in 5 minutes.",
    expected: "887179",
    lang: "en",
    source: TH_OTP,
  },
  {
    text: "816210 (Meitu verification code, please continue to finish the action). This is an automated message. Contact customer services if questions arise.",
    expected: "816210",
    lang: "en",
    source: TH_OTP,
  },
  {
    text: "[Binance] Verification code:389336 Do not share this code with anyone",
    expected: "389336",
    lang: "en",
    source: TH_OTP,
    service: "binance",
  },
  {
    text: "Your OTP is 9964 (REF :9085) please within 5 minutes before the password expires",
    expected: "9964",
    lang: "en",
    source: TH_OTP,
  },
  {
    text: "Your OTP for secured online payment is 964617 (Ref. Code: UWQU).For security reasons, do not disclose this OTP with anyone.",
    expected: "964617",
    lang: "en",
    source: TH_OTP,
  },
  {
    text: "<#> Account: 357632 is your Samsung account verification code. bP2ROrn3fZQ",
    expected: "357632",
    lang: "en",
    source: TH_OTP,
    service: "samsung",
  },
  {
    text: "GOMO OTP 6087. Don't reveal it. GOMO will never ask OTP from you. Beware of phishing!.",
    expected: "6087",
    lang: "en",
    source: TH_OTP,
  },
  {
    text: "G-544118 is your Google Cloud verification code.",
    expected: "544118",
    lang: "en",
    source: TH_OTP,
    service: "google",
  },
  { text: "<#>Your verification code is 1435", expected: "1435", lang: "en", source: TH_OTP },
  {
    text: "Your Crypto.com NFT verification code is: 12325354",
    expected: "12325354",
    lang: "en",
    source: TH_OTP,
  },
  {
    text: "Your Twitch verification code is: 455363",
    expected: "455363",
    lang: "en",
    source: TH_OTP,
    service: "twitch",
  },
  {
    text: "Your OTP is 871059 (Ref.  gPmqEn) expires in 3 minutes",
    expected: "871059",
    lang: "en",
    source: TH_OTP,
  },
  {
    text: "<#> 803 415 is your Instagram code SIYRxKrru1t",
    expected: "803415",
    lang: "en",
    source: TH_OTP,
    service: "instagram",
  },
  { text: "MEGA code: 158654", expected: "158654", lang: "en", source: TH_OTP },
  { text: "Telegram code: 85703", expected: "85703", lang: "en", source: TH_OTP, service: "telegram" },
  {
    text: "Your OTP is 441109 (Ref code JXGE). This password will be expired with in 5 minutes.",
    expected: "441109",
    lang: "en",
    source: TH_OTP,
  },
  {
    text: "Your OTP is 106519 (Ref: OfUn) Valid Until 2021-11-28 15:13:56",
    expected: "106519",
    lang: "en",
    source: TH_OTP,
  },
  {
    text: "WeChat verification code (8345) may only be used once to verify mobile number. For account safety, don't forward the code to others.",
    expected: "8345",
    lang: "en",
    source: TH_OTP,
    service: "wechat",
  },
  {
    text: "HOOQTV - Please use this OTP : 436609. This OTP is valid for the next 20min",
    expected: "436609",
    lang: "en",
    source: TH_OTP,
  },
  {
    text: "<miHoYo >Your verification code is: 911036 (valid for 10 minutes). Please do not share this code with anyone else.",
    expected: "911036",
    lang: "en",
    source: TH_OTP,
  },
  {
    text: "Facebook OTP 983535 is your Facebook code Laz+nzxCarLW",
    expected: "983535",
    lang: "en",
    source: TH_OTP,
    service: "facebook",
  },
  {
    text: "Microsoft Use verification code 981738 for Microsoft authemotication",
    expected: "981738",
    lang: "en",
    source: TH_OTP,
    service: "microsoft",
  },
  { text: "Bevfood 410968 is your Bevfood OTP Code.", expected: "410968", lang: "en", source: TH_OTP },
  {
    text: "Your Twitch security code is 5613252",
    expected: "5613252",
    lang: "en",
    source: TH_OTP,
    service: "twitch",
  },
  { text: "Register code: 1029. Valid for 5 minutes", expected: "1029", lang: "en", source: TH_OTP },
  {
    text: "Use verification code 535194 for Microsoft authentication.",
    expected: "535194",
    lang: "en",
    source: TH_OTP,
    service: "microsoft",
  },
  { text: "Your OTP is 277426 Please verify in 5 minutes", expected: "277426", lang: "en", source: TH_OTP },
  { text: "Your pin is 142862", expected: "142862", lang: "en", source: TH_OTP },
  { text: "your OTP steam is 7J15I ", expected: "7J15I", lang: "en", source: TH_OTP, service: "steam" },
  { text: "Ubisoft Account Security Code: 352001", expected: "352001", lang: "en", source: TH_OTP },
  {
    text: "RIOT Login Code Here is your login approval code:938429",
    expected: "938429",
    lang: "en",
    source: TH_OTP,
  },
  { text: "GOMO OTP 1636", expected: "1636", lang: "en", source: TH_OTP },
  {
    text: "<Binance>Verification code : 532914",
    expected: "532914",
    lang: "en",
    source: TH_OTP,
    service: "binance",
  },
  { text: "Bitkub-OTP is 450667", expected: "450667", lang: "en", source: TH_OTP },
  { text: "your Discord OTP is 802582", expected: "802582", lang: "en", source: TH_OTP, service: "discord" },
  { text: "Kerry Express OTP : 534762 (Ref. UZP2)", expected: "534762", lang: "en", source: TH_OTP },
  { text: "Line Taobin OTP : 775076 (REF=EJSS)", expected: "775076", lang: "en", source: TH_OTP },
  {
    text: "The SMS-OTP is 821344 (S0E6). Bitkub staff will never ask you for this OTP.",
    expected: "821344",
    lang: "en",
    source: TH_OTP,
  },
  {
    text: "Use 435 169 to verify your Instagram account",
    expected: "435169",
    lang: "en",
    source: TH_OTP,
    service: "instagram",
  },
  { text: "Please enter 147389 into LINE", expected: "147389", lang: "en", source: TH_OTP, service: "line" },
  { text: "<#> whoscall code: 3482 3bp2jUDyJqO", expected: "3482", lang: "en", source: TH_OTP },
  {
    text: 'OTP = 797108 [Ref :CC0D] to login "ThungNgern Application" within 3 min.',
    expected: "797108",
    lang: "en",
    source: TH_OTP,
  },
  {
    text: "[Binance] Verification code: 699020. If this was not you, please inform Support. Beware of scam calls and SMS phishing. Verify sources with Binance Verify.",
    expected: "699020",
    lang: "en",
    source: TH_OTP,
    service: "binance",
  },
  { text: "233036 is your BevFood OTP Code.(Ref:WZfa)", expected: "233036", lang: "en", source: TH_OTP },
  {
    text: "[miHoYo]Your verification code is: 057368 (valid for 10 minutes). Please do not share this code with anyone else.",
    expected: "057368",
    lang: "en",
    source: TH_OTP,
  },
];
