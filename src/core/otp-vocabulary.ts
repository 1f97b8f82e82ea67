/**
 * The vocabulary and patterns `extractCode` judges candidates by: code keywords in many languages, the
 * words that mark a number as something else (order, amount, account), and the shapes of links, amounts
 * and quantities. Kept apart from the logic so each language's words stay readable and easy to extend.
 */
// Vocabulary. Built from lists so each language stays readable; all regexes run with the `u` flag.

const LATIN = "\\p{Script=Latin}";
const CYRILLIC = "\\p{Script=Cyrillic}";

/** Latin words that must stand alone: "pin" must not fire inside "shipping", "tan" inside "Titan". */
const LATIN_KEYWORDS = [
  "otp",
  "pin",
  "m?tan",
  "smstan",
  "pushtan",
  "token",
  "passwor[dt]",
  "senha",
  "contrase[nñ]a",
  "clave",
  "parol\\p{L}*", // parola (it, tr, ro), parol (ru typed in Latin letters)
  "salasana\\p{L}*",
  "tunnusluku\\p{L}*",
  "has[lł]o",
  "[sş][iİı]fre\\p{L}*",
  "sandi",
  "mã",
  "k[oó]{1,2}d\\p{L}*", // kod, kodu, kodunuz, kode, kód, koodi
  "v[eé]rif\\p{L}*", // verification, verificación, verificação, verifica, vérification, verifikasi
  "weryfik\\p{L}*",
  "do[gğ]rulama",
  "best[aä]tigung\\p{L}*",
  "xác (?:thực|minh)",
  // Vietnamese typed without diacritics: "ma kich hoat" (activation code), "ma xac nhan" (confirmation code).
  "ma (?:kich hoat|xac (?:nhan|thuc|minh)|otp|bao mat|dang nhap)",
  // Label typos seen in real senders' texts.
  "coce|cdoe|ocde",
];

export const POSITIVE_KEYWORDS = new RegExp(
  [
    // "code" and its Romance forms, with no left boundary so compounds count: passcode,
    // Bestätigungscode, Sicherheitscode, WhatsApp-Code.
    "c[oó]d(?:e|igo|ice|ul)",
    // The same at the end of a Nordic or German compound: "bekræftelseskode", "vahvistuskoodi",
    // "engångskod", "Einmalpasswort".
    `(?<!de|za)(?:kode(?:n|ne|r|rne|ns)?|koodi(?:n|a|si|lla|ssa|nne)?|kod(?:en|er|erna|ens)?|passwor[dt])(?!${LATIN})`,
    `(?<!${LATIN})(?:${LATIN_KEYWORDS.join("|")})(?!${LATIN})`,
    // Left boundary keeps "промокод" (a promo code) out.
    `(?<!${CYRILLIC})(?:код|парол|пин)${CYRILLIC}*`,
    "κωδικ\\p{L}*",
    "رمز|كود|تحقق|كلمة (?:المرور|السر)|کد|קוד|รหัส|कोड|ओटीपी",
    // Indic scripts' loanword for "code": Bengali, Gujarati, Tamil, Telugu, Kannada, Malayalam.
    "কোড|કોડ|குறியீடு|கோட்|కోడ్|ಕೋಡ್|കോഡ്",
    "验证|驗證|驗証|验証|校验|校驗|动态码|動態碼|认证|認證|确认码|確認碼|密码|密碼|口令",
    "認証|暗証番号|コード|クード|パスワード|인증|코드|비밀번호",
  ].join("|"),
  "giu",
);

