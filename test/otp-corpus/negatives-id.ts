/**
 * Held-out negatives (no code): real Indonesian SMS from the Indonesian SMS spam dataset
 * (dataset_sms_spam_v1.csv: labels 0 normal, 1 fraud, 2 promo), as published in
 * https://github.com/ksnugroho/klasifikasi-spam-sms. License: none stated (public research dataset).
 * Operator promos with prices, quotas, USSD codes (*123*888#), serial and transaction numbers,
 * earthquake bulletin with coordinates, and personal messages with times and amounts.
 * Promos that hand out a voucher/promo code are in negatives-other-codes.ts.
 * A private person's phone number is replaced by a fake of the same shape where marked.
 */
import type { HeldOutCase } from "./types.js";

const ID =
  "https://github.com/ksnugroho/klasifikasi-spam-sms/blob/d8606df3e7f2479fed7c8c8a5564ae73049dd3ff/data/dataset_sms_spam_v1.csv";

export const CASES: readonly HeldOutCase[] = [
  {
    text: "2016-07-08 11:47:11.Plg Yth, sisa kuota Flash Anda 478KB. Download MyTelkomsel apps di http://tsel.me/tsel utk cek kuota&beli paket Flash atau hub *363#",
    expected: null,
    lang: "id",
    source: ID,
  },
  {
    text: "2.5 GB/30 hari hanya Rp 35 Ribu Spesial buat Anda yang terpilih. Aktifkan sekarang juga di *550*905#. Promo sd 30 Nov 2015.Buruan aktifkan sekarang. S&K",
    expected: null,
    lang: "id",
    source: ID,
  },
  {
    text: "Anda akan berlangganan paket Rp. 10000 utk 150 MB 2G/3G + 250 MB 3G/90hari. Jika setuju balas FLASH<spasi>YA kirim ke 3636 utk melanjutkan. Paket diperpanjang pada akhir masa aktif dengan tarif sesuai lokasi Anda. Tunggu SMS konfirmasi sblm pemakaian. Info zona dan detail tarif lihat di Tsel.me/internet",
    expected: null,
    lang: "id",
    source: ID,
  },
  {
    text: "Anda mendapatkan 1 kupon dalam program Kartu As BIBER (Beli Internet Berhadiah). Cek total kupon maksimal 1x24 jam dari skrg di *100*123#. Info lengkap hub:188",
    expected: null,
    lang: "id",
    source: ID,
  },
  {
    text: "Ayam (sayap/paha bawah), Nasi, Perkedel Rp. 19.545. GRATIS Teh Pucuk. Tukar SMS ini di CFC HASAN SADIKIN hari ini. Selama Persediaan msh ada. Promo *606#",
    expected: null,
    lang: "id",
    source: ID,
  },
  // "Kode transaksi" is a transaction reference, not a code to enter
  {
    text: "Isi ulang Rp50000.0 berhasil. Kode transaksi 99100827288792. Cek *123*888# untuk promo RABU RAWIT & JUMAT BAIK buat semua Pelanggan AXIS!",
    expected: null,
    lang: "id",
    source: ID,
  },
  {
    text: "Isi ulang Kuota++ 3GB berhasil, dan kuota tlh ditambahkan. Nikmati juga BONUS NELPON ke semua Tri Rp10rb, cek bonus di *111*2# atau BimaTri.",
    expected: null,
    lang: "id",
    source: ID,
  },
  {
    text: "Hari ini! BRONET 24Jam 3GB 60hr Rp31900 dan BRONETSpecial 6GB 60hr (3GB 24Jam+3GB 00-06) Rp34900 di *123*888# SEGERA aktifkan paketnya sekarang!! Info838 LD300",
    expected: null,
    lang: "id",
    source: ID,
  },
  {
    text: "Nomor Anda telah diisi dengan nomor SN 6081606122581198060.",
    expected: null,
    lang: "id",
    source: ID,
  },
  {
    text: "Nasabah YTH, rekening BTPN Wow! Anda sudah aktif. Lakukan transaksi melalui *247# menggunakan PIN rahasia Anda. Info hub 1500300.",
    expected: null,
    lang: "id",
    source: ID,
  },
  {
    text: "Paket Flash anda 10 MB utk 1 hari akan berakhir pd 08/07/2016. Tarif non paket berlaku setelah tgl tsb. Info hubungi *363#. Cek Kuota *889#.",
    expected: null,
    lang: "id",
    source: ID,
  },
  // phone number replaced with a fake of the same shape
  {
    text: "Selamat!!anda telah mendapat gratis 200 sms dari SMSGIFT dari no. 6281234567890. Info CS : 133/188",
    expected: null,
    lang: "id",
    source: ID,
  },
  {
    text: "PAKET BRONET 24JAM 2GB 60hr Rp28800 akan segera aktif. Temukan penawaran menarik AXIS lainnya, telp *123#.Info838",
    expected: null,
    lang: "id",
    source: ID,
  },
  {
    text: "Segera aktivasi rekening BTPN Wow! anda. Ketik *247# tekan Yes / Call lalu buat PIN rahasia Anda. Info lengkap hub. 1500300",
    expected: null,
    lang: "id",
    source: ID,
  },
  {
    text: "Info Gempa Mag:5.3 SR, 21-Jun-16 21:10:23 WIB, Lok:2.21 LS,99.33 BT (98 km Tenggara KEP-MENTAWAI-SUMBAR), Kedlmn:34 Km ::BMKG",
    expected: null,
    lang: "id",
    source: ID,
  },
  {
    text: "Jumlah poin Anda s.d tgl 16/08/16 : 18 poin. Anda termasuk dalam kategori RED. Masa berlaku poin s.d 31 Des 2016",
    expected: null,
    lang: "id",
    source: ID,
  },
  {
    text: "Maaf, Keyword yang anda masukkan ke 234 salah. Info lanjut hub call center : 200",
    expected: null,
    lang: "id",
    source: ID,
  },
  {
    text: "Kalau 13.5 itu untuk ayam kremes dan cabai ijo teh...kalau untuk bakar dan rica rica kita kasih 15rb deh   ...sudah pakai box dan air gelas",
    expected: null,
    lang: "id",
    source: ID,
  },
  { text: "Jam 12 wid, nanti berangkat jam 10", expected: null, lang: "id", source: ID },
  { text: "nama1;Graha Desila kmr 14 Lt.2;Aqua;20000(kembalian)", expected: null, lang: "id", source: ID },
  {
    text: "Bu maaf saya lupa sekarang hari jumat ya...kalau jumat kita buka jam 1 bu...mau solat jumat dulu...maaf di dari upi ya",
    expected: null,
    lang: "id",
    source: ID,
  },
  { text: "Kartu SIM Anda telah berhasil diganti. Terima kasih", expected: null, lang: "id", source: ID },
  {
    text: "ku ada 300 ratus nih di tabungan~ di nama1  aku tabungan ada berapa nama1 ? cabut sekarang juga #ManaAda~ :(",
    expected: null,
    lang: "id",
    source: ID,
  },
  {
    text: "Guys numpang promosi bisi ada yg butuh..  Dijual MacBook Air Layar 11inch Ram 4gb Ssd 128gb Garansi sisa 5 bulan Dijual karena jarang di pake..  Harga PM ",
    expected: null,
    lang: "id",
    source: ID,
  },
];
