/**
 * The OTP corpus: real-world verification texts (and texts that must give no code) in many languages,
 * shared by the extractor's tests and its benchmark.
 */
export interface OtpCase {
  text: string;
  expected: string | null;
  service?: string;
}

/** Modelled on real verification texts, grouped by language. */
export const POSITIVE: readonly OtpCase[] = [
  // --- English ---------------------------------------------------------------------------------------
  { text: "Your code is 558-213", expected: "558213" },
  { text: "Your Uber code is 0183. Never share this code.", expected: "0183" },
  { text: "Your Tinder code is 417097 Don’t share @tinder.com #417097", expected: "417097" },
  { text: "Your code is 432901", expected: "432901" },
  { text: "Your verification code is 483920.", expected: "483920" },
  { text: "G-123456 is your Google verification code.", expected: "123456" },
  {
    text: "Your WhatsApp code: 123-456\n\nYou can also tap on this link to verify your phone: v.whatsapp.com/123456\n\nDon't share this code with others",
    expected: "123456",
  },
  {
    text: "Telegram code: 12345\n\nDo not give this code to anyone, even if they say they are from Telegram!",
    expected: "12345",
  },
  { text: "Your code is 123456.\n\n@example.com #123456", expected: "123456" },
  {
    text: "Your Apple ID Code is: 784512. Don't share it with anyone.\n\n@apple.com #784512 %apple.com",
    expected: "784512",
  },
  { text: "<#> Your Facebook code is 48213 laUbs3h0rQ", expected: "48213" },
  { text: "FB-12345 is your Facebook confirmation code", expected: "12345" },
  { text: "123456 is your Instagram code. Don't share it.", expected: "123456" },
  {
    text: "TikTok: 482 913 is your verification code, valid for 5 minutes. Don't share it with others.",
    expected: "482913",
  },
  { text: "Your Discord verification code is: 902114", expected: "902114" },
  { text: "739201 is your Amazon OTP. Do not share it with anyone.", expected: "739201" },
  {
    text: "PayPal: Your security code is: 556677. Your code expires in 10 minutes. Please don't reply.",
    expected: "556677",
  },
  { text: "Use 3216549 as Microsoft account security code", expected: "3216549" },
  { text: "Steam Guard code: F7K2Q", expected: "F7K2Q" },
  { text: "Your sign-in code: A7K2QX", expected: "A7K2QX" },
  {
    text: "Chase: Your one-time code is 90817263. Don't share it. We'll never call to ask for it.",
    expected: "90817263",
  },
  { text: "Revolut: 12 34 56 is your verification code", expected: "123456" },
  {
    text: "Bank of America: Transaction of $250.00 at AMAZON requires approval. Your code is 551204.",
    expected: "551204",
  },
  { text: "Your Snapchat code is 384 921. Happy Snapping!", expected: "384921" },
  { text: "Use 4821 to verify your Lyft account.", expected: "4821" },
  {
    text: "Coinbase: 627481 is your verification code. Don't share this code with anyone; our employees will never ask for the code.",
    expected: "627481",
  },
  { text: "Signal: Your code: 382-194 Do not share this code", expected: "382194" },
  { text: "Enter 482913 to sign in to Zoom.", expected: "482913" },
  { text: "G-784213", expected: "784213", service: "google" },
  { text: "G-784213 (Google)", expected: "784213" },
  { text: "Your Uber code: 5521. Reply STOP ubr.to/stop to unsubscribe.", expected: "5521" },
  { text: "Your X verification code is 582071.", expected: "582071" },
  { text: "Viber code: 4471", expected: "4471" },
  { text: "Your code is 12-34-56", expected: "123456" },
  { text: "Your verification code is 482 913 (valid 10 min)", expected: "482913" },
  {
    text: "Your Wise code is 482913. Never share it, not even with Wise. Didn't ask for it? Call us on +44 20 3695 0999",
    expected: "482913",
  },
  {
    text: "OTP for txn of INR 1500.00 at AMAZON on card XX4821 is 482913. Valid for 3 mins.",
    expected: "482913",
  },
  {
    text: "482913 is your one time password for txn of Rs. 1,500.00 on HDFC Bank card ending 4821",
    expected: "482913",
  },
  // --- Spanish ---------------------------------------------------------------------------------------
  { text: "Tu código de WhatsApp: 480-219\n\nNo compartas este código con nadie", expected: "480219" },
  { text: "Tu código de verificación de TikTok es 771204. Caduca en 5 minutos.", expected: "771204" },
  { text: "615243 es tu código de verificación de Instagram.", expected: "615243" },
  { text: "BBVA: Clave de operación 4821 para confirmar tu compra de 25,99 EUR.", expected: "4821" },
  { text: "Mercado Pago: tu código de seguridad es 552190. No lo compartas.", expected: "552190" },
  // --- Portuguese ------------------------------------------------------------------------------------
  { text: "Seu código do Nubank é 482913. Não compartilhe com ninguém.", expected: "482913" },
  { text: "O seu código de verificação do Google é G-583920", expected: "583920" },
  { text: "Código de confirmação iFood: 4521", expected: "4521" },
  // --- Italian ---------------------------------------------------------------------------------------
  { text: "Il tuo codice di verifica Microsoft è: 903812", expected: "903812" },
  { text: "Codice di sicurezza Poste: 554433. Non comunicarlo a nessuno.", expected: "554433" },
  { text: "Codice di accesso Telegram: 61432", expected: "61432" },
  { text: "Vodafone: Il codice è 48213 ed è valido per 15 minuti", expected: "48213" },
  // --- German ----------------------------------------------------------------------------------------
  { text: "Dein Bestätigungscode für Discord lautet 482193.", expected: "482193" },
  { text: "Ihr Sicherheitscode lautet 7731. Geben Sie ihn nicht weiter.", expected: "7731" },
  { text: "Ihre mTAN für die Überweisung von 1.250,00 EUR lautet 834512", expected: "834512" },
  { text: "Dein WhatsApp-Code: 482-913", expected: "482913" },
  // --- French ----------------------------------------------------------------------------------------
  { text: "Votre code de vérification est 732901.", expected: "732901" },
  { text: "Votre code Leboncoin : 4921. Ne le partagez avec personne.", expected: "4921" },
  { text: "482913 est votre code de confirmation Instagram", expected: "482913" },
  // --- Russian / Ukrainian ---------------------------------------------------------------------------
  { text: "Ваш код: 4821", expected: "4821" },
  { text: "Код подтверждения: 562901. Никому не сообщайте его.", expected: "562901" },
  { text: "Никому не говорите код 34512 для входа в Telegram", expected: "34512" },
  {
    text: "Пароль для подтверждения покупки на сумму 1500 руб.: 77315. Никому его не сообщайте.",
    expected: "77315",
  },
  { text: "VK: 482913 — код подтверждения", expected: "482913" },
  { text: "Ваш код підтвердження: 5521", expected: "5521" },
  // --- Polish ----------------------------------------------------------------------------------------
  { text: "Twój kod weryfikacyjny to 582013", expected: "582013" },
  {
    text: "Kod SMS do transakcji nr 3 z dnia 07.06.2026: 48213901, kwota: 100,00 PLN",
    expected: "48213901",
  },
  { text: "Kod BLIK: 731 942. Nie podawaj go nikomu.", expected: "731942" },
  // --- Turkish ---------------------------------------------------------------------------------------
  { text: "Doğrulama kodunuz: 482913. Bu kodu kimseyle paylaşmayın.", expected: "482913" },
  { text: "Getir giriş şifreniz 5521'dir.", expected: "5521" },
  // --- Indonesian ------------------------------------------------------------------------------------
  { text: "Kode OTP Anda: 482913. JANGAN BERIKAN kode ini kepada siapa pun.", expected: "482913" },
  { text: "<#> Kode verifikasi Gojek kamu 4821. Jangan kasih kode ini ke siapa pun.", expected: "4821" },
  {
    text: "JANGAN MEMBERITAHUKAN KODE INI KE SIAPAPUN termasuk pihak Shopee. KODE OTP: 772819",
    expected: "772819",
  },
  // --- Chinese ---------------------------------------------------------------------------------------
  { text: "【Tencent】验证码：384712，5分钟内有效。请勿泄露给他人。", expected: "384712" },
  { text: "【淘宝】您的验证码是482913，请在10分钟内完成验证。", expected: "482913" },
  { text: "【支付宝】校验码 6621，您正在进行支付操作，切勿告诉他人。", expected: "6621" },
  { text: "您的驗證碼為 839201，請勿告知他人。", expected: "839201" },
  { text: "您的验证码为：482913（10分钟内有效）", expected: "482913" },
  // --- Japanese --------------------------------------------------------------------------------------
  { text: "【LINE】認証番号：4821\nこの番号をLINEの画面で入力してください。", expected: "4821" },
  {
    text: "Amazon: 確認コードは 302918 です。このコードを誰にも教えないでください。",
    expected: "302918",
  },
  { text: "認証コード：１２３４５６", expected: "123456" },
  // --- Korean ----------------------------------------------------------------------------------------
  { text: "[Web발신]\n[카카오톡] 인증번호 [482913]를 입력하세요.", expected: "482913" },
  { text: "[네이버] 인증번호 4821 타인에게 절대 알려주지 마세요", expected: "4821" },
  { text: "[카카오] 인증번호는 482913 입니다.", expected: "482913" },
  // --- Arabic ----------------------------------------------------------------------------------------
  { text: "رمز التحقق الخاص بك هو 482913", expected: "482913" },
  { text: "رمز واتساب الخاص بك: 123-456\nلا تشارك هذا الرمز", expected: "123456" },
  { text: "رمز التحقق: ٤٨٢٩١٣", expected: "482913" },
  // --- Vietnamese, Dutch, Greek ----------------------------------------------------------------------
  { text: "Mã xác thực Zalo của bạn là 4821", expected: "4821" },
  { text: "Je verificatiecode is 649302", expected: "649302" },
  { text: "Ο κωδικός σας είναι 7310", expected: "7310" },
  // --- Shapes read only with a tight label -------------------------------------------------------------
  { text: "Your PIN: 417", expected: "417" },
  { text: "Enter code 392 at the kiosk.", expected: "392" },
  { text: "Verification code: 4829301754", expected: "4829301754" },
  { text: "Your one-time code is 482930175", expected: "482930175" },
  { text: "K7PQ2X is your Lyft code", expected: "K7PQ2X" },
  { text: "ZX81QP est votre code de vérification.", expected: "ZX81QP" },
  { text: "Security passcode: qwtrzx", expected: "qwtrzx" },
  { text: "Your login code:\nHBKTRWZQ", expected: "HBKTRWZQ" },
  // --- Labels that are the end of a compound, or a phrase -----------------------------------------------
  { text: "Vahvistuskoodisi on 482913", expected: "482913" },
  { text: "Din bekræftelseskode er 771204", expected: "771204" },
  { text: "Din engångskod: 5521", expected: "5521" },
  { text: "Ihr Einmalpasswort lautet 482913", expected: "482913" },
  { text: "Kertakäyttöinen salasana: 903317", expected: "903317" },
  // --- Labels typed without diacritics, or with a typo ------------------------------------------------
  { text: "Vasha parol: 482913", expected: "482913" },
  { text: "(Tiki) 4412 la ma xac nhan cua ban. Khong chia se ma nay.", expected: "4412" },
  { text: "Ma OTP cua quy khach la 738291", expected: "738291" },
  { text: "Your Instagram confirmation cdoe is 551207", expected: "551207" },
  // --- Scripts and variants: Kannada, Bengali, Chinese written with 証 ------------------------------------
  { text: "ನಿಮ್ಮ ಪರಿಶೀಲನಾ ಕೋಡ್: 604512", expected: "604512" },
  { text: "আপনার কোড 771023", expected: "771023" },
  { text: "您的驗証碼為 550213，請勿洩露。", expected: "550213" },
  // --- A sender's tag, a word naming the number before its own label, retriever and context words -------
  { text: "【顺丰】验证码：730215，5分钟内有效。顺丰用户请勿转发。", expected: "730215" },
  { text: "【52033】您的验证码是 884120。", expected: "884120" },
  { text: "ID: 551902 is your Acme sign-in code.", expected: "551902" },
  { text: "<#> Type 664102 into Wallet to continue. kX9pQ2mN7aB", expected: "664102" },
  { text: "Ihr Zugang 480213 ist 10 Minuten gültig.", expected: "480213" },
  { text: "รหัสยืนยัน Line ของคุณคือ QW7PZ", expected: "QW7PZ" },
  { text: "PayPal: 551903 คือรหัสความปลอดภัยของคุณ อย่าแชร์รหัสนี้", expected: "551903" },
  // --- Another number, a phone number or a warning word near the code ---------------------------------
  { text: "Para la tarjeta 4821 la clave es: 9921", expected: "9921" },
  { text: "Tu número de cliente 48213 es tu código de acceso 9921", expected: "9921" },
  { text: "OTP sent to 9876543210 is 482913", expected: "482913" },
  { text: "Your OTP is: 482913.\nThis OTP is secret", expected: "482913" },
  // --- A code in an app link and in plain text: the link is not read, the text is ------------------
  {
    text: "Complete your registration: myapp://verify/55-123-456/904512 or type 904512 in the app.",
    expected: "904512",
  },
];

