/**
 * Held-out OTP corpus — SAP Customer Data Cloud (Gigya) default SMS templates, filled.
 *
 * Source: SAP/sap-customer-data-cloud-toolkit, cypress/e2e/dataTest.js, the mocked
 * `accounts.sms.templates.get` response `mockedGetSmsConfigsResponse` (the console's stock
 * one-time-code templates, `templates.otp.globalTemplates` and `templates.tfa.globalTemplates`).
 * License: Apache-2.0 (`.reuse/dep5` at 2b21a7a5db5fdd4f06c7ac7dd537507740fa3d47: "Files: *",
 * "License: Apache-2.0"; © 2023 SAP SE or an SAP affiliate company and
 * sap-customer-data-cloud-toolkit contributors). Not pinned: the block was read from a stored
 * version of dataTest.js (96,569 characters) that the index served without its commit; the two
 * newer versions it gave with commits (003a5502…, 7fe41880…) were not searched through for it.
 *
 * Every text is a filled template: `{{code}}` replaced by a 6-digit code chosen here (the label),
 * every other character verbatim, including the template's own quirks (no space after the colon in
 * the `tfa` set and in Arabic, the Hebrew code placed first, the ASCII "0" inside the Kannada word
 * ಏನೆ0ದರೆ). The template's language key is not always the text's language: key `br` is Bulgarian,
 * the `otp` set's `hr` is Czech; `lang` follows the text.
 *
 * Taken: every `otp` template except `en` (English is well covered) and the duplicates (`pt-br` =
 * `pt`); from the `tfa` set only the texts that differ from the `otp` set in more than spacing (`nl`,
 * `hr` Croatian, `fa`, `no`). Skipped: `tfa` near-duplicates, `yyef` (= `zh-hk`).
 *
 * Not wired into any test: this is a measuring set, kept apart from the extractor's tuning corpus
 * (test/core/otp-corpus.ts).
 */
import type { HeldOutCase } from "./types.js";

const SOURCE = "https://github.com/SAP/sap-customer-data-cloud-toolkit/blob/main/cypress/e2e/dataTest.js";

