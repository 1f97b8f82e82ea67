/**
 * Held-out negatives (no code): real Turkish SMS from the Turkish SMS Collection
 * (Karasoy & Ballı, "Spam SMS Detection for Turkish Language with Deep Text Analysis and Deep
 * Learning Methods", Arab J Sci Eng 2021; https://github.com/onrkrsy/TurkishSMS-Collection).
 * License: none stated; the authors publish it openly and ask for the citation above.
 * Read from the original repository and from a verbatim copy of the same CSV (first rows).
 * Campaign SMS full of card fragments (73**6484), instalment amounts, MERSIS numbers, short codes
 * to text to, dates and phone numbers, plus short personal messages with numbers.
 * Messages that hand out a discount/coupon code ("Kodunuz: ...") are in negatives-other-codes.ts;
 * one asking the reader to text back an alphanumeric token is left out as ambiguous.
 */
import type { HeldOutCase } from "./types.js";

const TR_COPY =
  "https://github.com/SezerFidanci/tensorflow-spam-sms-detection/blob/4a82049f3ee90acf780cec20cdb40791b169f275/TurkishSMSCollection.csv";
const TR =
  "https://github.com/onrkrsy/TurkishSMS-Collection/blob/8ed33e6a647fd489d708d9d5d3958682fbf2258e/TurkishSMSCollection.csv";