export const NEGATIVE: readonly OtpCase[] = [
  // Amounts
  { text: "You paid $12.40 at Starbucks. Thank you!", expected: null },
  { text: "Your balance is 100 EUR.", expected: null },
  { text: "Payment of 1,000.00 USD received.", expected: null },
  { text: "Pembayaran Rp 150000 berhasil.", expected: null },
  { text: "Saldo: 1500,00 zł", expected: null },
  { text: "تم خصم 1500 ريال من بطاقتك", expected: null },
  // Dates and times
  { text: "Your appointment is on 2026-06-07 at 18:03.", expected: null },
  { text: "Meeting moved to 07/06/2026.", expected: null },
  { text: "Termin am 7.6.2026 um 18:03 Uhr bestätigt.", expected: null },
  { text: "Server time 18:03:11 UTC", expected: null },
  { text: "2026年6月7日に予約が確定しました。", expected: null },
  // Years
  { text: "Happy New Year 2026! 🎉", expected: null },
  { text: "Serving customers since 1998. Visit us today!", expected: null },
  // Phone numbers
  { text: "Call us at +1 212 555 0199 for support.", expected: null },
  { text: "Questions? Call (332) 555-0184.", expected: null },
  { text: "Hotline: 0800 123 4567", expected: null },
  // Order, reference, invoice and account numbers
  { text: "Order #48213 has shipped.", expected: null },
  { text: "Your ref 99231 is being processed.", expected: null },
  { text: "Invoice 123456 is due on 07/06/2026.", expected: null },
  { text: "Payment received on account ending 4821.", expected: null },
  { text: "Your Amazon order 112-4829311-2937465 has shipped.", expected: null },
  { text: "Tu pedido 48213 ha sido enviado.", expected: null },
  { text: "Ваш заказ №48213 доставлен.", expected: null },
  { text: "您的订单 482139 已发货。", expected: null },
  { text: "Il tuo ordine 48213 è stato spedito.", expected: null },
  { text: "Votre commande n° 48213 a été expédiée.", expected: null },
  { text: "Ihre Rechnung 123456 ist fällig am 07.06.2026.", expected: null },
  { text: "Siparişiniz 48213 kargoya verildi.", expected: null },
  { text: "Hi, your table for 4 is booked for 19:30 on 07/06. Booking ref 48213", expected: null },
  { text: "주문번호 48213 배송이 시작되었습니다", expected: null },
  // Marketing, percentages and texts without a code
  { text: "Get 50% off everything this weekend!", expected: null },
  { text: "Flash sale! 5000 items at 70% off", expected: null },
  { text: "Use promo code SUMMER25 for 25% off your next ride.", expected: null },
  { text: "Use code WELCOME10 for 10% off your first order", expected: null },
  { text: "Your verification code has expired. Please request a new one.", expected: null },
  { text: "Your code is valid for 10 minutes.", expected: null },
  // Codes of promotions, prizes and bills, and a flight number
  { text: "Congratulations! Claim code XR4471 wins you a cruise. Call 09061234567 now", expected: null },
  { text: "Your prize is waiting. Claim 7731 before midnight, valid today only", expected: null },
  { text: "สมาชิกรับส่วนลด 10% ที่ร้านหนังสือ รหัส48213907", expected: null },
  { text: "แจ้งค่าบริการรหัส551203771 กรุณาชำระก่อน 05/01", expected: null },
  { text: "Boarding pass: TG-4412 departs 18:05 from gate C4", expected: null },
  // Tightly labelled shapes that are still not codes
  { text: "Your code: below", expected: null },
  { text: "Your confirmation code:\npending", expected: null },
  { text: "Error code 404: page not found", expected: null },
  { text: "Use code SPRING250 at checkout", expected: null },
  { text: "Your account number is 4829301754", expected: null },
  { text: "Open it in vscode 1905 and run the tests", expected: null },
  { text: "Reply with your postcode 1012 to confirm the delivery", expected: null },
  // Status words where a letters-only code would stand, and words naming a number as something else
  { text: "Your verification is complete", expected: null },
  { text: "Your PIN is blocked", expected: null },
  { text: "Your activation code is CANCELLED", expected: null },
  { text: "Your card ending 4821 is verified", expected: null },
  { text: "Your order 48213 is pending verification", expected: null },
  { text: "Reference code: 4829301754", expected: null },
  { text: "Your DHL tracking code: 1234567890", expected: null },
  { text: "Booking code: KXPQRT", expected: null },
  { text: "Order code 123 shipped", expected: null },
  { text: "Code sent to 9876543210", expected: null },
  { text: "Twoja szkoda 4821903 została zarejestrowana", expected: null },
  { text: "Brug rabatkode: SOMMER", expected: null },
  { text: "Get $5 off with code TAKE5", expected: null },
  { text: "คุณได้รับเงิน 5000 บาท ตรวจสอบยอดได้ที่แอป", expected: null },
  { text: "Thanks for registering! Your member ID is 48213290", expected: null },
  // Ambiguous: two equally plausible codes
  { text: "Use 4821 or 7733 to log in.", expected: null },
  { text: "Your code is 123456 and your PIN is 4321", expected: null },
];