/** Words that name a number as something else: an order, a reference, an account, a phone, a sum. */
const NEGATIVE_LATIN = [
  "orders?",
  "ord",
  "refs?",
  "reference",
  "invoice",
  "inv",
  "account",
  "acct",
  "card",
  "ending",
  "ends",
  "tracking",
  "ticket",
  "booking",
  "reservation",
  "transaction",
  "txn",
  "n[º°]",
  "pedido",
  "factura",
  "fattura",
  "ordine",
  "bestellung",
  "bestellnummer",
  "rechnung",
  "kundennummer",
  "konto",
  "commande",
  "facture",
  "compte",
  "zam[oó]wieni[ae]",
  "faktura",
  "karta",
  "karte",
  "carta",
  "tarjeta",
  "cart[aã]o",
  "sipari[sş]\\p{L}*",
  "fatura",
  "pesanan",
  "tagihan",
  "rekening",
  "kartu",
  "call",
  "tel",
  "t[eé]l[eé]phone",
  "fax",
  "hotline",
  "helpline",
  "since",
  "desde",
  "seit",
  "depuis",
  "flight",
  "seat",
  "room",
  "balance",
  "saldo",
  "total",
  "amount",
  "monto",
  "importe",
  "importo",
  "betrag",
  "montant",
  "kwota",
  "tutar",
  "jumlah",
  "claim",
  "customer",
  "member",
  "client",
  "cliente",
];

export const NEGATIVE_KEYWORDS = new RegExp(
  [
    // Promotional codes are not one-time codes. These phrases contain the word "code", and a positive
    // hit that overlaps a negative one is dropped, so "promo code" labels nothing.
    `(?<!${LATIN})(?:promo|coupon|discount|voucher|referral|invite|invitation|zip|postal|post|bar|qr|area|country|dress|error|source|claim|identifier|bonus|prize|reward|member|customer|pickup|pick-up|gift|rabat|alennus|kampanja|kampanj|kampagne|slevov\\p{L}*|seguimiento|recogida|order|booking|reservation|tracking|reference|ticket|room|status|table|rabatt|gutschein|indirim|promosyon|kupon|diskon)[ -]?(?:code|k[oó]d|kodu|kode|koodi)\\p{L}*`,
    // A code word inside a longer name: "vscode", "Xcode", "Unicode", "QRcode", an SMS "shortcode".
    `(?<!${LATIN})(?:vs|x|uni|qr|bar|post|zip|geo|op|short|source|dress)code\\p{L}*`,
    "c[oó]d(?:igo|ice|e) (?:promo\\p{L}*|sconto|descuento|de (?:descuento|desconto|promo\\p{L}*))",
    "промокод\\p{L}*|优惠码|優惠碼|クーポン|쿠폰|كود خصم|ส่วนลด|ค่าบริการ",
    // Vietnamese "ma GD": a transaction's code, not a one-time one.
    `(?<!${LATIN})m[aã] (?:gd|giao d[iị]ch)(?!${LATIN})`,
    // "no." and "nr." only with their dot: a bare "no" is far too common ("no spaces", "no compartas").
    `(?<!${LATIN})(?:no|nr)\\.`,
    `(?<!${LATIN})(?:${NEGATIVE_LATIN.join("|")})(?!${LATIN})`,
    `(?<!${CYRILLIC})(?:заказ|сч[её]т|карт|сумм|баланс|телефон|звон)${CYRILLIC}*`,
    "№|订单|訂單|注文|주문|金额|金額|余额|餘額|尾号|尾號|账户|帳戶|口座|계좌|카드|电话|電話|전화",
    "طلب|فاتورة|بطاقة|مبلغ|رصيد|اتصل",
  ].join("|"),
  "giu",
);

/**
 * What may stand between a negative word and the number it names ("Order #48213", "ref. 99231",
 * "account ending in 4821", "주문번호 48213"). A negative word further away says nothing: in
 * "Your order confirmation code is 4821" the number is the code.
 */
export const NEGATIVE_FILLER = new RegExp(
  `^(?:[\\s:#№.,*•\\-–—()'"]|(?:number|num|no|nr|id|is|was|of|in|at|on|n[º°]|n[uú]mero|nummer|номер\\p{L}*|番号|号码|號碼|编号|編號|번호|رقم)(?!${LATIN}))*$`,
  "iu",
);