export const CASES: readonly HeldOutCase[] = [
  { text: "125 lira", expected: null, lang: "tr", source: TR_COPY },
  {
    text: "DIGITURKTEN FIRSAT! SiZE OZEL YIL SONUNA KADAR 200 UZERi ULUSAL HD YAYIN BELGESEL+SPOR+DiZi+YETiSKiN iLK AY LiG TV AYDA SADECE 10 TL.HEMEN ARAYIN 02122129070",
    expected: null,
    lang: "tr",
    source: TR_COPY,
  },
  {
    text: "%100 PAMUK PENYE,PERCALE VE SATEN CARSAF VE CARSAF TAKIMLARINDA %50+%50 INDIRIM! 02 AGUSTOS SON!(SMS IPTAL:5830'A MC)MERSIS:0273065777400019 madamecoco.com",
    expected: null,
    lang: "tr",
    source: TR_COPY,
  },
  {
    text: "%20 INDIRIMLI Yilbasi Menusu Mavi'de! 1ALT+1UST+1AKSESUAR veya 1ALT+2UST alin, %20 indirim kazanin! Mavi magazalari & mavi.com.  SMS almak istemiyorsaniz MAVI yazip 3525'e gonderin. Mersis:13327743669639998",
    expected: null,
    lang: "tr",
    source: TR_COPY,
  },
  {
    text: "%5 indirim firsatiyla LG G3 32GB telefon 1.167,55 TL. http://goo.gl/rgRBKs, LG G4 32GB telefon sadece 1.547,55 TL. http://goo.gl/i4p3vY Bugune ozel, sinirli stoklar. Kacirmayin. SMS listesinden cikmak icin GITTIGIDIYOR RET, iletisim icin GG ILETISIM yazip",
    expected: null,
    lang: "tr",
    source: TR_COPY,
  },
  {
    text: "1 BOL MALZEMOS ALANA 1 BOL MALZEMOS + 1LT COCA-COLA BEDAVA! bit.ly/1OrtDmb DOMINO'S PIZZA'DAN SMS ALMAK ISTEMIYORSANIZ IPTAL YAZIP 5564'E GONDEREBILIRSINIZ.",
    expected: null,
    lang: "tr",
    source: TR_COPY,
  },
  {
    text: "1 Ekim tarihinde 30000 TL olarak onaylanan fakat kullanmadiginiz IHTIYAC KREDINIZ icin 31/10/2015 tarihine kadar subelerimize bekliyoruz.Bilgi: 02522117030",
    expected: null,
    lang: "tr",
    source: TR_COPY,
  },
  {
    text: "1 hafta boyunca gecerli 1 GB internet sadece 9 TL. ACIL1GB yazip 2222 ye gonderin daha fazla internete ihtiyaciniz oldugunda rahat edin.",
    expected: null,
    lang: "tr",
    source: TR_COPY,
  },
  { text: "1 saate gelirim ztn bakariz beraber", expected: null, lang: "tr", source: TR_COPY },
  {
    text: "1,29%'dan baslayan faiz oranlari ile dosya masrafsiz Yeni Yil Kredisi Odeabank'ta! Hemen basvurmak icin NAKIT bosluk TC kimlik numaranizi 8444'e gonderin. Ayrintili bilgi Odeabank Subeleri ve bit.ly/1KXmCse Iletisim iptali icin IZINYOK bosluk TC Kimlik No",
    expected: null,
    lang: "tr",
    source: TR_COPY,
  },
  {
    text: "10 gibi falan hala bizimkiler oturuyosa biyerde Bizde gideriz istersen ?",
    expected: null,
    lang: "tr",
    source: TR_COPY,
  },
  {
    text: "10 tl dedi bu sene piyasa çok pahalıymış fabrikalar bile 9 tl den alıyormuş",
    expected: null,
    lang: "tr",
    source: TR_COPY,
  },
  {
    text: "1000 SMS 29, 10.000 SMS 199TL INDIRIMLI ve HEDIYELI YENI PAKETLERIMIZDEN yararlanmak icin uyeliginizi aktif hale getirin. www.netgsm.com.tr 03129110911",
    expected: null,
    lang: "tr",
    source: TR_COPY,
  },
  {
    text: "10Aralik'a kadar Bankamatik Kart'la giyim,market,restoran alisverislerinize 50TL Maxipuan!BANKA yaz,kartin son 6 hanesini 4402'ye ilet. Ek kosul: isbank.com.tr",
    expected: null,
    lang: "tr",
    source: TR_COPY,
  },
  {
    text: "14 Subat'a kadar 100 USD ve uzeri yurtdisi harcamalarinizi 3 taksitle odemek icin DUNYA yazip yurticinden 3340'a, yurtdisindan +905327523340'a gonderin. SMS ucreti odemeden kolayca katilmak icin BonusFlas'i indirin! garanti.com.tr/bonus_flas",
    expected: null,
    lang: "tr",
    source: TR_COPY,
  },
  {
    text: "1400.00TL TAKSITLI PARAYI 9 AYDA 173.90 TL TAKSITLE ALMAK ICIN PARA YAZ KART SON6 NOYU 3340'A YOLLA.SON GUN 28.02.2015.FAIZ %1.99,YMO %27.47",
    expected: null,
    lang: "tr",
    source: TR_COPY,
  },
  {
    text: "15 Nisan'a kadar 73**6484 nolu kartınızla tek seferde 2 adet 150 TL ve üzeri yakıt alımınıza OPET'te harcanabilir 5 kat puan.Puan son kullanım tarihi 15 Mayıs.",
    expected: null,
    lang: "tr",
    source: TR_COPY,
  },
  {
    text: "1675.09TL EKSTRELI KARTINIZIN,MIN.TUTARINI ODEYIP AYLIK SADECE %2.02 FAIZ (VERGILER HARIC) ILE 1AY ERTELEMEK ICIN 20.08.2015 TARIHINE KADAR ATLAT,KART SON 6NOYU 3340A GONDER. SIZE OZEL INDIRIM VE KAMPANYALARIMIZ ILE ILGILI UCRETSIZ SMS ALMAK ISTEMIYORSANIZ SMSIPTAL YAZIP 3344 GONDERİN",
    expected: null,
    lang: "tr",
    source: TR_COPY,
  },
  {
    text: "18 Nisan-31 Temmuz tarihleri arasında 71**6110 nolu kartınızla Opet'ten her takvim ayında yapacağınız 250 TL'ye kadar yakıt alışverişinize 8 kat puan hediye!Puan son kullanım tarihi:30 Ağustos",
    expected: null,
    lang: "tr",
    source: TR_COPY,
  },
  { text: "2 dakikaya geliyorum", expected: null, lang: "tr", source: TR },
  { text: "2 gün raporluyum ", expected: null, lang: "tr", source: TR },
  {
    text: "2,5 MİLYON GRATİS KARTI KUTLUYORUZ!12Aralıkta kart ile 50TL üzerine TÜM ÜRÜNLERDE ek %25 İNDİRİM!Detay: bit.ly/gratismobilapp CK:GRATİS 3525 MK:0411035618800018",
    expected: null,
    lang: "tr",
    source: TR,
  },
  {
    text: "20 NISAN-16 MAYIS TARIHLERI ARASINDA , P.BAKIM, DEBRIYAJ, FREN, SUSPANSIYON, EGZOZ, KLIMA PARCA VE ISCILIKLERINDE %15 INDIRIM FIRSATI. RANDEVU TEL 0 246 2287000",
    expected: null,
    lang: "tr",
    source: TR,
  },
  {
    text: "2015 Karadeniz turu en iyi fiyat BELINAYTUR'da.08/06/15 6 gece,20/08/15 6 gece 850 TL,01/10/15 9 gece 1250 TL.Ayrintilar 212997705306972396  www.belinaytur.com",
    expected: null,
    lang: "tr",
    source: TR,
  },
  { text: "21:15 seansı var aksam", expected: null, lang: "tr", source: TR },
  { text: "229 gitti gidiyor da bi incele", expected: null, lang: "tr", source: TR },
  {
    text: "230TL YE 4 GECE 5 GUN ALANYA 5YILDIZ AQUA SPA OTELIMIZDE HERSEY DAHIL TATIL FIRSATI USTELIK 0-14 YAS 2 COCUK UCRETSIZ +9TAKSIT REZ:4446607 www.eftaliahotels.com",
    expected: null,
    lang: "tr",
    source: TR,
  },
  {
    text: "2500 TL limitli Avans Hesap icin son firsat! 13 Agustos tarihine kadar subemize gelin, nakit sikintisi cekmeyin! Bilgi: 02522117030.Ucretsiz SMS almak istemiyorsaniz 'IZINSIZ' yazip 3342'ye gonderebilirsiniz.Mersis:0879001756600379",
    expected: null,
    lang: "tr",
    source: TR,
  },
  {
    text: "29 Eylül - 3 Ekim 2014 tarihleri arasında Kargo ve Aps Kurye gönderilerinize %10 indirim.  Mutlu Bayramlar! PTT Ailesi",
    expected: null,
    lang: "tr",
    source: TR,
  },
  { text: "3 tane çift kişilik oda var. 1 tane genç odası var", expected: null, lang: "tr", source: TR },
  {
    text: "31 Ekim'e kadar 58**6868 nolu kartınızla tek seferde her 100 TL benzin veya motorin alımınıza 30 Kasım'a kadar OPET'te benzin veya motorin alışverişlerinizde harcanabilir 3 TL, toplamda 9 TL puan hediye! ",
    expected: null,
    lang: "tr",
    source: TR,
  },
  { text: "3-3 olmuş:)", expected: null, lang: "tr", source: TR },
  { text: "25. Ulusal Egitim Bilimleri Kongresi", expected: null, lang: "tr", source: TR },
  {
    text: "2GB internet, her yone 500 DK ve 5000 SMS ayda sadece 23 TL! ESNEKSUPER2GB yazip 7000e gonder, STAR WARS Guc Uyaniyor'a ozel bol internetli teklifimizi kacirma! #GucBizimle olsun! Iletisim tercihlerini degistirmek icin IPTAL yazip 5203'e gonderebilirsin.",
    expected: null,
    lang: "tr",
    source: TR,
  },
  {
    text: "28 Şubat'a kadar opet.paro.com.tr sayfasına gelip mesajın ulaştığı cep numaranızı kullanarak formu doldurun Opet'te geçerli 5TL değerinde yakıt puan kazanın.",
    expected: null,
    lang: "tr",
    source: TR,
  },
];
