/**
 * Held-out positives: verification SMS that users pasted into public GitHub issues of OTP-autofill
 * tools (otphelper, 2FHey, MessAuto, MacCopier, XposedSmsCode, Raycast iMessage 2FA, Alfred iMessage
 * 2FA, ohtipi, Simple SMS Messenger, flutter_smart_auth, SmsCodeHelper, a Keycloak SMS plugin),
 * most of them because the tool missed the code or copied the wrong number.
 * The label is the code the reporter says is right (separators removed, letter case kept).
 * Some reporters masked their real code (000000, 123456) or a name (XX-XXXX, [redracted]); the text
 * is kept as pasted and the label is the code as it stands in that text. Markdown around the pasted
 * text is dropped. Left out: messages whose code was fully masked (######, XXXXXX).
 * License: GitHub issue text, no license stated; short quotations of the reported SMS only.
 */
import type { HeldOutCase } from "./types.js";

const FSA_26 = "https://github.com/Tkko/flutter_smart_auth/issues/26";
const OH_18 = "https://github.com/jd1378/otphelper/issues/18";
const OH_25 = "https://github.com/jd1378/otphelper/issues/25";
const OH_33 = "https://github.com/jd1378/otphelper/issues/33";
const OH_57 = "https://github.com/jd1378/otphelper/issues/57";
const OH_65 = "https://github.com/jd1378/otphelper/issues/65";
const OH_76 = "https://github.com/jd1378/otphelper/issues/76";
const OH_92 = "https://github.com/jd1378/otphelper/issues/92";
const OH_186 = "https://github.com/jd1378/otphelper/issues/186";
const OH_220 = "https://github.com/jd1378/otphelper/issues/220";
const FH_15 = "https://github.com/SoFriendly/2fhey/issues/15";
const FH_51 = "https://github.com/SoFriendly/2fhey/issues/51";
const FH_62 = "https://github.com/SoFriendly/2fhey/issues/62";
const FH_63 = "https://github.com/SoFriendly/2fhey/issues/63";
const FH_66 = "https://github.com/SoFriendly/2fhey/issues/66";
const FH_105 = "https://github.com/SoFriendly/2fhey/issues/105";
const FH_114 = "https://github.com/SoFriendly/2fhey/issues/114";
const ALFRED_15 = "https://github.com/squatto/alfred-imessage-2fa/issues/15";
const MC_2 = "https://github.com/DreamSaddle/MacCopier/issues/2";
const MA_54 = "https://github.com/LeeeSe/MessAuto/issues/54";
const MA_64 = "https://github.com/LeeeSe/MessAuto/issues/64";
const MA_71 = "https://github.com/LeeeSe/MessAuto/issues/71";
const MA_98 = "https://github.com/LeeeSe/MessAuto/issues/98";
const XSC_220 = "https://github.com/magisk317/XposedSmsCode/issues/220";
const RC_4275 = "https://github.com/raycast/extensions/issues/4275";
const RC_8225 = "https://github.com/raycast/extensions/issues/8225";
const RC_19014 = "https://github.com/raycast/extensions/issues/19014";
const SSM_703 = "https://github.com/SimpleMobileTools/Simple-SMS-Messenger/issues/703";
const KC_58 = "https://github.com/netzbegruenung/keycloak-mfa-plugins/issues/58";
const SCH_14 = "https://github.com/drakeet/SmsCodeHelper/issues/14";
const OT_16 = "https://github.com/YacTeam/ohtipi/issues/16";