export const CASES: readonly HeldOutCase[] = [
  // filled template (otp.nl)
  { text: "Uw verificatiecode is: 418273", expected: "418273", lang: "nl", source: SOURCE },
  // filled template (otp.it)
  { text: "Il tuo codice di verifica è: 950316", expected: "950316", lang: "it", source: SOURCE },
  // filled template (otp.es)
  { text: "El código de verificación es: 274901", expected: "274901", lang: "es", source: SOURCE },
  // filled template (otp.ar)
  { text: "رمز التحقق الخاص بك هو:638152", expected: "638152", lang: "ar", source: SOURCE },
  // filled template (otp.br)
  { text: "Вашият код за потвърждение е: 091847", expected: "091847", lang: "bg", source: SOURCE },
  // filled template (otp.ca)
  { text: "El teu codi de verificació és: 563920", expected: "563920", lang: "ca", source: SOURCE },
  // filled template (otp.zh-hk)
  { text: "你既驗證碼係: 782405", expected: "782405", lang: "zh", source: SOURCE },
  // filled template (otp.zh-tw)
  { text: "您的驗証碼是: 316678", expected: "316678", lang: "zh", source: SOURCE },
  // filled template (otp.zh-cn)
  { text: "您的验证码是： 804531", expected: "804531", lang: "zh", source: SOURCE },
  // filled template (otp.hr)
  { text: "Váš ověřovací kód je: 127390", expected: "127390", lang: "cs", source: SOURCE },
  // filled template (otp.da)
  { text: "Din bekræftelseskode er: 459062", expected: "459062", lang: "da", source: SOURCE },
  // filled template (otp.fi)
  { text: "Vahvistuskoodisi on: 360718", expected: "360718", lang: "fi", source: SOURCE },
  // filled template (otp.fr)
  { text: "Votre code de vérification est: 702843", expected: "702843", lang: "fr", source: SOURCE },
  // filled template (otp.de)
  { text: "Ihr Bestätigungscode lautet: 185527", expected: "185527", lang: "de", source: SOURCE },
  // filled template (otp.el)
  { text: "Ο κωδικός επαλήθευσής σας είναι: 943016", expected: "943016", lang: "el", source: SOURCE },
  // filled template (otp.he)
  { text: "026491 :קוד האישור שלך הוא", expected: "026491", lang: "he", source: SOURCE },
  // filled template (otp.hi)
  { text: "आपका सत्यापन कोड यह है: 531874", expected: "531874", lang: "hi", source: SOURCE },
  // filled template (otp.hu)
  { text: "A megerősítő kódod: 679205", expected: "679205", lang: "hu", source: SOURCE },
  // filled template (otp.id)
  { text: "Kode verifikasi Anda adalah: 248163", expected: "248163", lang: "id", source: SOURCE },
  // filled template (otp.ja)
  { text: "確認コードは次のとおりです: 817350", expected: "817350", lang: "ja", source: SOURCE },
  // filled template (otp.kn)
  { text: "ನಿಮ್ಮ ಸರಿಯಾದ ಕೋಡ್ ಏನೆ0ದರೆ: 395028", expected: "395028", lang: "kn", source: SOURCE },
  // filled template (otp.mr)
  { text: "तुमच्या सत्यापन कोड हा आहे: 660419", expected: "660419", lang: "mr", source: SOURCE },
  // filled template (otp.ko)
  { text: "당신의 인증번호는: 472986", expected: "472986", lang: "ko", source: SOURCE },
  // filled template (otp.ms)
  { text: "Kod pengesahan anda ialah: 583107", expected: "583107", lang: "ms", source: SOURCE },
  // filled template (otp.pl)
  { text: "Twój kod weryfikacyjny to: 904752", expected: "904752", lang: "pl", source: SOURCE },
  // filled template (otp.pt)
  { text: "O seu código de verificação é: 137609", expected: "137609", lang: "pt", source: SOURCE },
  // filled template (otp.ro)
  { text: "Codul dvs. de verificare este: 826354", expected: "826354", lang: "ro", source: SOURCE },
  // filled template (otp.ru)
  { text: "Ваш код подтверждения: 051938", expected: "051938", lang: "ru", source: SOURCE },
  // filled template (otp.sr)
  { text: "Ваш верификациони код је: 749281", expected: "749281", lang: "sr", source: SOURCE },
  // filled template (otp.sk)
  { text: "Váš overovací kód je: 218546", expected: "218546", lang: "sk", source: SOURCE },
  // filled template (otp.sl)
  { text: "Vaša koda za potrditev je: 367095", expected: "367095", lang: "sl", source: SOURCE },
  // filled template (otp.es-mx)
  { text: "Su código de verificación es: 590432", expected: "590432", lang: "es", source: SOURCE },
  // filled template (otp.sv)
  { text: "Din verifieringskod är: 423871", expected: "423871", lang: "sv", source: SOURCE },
  // filled template (otp.tl)
  { text: "Ang iyong verification code ay: 186204", expected: "186204", lang: "tl", source: SOURCE },
  // filled template (otp.th)
  { text: "รหัสยืนยันของคุณคือ: 754319", expected: "754319", lang: "th", source: SOURCE },
  // filled template (otp.tr)
  { text: "Onay kodunuz: 302687", expected: "302687", lang: "tr", source: SOURCE },
  // filled template (otp.uk)
  { text: "Ваш код підтвердження: 618940", expected: "618940", lang: "uk", source: SOURCE },
  // filled template (otp.vi)
  { text: "Mã xác minh của bạn là: 497153", expected: "497153", lang: "vi", source: SOURCE },
  // filled template (tfa.nl)
  { text: "Je bevestigingscode is:835216", expected: "835216", lang: "nl", source: SOURCE },
  // filled template (tfa.hr)
  { text: "Vaš verifikacijski kod je:264708", expected: "264708", lang: "hr", source: SOURCE },
  // filled template (tfa.fa)
  { text: "کد تایید شما عبارت است از:519374", expected: "519374", lang: "fa", source: SOURCE },
  // filled template (tfa.no)
  { text: "Verifiseringskoden din er:073625", expected: "073625", lang: "no", source: SOURCE },
];