/** Between a keyword and an alphanumeric code only a colon or a copula may stand ("code: A7K2QX"). */
export const LABEL_CONNECTOR =
  /^[\s:：=\-–—"'«»“”„()[\]【】「」]*(?:(?:to|(?:[\p{L}\p{M}\p{N}]+\s+){0,2}(?:ของคุณ)?(?:is|es|est|ist|lautet|é|è|jest|adalah|это|是|为|為|は|는|คือ))[\s:："'«»“”„()[\]【】「」]*)?$/iu;

/**
 * Between a code and a keyword after it ("CWGUG8 is your code", "548 est votre code"): a copula, then at
 * most three words ("your Twitter confirmation").
 */
export const LABEL_AFTER =
  /^[\s"'»”)]*(?:(?:is|es|est|ist|é|è|jest|adalah|là|la(?=\s+ma\s)|это|是|为|為|は|는)[\s:]+(?:[\p{L}\p{M}'’-]+[\s]+){0,3}|คือ\s*)$/iu;

/** A letters-only token after "keyword:" and at the end of its line: the only place such a code is read. */
export const LETTERS_AT_LINE_END =
  /(?:[:：]|(?<![\p{L}])is)[ \t]*\n?[ \t]*([A-Za-z]{4,10})[ \t]*\.?[ \t]*(?=\n|$)/dgu;

/** Words that end a "code:" line without being a code. */
export const LETTER_WORDS =
  /^(?:below|above|here|there|attached|pending|expired|invalid|incorrect|required|sent|ready|valid|active|none|null|empty|unknown|hidden|blank|same|again|later|soon|now|today|please|thanks|thank|enter|reply|yours|used|unused|redeemed|applied|error|failed|success|received|approved|declined|denied|accepted|optional|inside|bellow|abaixo|arriba|ci-dessous|unten|complete|completed|done|successful|successfully|blocked|locked|unlocked|reset|changed|updated|generated|revoked|cancelled|canceled|verified|confirmed|activated|deactivated|disabled|enabled|correct|wrong|secret|private|personal|stop|free|enviado|gesperrt)$/i;

/**
 * A text that offers a discount, a coupon or a bill. In it the bare word "code" (Thai "รหัส", "kod"...)
 * names the promotion's or the bill's code; only a one-time word (OTP, verification...) still labels one.
 */
export const PROMO_TEXT =
  /ส่วนลด|ค่าบริการ|ลด(?:ทันที|\s?\d)|(?<!\p{L})(?:hbd|discount|coupon|voucher|promo\p{L}*|rabatt|descuento|desconto|sconto|réduction|indirim|diskon|скидк\p{L}*)(?!\p{L})|\d\s?% off/iu;

/** The bare words for "code": generic, so a promotion's code is called by them too. */
export const GENERIC_KEYWORD =
  /^(?:รหัส|c[oó]d(?:e|igo|ice|ul)|kod|kode|koodi|код|رمز|كود|کد|קוד|코드|コード)$/iu;

/** Words that make an unlabelled number plausible as a code when no code keyword is present. */
export const OTP_CONTEXT = new RegExp(
  [
    `(?<!${LATIN})(?:log ?in|log-in|sign[ -]?in|sign[ -]?up|regist\\p{L}*|expir\\p{L}*|valid\\p{L}*|share|authenticat\\p{L}*|security|one[ -]time|2fa|access|accesso|acceso|acesso|anmeld\\p{L}*|connexion|logowani\\p{L}*|giri[sş]|masuk)(?!${LATIN})`,
    "вход|войти|登录|登入|ログイン|로그인|تسجيل",
    // The SMS Retriever marker, and "enter 482913 into/on <app>".
    "^\\s*<#>",
    `(?<!${LATIN})(?:enter|type|input|ป้อน)\\s+\\d{4,8}\\s+(?:in|into|on|at|to|บน)(?!${LATIN})`,
    `(?<!${LATIN})(?:g[üu]ltig|v[aá]lid[oa]|valable)(?!${LATIN})`,
  ].join("|"),
  "iu",
);

/** A unit or a currency right after a number makes it a quantity ("1500 руб", "10 minutes", "5000円"). */
export const QUANTITY_AFTER = new RegExp(
  [
    "^[ \\u00a0]?(?:",
    "[%％‰$€£¥₹₽₩₺₴₫฿₱¢円元원圆块年月日時时点點号號分秒시분초]",
    `|(?:mins?|minutes?|minutos?|minuti|minuten|minut[ey]?|dakika|menit|secs?|seconds?|segundos?|secondi|sekunden|hours?|hrs?|horas?|ore|stunden|days?|d[ií]as|giorni|tage|jours|gb|mb|kb|km|kg|pts|points?|puntos|punti|punkte|items?|usd|eur|gbp|rub|pln|try|tl|idr|rp|brl|mxn|inr|jpy|cny|rmb|krw|aed|sar|chf|z[łl]|zloty|dollars?|euros?|reais|pesos?|rupees?|lira)(?!${LATIN})`,
    "|บาท|руб|р\\.|мин|сек|час|дн|шт|грн|ريال|درهم|جنيه|دينار|دولار|دقيق",
    ")",
  ].join(""),
  "iu",
);

/** A currency right before a number makes it an amount ("$ 1500", "Rp 150000", "R$1500"). */
export const CURRENCY_BEFORE = new RegExp(
  `(?:[$€£¥₹₽₩₺₴₫฿₱¢]|(?<!${LATIN})(?:usd|eur|gbp|rub|pln|try|idr|rp|brl|mxn|inr|rs|jpy|cny|rmb|krw|aed|sar|chf|tl))\\.?[ \\u00a0]?$`,
  "iu",
);

/** "(332) 555 0184": the parenthesised area code of a phone number. */
export const AREA_CODE_BEFORE = /\(\d{2,5}\)[ \u00a0]?$/;

/** `G-123456`, `FB-12345`: up to three capitals and a hyphen, not glued to a longer word. */
export const PREFIX_BEFORE = /(?<![\p{L}\p{N}])([A-Z]{1,3})-$/u;

/** Any other word-hyphen in front ("ORDER-4821", "ticket-4821") makes the number part of an id. */
export const WORD_HYPHEN_BEFORE = /\p{L}-$/u;

/**
 * A run of digits with single separators between digit groups: "558-213", "12 34 56", "2026-06-07",
 * "18:03", "1,000.00". A comma only separates when three digits follow (a thousands separator); the
 * ASCII comma in "384712,5分钟" ends the code. Separator and digit classes do not overlap: linear.
 */
export const NUMBER_CHUNK = /\d+(?:(?:[ \u00a0\u2009\u202f\-\u2010\u2011\u2013./:]|,(?=\d{3}(?!\d)))\d+)*/g;
export const SPACE_SEPARATORS = /^[ \u00a0\u2009\u202f]+$/;
export const HYPHEN_SEPARATORS = /^[-\u2010\u2011\u2013]+$/;

/** Letters that glue to a number to make a word ("A7K2QX", "10min", "4821руб"); CJK has no spaces. */
export const WORD_LETTER = /[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}]/u;

/** `<#>`, `#48213`, `№ 48213`, `****4821`, `+1 212...`: a number after these is never the code. */
export const FORBIDDEN_BEFORE = new Set(["+", "#", "№", "*", "•", "·"]);

/** "12.40"-style continuations seen from either side of a number. */
export const DECIMAL_TAIL = /^,\d{2}(?!\d)/;

export const ALNUM_TOKEN = /[A-Za-z0-9]+/g;
/** Number-plus-unit tokens that look alphanumeric but are quantities ("10min", "2nd", "5GB"). */
export const QUANTITY_TOKEN = /^\d+(?:st|nd|rd|th|mins?|h|hrs?|s|secs?|d|gb|mb|kb|am|pm|x|k|m)$/i;
/**
 * A word and a round number is how promotions are named ("WELCOME10", "SAVE20", "SPRING250"); codes are
 * random, and a single trailing digit ("CWGUG8") is as likely a code's as a promotion's.
 */
export const PROMO_TOKEN = /^[A-Za-z]{4,}\d{2,3}$/;

/** WebOTP origin-bound line: `@example.com #123456`, optionally followed by `%@embedded.example`. */
export const ORIGIN_BOUND = /(?:^|\s)@[a-z0-9-]+(?:\.[a-z0-9-]+)+[ \t]+#([a-z0-9]{4,12})(?![\p{L}\p{N}])/iu;

export const URL_START = /^(?:[a-z][a-z0-9+.-]*:\/\/|www\.)/i;
export const HOST_PATH = /^[\w-]+(?:\.[\w-]+)+\//;
export const EMAIL = /^[^@\s]+@[\w-]+(?:\.[\w-]+)+/;
export const LEADING_PUNCTUATION = /^[([{<"'«“]+/;