export const CASES: readonly HeldOutCase[] = [
  // the tool took 1245
  {
    text: "OTP for XXXXXX (XX1245) is 811739 (valid for 10 mins).",
    expected: "811739",
    lang: "en",
    source: FSA_26,
  },
  {
    text: "000000 is your Manulife ID code. Remember, you've only got 15 minutes to use it. Don't share this code with anyone else. And we'll never ask you for this code over the phone or by text. If you didn't ask for a code, go to manulife.ca and click Support to contact us right now.",
    expected: "000000",
    lang: "en",
    source: FH_114,
  },
  {
    text: "729565\nEnter this verification code when prompted by XX-XXXX FS to complete your sign in verification.",
    expected: "729565",
    lang: "en",
    source: FH_66,
  },
  {
    text: "Twitter login code: 851324442",
    expected: "851324442",
    lang: "en",
    source: FH_15,
    service: "twitter",
  },
  {
    text: "Use this verification code 868658 to accept your 150.51€ transaction at Vimexx. Don't share this code with anyone; our employees will never ask for the code.",
    expected: "868658",
    lang: "en",
    source: FH_63,
  },
  {
    text: "Use this verification code 224765 to accept your 19.00€ transaction at WP OVERNIGHT BV. Don't share this code with anyone; our employees will never ask for the code.",
    expected: "224765",
    lang: "en",
    source: FH_63,
  },
  {
    text: "G-004857 is your Google verification code.",
    expected: "004857",
    lang: "en",
    source: FH_51,
    service: "google",
  },
  {
    text: "Don't share this code with anyone. Fraudsters can use it to access your online account and place orders. The code is valid for 20 minutes. Your code is PKAGT.",
    expected: "PKAGT",
    lang: "en",
    source: FH_51,
    service: "vodafone",
  },
  {
    text: "Don't share this code with anyone. Fraudsters can use it to access your online account and place orders. The code is valid for 20 minutes. Your code is 97UHA.",
    expected: "97UHA",
    lang: "en",
    source: FH_51,
    service: "vodafone",
  },
  {
    text: "Verification code: 9913\nSharing the verification code exposes you to fraud",
    expected: "9913",
    lang: "en",
    source: FH_105,
  },
  {
    text: "Citi ID Code: 12345678 We'll NEVER call or text for this code.",
    expected: "12345678",
    lang: "en",
    source: MA_54,
  },
  {
    text: "From: [redracted]\nWe'll NEVER call you to ask for this code.\nOne-Time Code:12345\nOnly use this online. Code expires in 30 min",
    expected: "12345",
    lang: "en",
    source: RC_8225,
  },
  // the tool copied the sender number 25161
  {
    text: "FedEx: Verification code 228193 expires in 10 minutes. Do not share it with anyone.",
    expected: "228193",
    lang: "en",
    source: OH_33,
  },
  {
    text: "FedEx: Authorization code 153317 expires in 10 minutes. If you didn't request the code, call 1.800.463.3339. Reply Stop to cancel. Msg&data rates may apply.",
    expected: "153317",
    lang: "en",
    source: OH_33,
  },
  // the reporter masked the codes of several messages as 123456
  { text: "123456 is your Shop Pay verification code", expected: "123456", lang: "en", source: OT_16 },
  {
    text: "Ally: As a security measure, we will never ask for this number over the phone. Security code: 123456. Call 1-877-247-2559 if you did not request a code.",
    expected: "123456",
    lang: "en",
    source: OT_16,
  },
  {
    text: "<#>BofA: DO NOT share this Sign In code. We will NEVER call you or text you for it. Code 123456. Reply HELP if you didn't request it. ",
    expected: "123456",
    lang: "en",
    source: OT_16,
  },
  {
    text: "SCHWAB\n123456 is your Schwab security code for online login. Please do not share.",
    expected: "123456",
    lang: "en",
    source: OT_16,
  },
  {
    text: "Your DoorDash verification code is 315164. Do not share this with anyone. We will never contact you to request this code.",
    expected: "315164",
    lang: "en",
    source: OT_16,
  },
  { text: "Your Mint Code is 012419", expected: "012419", lang: "en", source: OT_16 },
  { text: "Stuff code: 849521", expected: "849521", lang: "en", source: OT_16 },
  {
    text: "Chase: You're signing in with a new device.\nUse requested code 47661045 online or in our app to sign in.\nWe'll NEVER call to ask for it.",
    expected: "47661045",
    lang: "en",
    source: OT_16,
  },
  // the tool copied the word "Code"
  { text: "mTan-Code: 155160", expected: "155160", lang: "de", source: OH_65 },
  {
    text: "Ihre smsTAN lautet 736194. Freundliche Grüße, [...]",
    expected: "736194",
    lang: "de",
    source: OH_57,
  },
  // the tool took "BITTE"
  {
    text: "Guten Tag,\num Ihre Identität zu bestätigen, geben Sie bitte unter login.o2online.de folgenden o2 Sicherheitscode ein:\nBITTE NIEMALS AM TELEFON VORLESEN ODER IN EINEM CHAT WEITERGEBEN!\n\n858823\n\nFalls Sie diesen Vorgang nicht selbst veranlasst haben, wenden Sie sich bitte umgehend an den o2 Kundenservice, um einen Identitätsdiebstahl auszuschließen und ändern Sie Ihr aktuelles Kennwort.\nInformationen dazu finden Sie unter https://www.o2online.de/service/sicherheit/\nIhr o2 Team\n@login.o2online.de #858823",
    expected: "858823",
    lang: "de",
    source: OH_92,
  },
  {
    text: "Ihr Grünes Netz SMS Code lautet 738269 und ist gültig für 15 Minuten.",
    expected: "738269",
    lang: "de",
    source: KC_58,
  },
  {
    text: "Ihr Grünes Netz SMS ist 961640 und ist gültig für 15 Minuten.",
    expected: "961640",
    lang: "de",
    source: KC_58,
  },
  {
    text: "ING: Introduce el codigo TF33 para confirmar tu operacion. Si no has sido tu quien ha realizado la operacion llamanos al 912066666",
    expected: "TF33",
    lang: "es",
    source: OH_220,
  },
  {
    text: "ING: Introduce el codigo 4KAM para acceder a ING de forma segura. Si no lo has solicitado, te recomendamos cambiar tu clave cuanto antes en tu Area personal.",
    expected: "4KAM",
    lang: "es",
    source: OH_220,
  },
  {
    text: "ING: Introduce el codigo GW7C para confirmar tu operacion. Si no has sido tu quien ha realizado la operacion llamanos al 912066666",
    expected: "GW7C",
    lang: "es",
    source: OH_220,
  },
  {
    text: "ING: Introduce el codigo DUSG para acceder a la web de ING como has solicitado. Si no has sido tu, te recomendamos cambiar ahora tu clave en tu Area personal.",
    expected: "DUSG",
    lang: "es",
    source: OH_220,
  },
  {
    text: "MojeBanka: Prihlaseni do aplikace; datum a cas: 12.05.2023 09:41:22; Autorizacni SMS kod: 013 214.",
    expected: "013214",
    lang: "cs",
    source: SSM_703,
  },
  {
    text: "10.04.2024 10:18 Parol dlya podtverzhdeniya: 09890. Perevod 800.00 RUB.",
    expected: "09890",
    lang: "ru",
    source: OH_76,
  },
  {
    text: "Здравствуйте.\n\nВаш одноразовый пароль: 389147",
    expected: "389147",
    lang: "ru",
    source: RC_19014,
  },
  {
    text: "492609 הנו קוד האימות החד פעמי שלך לכניסה לאזור האישי באתר מנורה מבטחים.\n@www.menoramivt.co.il #492609",
    expected: "492609",
    lang: "he",
    source: OH_18,
  },
  // the tool took the transaction number 1533
  {
    text: "GD truc tuyen VietinBank,ma GD 1533 ma OTP 572123 so tien 50000 tai web MOMOCE.QK tuyet doi KHONG cung cap OTP cho nguoi khac",
    expected: "572123",
    lang: "vi",
    source: OH_25,
  },
  {
    text: "Tai khoan quy khach se bi tru 6000000 VND qua kenh giao dich truc tuyen. Neu dung, quy khach thuc hien nhap OTP 840348 de hoan tat. Neu khong, LH 19009247",
    expected: "840348",
    lang: "vi",
    source: OH_25,
  },
  {
    text: "QK nhap ma OTP 771808 tuong ung voi ma giao dich 7709 de cap lai mat khau dich vu VietinBank iPay.TH QK khong thuc hien giao dich nay, LH 1900558868",
    expected: "771808",
    lang: "vi",
    source: OH_25,
  },
  {
    text: "【阿里云盘】验证码：567773。此验证码只用于进行短信登录，15分钟内有效",
    expected: "567773",
    lang: "zh",
    source: FH_62,
  },
  { text: "您的验证码是 199035，10分钟内有效，请勿泄露", expected: "199035", lang: "zh", source: ALFRED_15 },
  {
    text: "登录验证码：627823，您正在尝试【登录】，10分钟内有效",
    expected: "627823",
    lang: "zh",
    source: ALFRED_15,
  },
  { text: "【赛验】验证码 54538", expected: "54538", lang: "zh", source: ALFRED_15 },
  // the tool copied 10086
  {
    text: "【办理确认提醒】尊敬的客户，您于2025年09月30日23:45在中国移动的线上渠道即将办理以下业务，本次办理的随机验证码为【 123456 】：\n【订购】\n    【1】中国移动APP线上主题活动享30GB流量7天包(编号：15BJ202247)，资费0.00元/月，2025年09月30日生效，2025年10月07日失效，无需赔付，【业务内容】中国移动APP线上主题活动享30GB流量7天包，包含30GB国内通用流量（不含中国港澳台地区），流量使用有效期7天。\n【生效规则】订购成功立即生效，有效期7天，到期自动失效，无需退订。\n【赠送优惠】立即生效，赠送优惠有效期为7天。优惠到期自动取消。流量不可用于流量转赠、流量共享，不享受流量不清零服务。\n\n非合约类业务失效和续展时间以公示为准，详见“中国移动”APP（首页-资费专区）。如有办理合约且于合约生效期间转品牌销户、过户、离网、取消方案等均视为违约，请确认您已阅知以上信息后提供随机验证码办理。业务退订可拨打10086热线、到营业厅或登录中国移动APP(我的-已订业务)等方式选择退订。办理成功后请您关注办理成功提醒短信，谢谢。【中国移动】",
    expected: "123456",
    lang: "zh",
    source: OH_186,
  },
  // the tool copied 604170
  {
    text: "您的验证码为 5258，10分钟内有效。(来自1069184530604170)",
    expected: "5258",
    lang: "zh",
    source: MC_2,
  },
  {
    text: "您好, 请确认是您本人操作，用户11111111111登录验证码为:809198，有效期5分钟。[XXX统一门户]",
    expected: "809198",
    lang: "zh",
    source: MA_98,
  },
  // the tool took the account W8406772
  {
    text: "【倒三角】易支撑（登录）——您的账号W8406772本次登录验证码为666684，请勿泄露，有效时间5分钟，如非本人操作请忽略本短信。",
    expected: "666684",
    lang: "zh",
    source: MA_71,
  },
  // the tool took 2024-04
  {
    text: "【XXX】您在2024-04-02 17:23:35登录系统的动态密码为：524678",
    expected: "524678",
    lang: "zh",
    source: MA_64,
  },
  {
    text: "【验证密码】领奖验证码:1234，5分钟有效；尊敬的用户，您正在中国移动互联网自有渠道“移动云盘会员日”系列活动领取活动奖品，资费0元，领取成功后，请在本月内前往“移动云盘APP-我的-领奖专区”进行领奖激活，请保管好您的验证码切勿泄露给他人。如非本人操作请忽略。逾期未激活则视为放弃奖品。【中国移动云盘】",
    expected: "1234",
    lang: "zh",
    source: XSC_220,
  },
  {
    text: "【汇丰银行中国】验证码:961886。该验证码用于购买特惠商品，五分钟内输入有效，任何人索取验证码均为诈骗，切勿泄露。",
    expected: "961886",
    lang: "zh",
    source: XSC_220,
  },
  {
    text: "【中国银联】验证码:213988，有效期2分钟。您正在登录/注册银联国际用户，请勿泄露！如非您本人操作，请忽略。",
    expected: "213988",
    lang: "zh",
    source: XSC_220,
  },
  {
    text: "您好, 请确认是您本人操作，用户150********登录验证码为:203497，有效期5分钟。[SDP统一门户]",
    expected: "203497",
    lang: "zh",
    source: XSC_220,
  },
  // the tool took 12306
  {
    text: "【12306】验证码：057596，切勿转发。12306用户正在申请修改邮箱服务。如非本人操作，请忽略本短信。",
    expected: "057596",
    lang: "zh",
    source: RC_4275,
  },
  {
    text: "【G.CN】“G-000000”是您的 Google 验证码。",
    expected: "000000",
    lang: "zh",
    source: SCH_14,
    service: "google",
  },
];
