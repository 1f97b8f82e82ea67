/**
 * Held-out negatives (no code): English SMS from the UCI SMS Spam Collection v.1
 * (Almeida & Gómez Hidalgo, 2011; https://archive.ics.uci.edu/dataset/228/sms+spam+collection).
 * License: CC BY 4.0 (as stated on the UCI dataset page). Read from a verbatim mirror of the
 * `SMSSpamCollection` file; texts kept verbatim (HTML entities and odd spacing included).
 * Chosen for what an extractor could mistake for a code: prices, prize amounts, short codes,
 * premium numbers, PO boxes and postcodes, dates, times, order references.
 * Messages quoting a "claim code", "identifier code" or "discount code" are NOT here: they are in
 * negatives-other-codes.ts, because they do carry a (non-one-time) code.
 * Not wired into any test; labels are by hand (null = no one-time code).
 */
import type { HeldOutCase } from "./types.js";

const UCI =
  "https://github.com/hamzaaacodes/sms-spam-collection/blob/f3e73e1e74e6330b62d1ee1983bba2a063184c26/SMSSpamCollection";

export const CASES: readonly HeldOutCase[] = [
  {
    text: "Free entry in 2 a wkly comp to win FA Cup final tkts 21st May 2005. Text FA to 87121 to receive entry question(std txt rate)T&C's apply 08452810075over18's",
    expected: null,
    lang: "en",
    source: UCI,
  },
  {
    text: "SIX chances to win CASH! From 100 to 20,000 pounds txt> CSH11 and send to 87575. Cost 150p/day, 6days, 16+ TsandCs apply Reply HL 4 info",
    expected: null,
    lang: "en",
    source: UCI,
  },
  {
    text: "URGENT! You have won a 1 week FREE membership in our £100,000 Prize Jackpot! Txt the word: CLAIM to No: 81010 T&C www.dbuk.net LCCLTD POBOX 4403LDNW1A7RW18",
    expected: null,
    lang: "en",
    source: UCI,
  },
  {
    text: "England v Macedonia - dont miss the goals/team news. Txt ur national team to 87077 eg ENGLAND to 87077 Try:WALES, SCOTLAND 4txt/ú1.20 POBOXox36504W45WQ 16+",
    expected: null,
    lang: "en",
    source: UCI,
  },
  {
    text: "Yup... Ok i go home look at the timings then i msg ü again... Xuhui going to learn on 2nd may too but her lesson is at 8am",
    expected: null,
    lang: "en",
    source: UCI,
  },
  {
    text: "Thanks for your subscription to Ringtone UK your mobile will be charged £5/month Please confirm by replying YES or NO. If you reply NO you will not be charged",
    expected: null,
    lang: "en",
    source: UCI,
  },
  {
    text: "07732584351 - Rodger Burns - MSG = We tried to call you re your reply to our sms for a free nokia mobile + free camcorder. Please call now 08000930705 for delivery tomorrow",
    expected: null,
    lang: "en",
    source: UCI,
  },
  {
    text: "Congrats! 1 year special cinema pass for 2 is yours. call 09061209465 now! C Suprman V, Matrix3, StarWars3, etc all 4 FREE! bx420-ip4-5we. 150pm. Dont miss out! ",
    expected: null,
    lang: "en",
    source: UCI,
  },
  {
    text: "As a valued customer, I am pleased to advise you that following recent review of your Mob No. you are awarded with a £1500 Bonus Prize, call 09066364589",
    expected: null,
    lang: "en",
    source: UCI,
  },
  {
    text: "Urgent UR awarded a complimentary trip to EuroDisinc Trav, Aco&Entry41 Or £1000. To claim txt DIS to 87121 18+6*£1.50(moreFrmMob. ShrAcomOrSglSuplt)10, LS1 3AJ",
    expected: null,
    lang: "en",
    source: UCI,
  },
  {
    text: "Please call our customer service representative on 0800 169 6031 between 10am-9pm as you have WON a guaranteed £1000 cash or £5000 prize!",
    expected: null,
    lang: "en",
    source: UCI,
  },
  {
    text: "Havent planning to buy later. I check already lido only got 530 show in e afternoon. U finish work already?",
    expected: null,
    lang: "en",
    source: UCI,
  },
  {
    text: "You are a winner U have been specially selected 2 receive £1000 or a 4* holiday (flights inc) speak to a live operator 2 claim 0871277810910p/min (18+) ",
    expected: null,
    lang: "en",
    source: UCI,
  },
  {
    text: "URGENT! Your Mobile No. was awarded £2000 Bonus Caller Prize on 5/9/03 This is our final try to contact U! Call from Landline 09064019788 BOX42WR29C, 150PPM",
    expected: null,
    lang: "en",
    source: UCI,
  },
  { text: "I am going to sao mu today. Will be done only at 12 ", expected: null, lang: "en", source: UCI },
  {
    text: "Sunshine Quiz Wkly Q! Win a top Sony DVD player if u know which country the Algarve is in? Txt ansr to 82277. £1.50 SP:Tyrone",
    expected: null,
    lang: "en",
    source: UCI,
  },
  {
    text: "Customer service annoncement. You have a New Years delivery waiting for you. Please call 07046744435 now to arrange delivery",
    expected: null,
    lang: "en",
    source: UCI,
  },
  {
    text: "You are a winner U have been specially selected 2 receive £1000 cash or a 4* holiday (flights inc) speak to a live operator 2 claim 0871277810810",
    expected: null,
    lang: "en",
    source: UCI,
  },
  {
    text: "Had your mobile 11 months or more? U R entitled to Update to the latest colour mobiles with camera for Free! Call The Mobile Update Co FREE on 08002986030",
    expected: null,
    lang: "en",
    source: UCI,
  },
  {
    text: "Please call our customer service representative on FREEPHONE 0808 145 4742 between 9am-11pm as you have WON a guaranteed £1000 cash or £5000 prize!",
    expected: null,
    lang: "en",
    source: UCI,
  },
  {
    text: "Are you unique enough? Find out from 30th August. www.areyouunique.co.uk",
    expected: null,
    lang: "en",
    source: UCI,
  },
  {
    text: "is your hamster dead? Hey so tmr i meet you at 1pm orchard mrt? ",
    expected: null,
    lang: "en",
    source: UCI,
  },
  { text: "U call me alter at 11 ok.", expected: null, lang: "en", source: UCI },
  {
    text: "500 New Mobiles from 2004, MUST GO! Txt: NOKIA to No: 89545 & collect yours today!From ONLY £1 www.4-tc.biz 2optout 087187262701.50gbp/mtmsg18",
    expected: null,
    lang: "en",
    source: UCI,
  },
  { text: "I have to take exam with march 3", expected: null, lang: "en", source: UCI },
  {
    text: "U 447801259231 have a secret admirer who is looking 2 make contact with U-find out who they R*reveal who thinks UR so special-call on 09058094597",
    expected: null,
    lang: "en",
    source: UCI,
  },
  {
    text: "Congratulations ur awarded 500 of CD vouchers or 125gift guaranteed & Free entry 2 100 wkly draw txt MUSIC to 87066 TnCs www.Ldew.com1win150ppmx3age16",
    expected: null,
    lang: "en",
    source: UCI,
  },
  {
    text: "We tried to contact you re your reply to our offer of a Video Handset? 750 anytime networks mins? UNLIMITED TEXT? Camcorder? Reply or call 08000930705 NOW",
    expected: null,
    lang: "en",
    source: UCI,
  },
  { text: "MY NO. IN LUTON 0125698789 RING ME IF UR AROUND! H*", expected: null, lang: "en", source: UCI },
  {
    text: "Ur ringtone service has changed! 25 Free credits! Go to club4mobiles.com to choose content now! Stop? txt CLUB STOP to 87070. 150p/wk Club4 PO Box1146 MK45 2WT",
    expected: null,
    lang: "en",
    source: UCI,
  },
  {
    text: "HMV BONUS SPECIAL 500 pounds of genuine HMV vouchers to be won. Just answer 4 easy questions. Play Now! Send HMV to 86688 More info:www.100percent-real.com",
    expected: null,
    lang: "en",
    source: UCI,
  },
  {
    text: "T-Mobile customer you may now claim your FREE CAMERA PHONE upgrade & a pay & go sim card for your loyalty. Call on 0845 021 3680.Offer ends 28thFeb.T&C's apply",
    expected: null,
    lang: "en",
    source: UCI,
  },
  {
    text: "Think ur smart ? Win £200 this week in our weekly quiz, text PLAY to 85222 now!T&Cs WinnersClub PO BOX 84, M26 3UZ. 16+. GBP1.50/week",
    expected: null,
    lang: "en",
    source: UCI,
  },
  {
    text: "December only! Had your mobile 11mths+? You are entitled to update to the latest colour camera mobile for Free! Call The Mobile Update Co FREE on 08002986906",
    expected: null,
    lang: "en",
    source: UCI,
  },
  {
    text: "Call Germany for only 1 pence per minute! Call from a fixed line via access number 0844 861 85 85. No prepayment. Direct access!",
    expected: null,
    lang: "en",
    source: UCI,
  },
  {
    text: "Valentines Day Special! Win over £1000 in our quiz and take your partner on the trip of a lifetime! Send GO to 83600 now. 150p/msg rcvd. CustCare:08718720201.",
    expected: null,
    lang: "en",
    source: UCI,
  },
  {
    text: "Ur cash-balance is currently 500 pounds - to maximize ur cash-in now send CASH to 86688 only 150p/msg. CC: 08708800282 HG/Suite342/2Lands Row/W1J6HL",
    expected: null,
    lang: "en",
    source: UCI,
  },
  {
    text: "Update_Now - Xmas Offer! Latest Motorola, SonyEricsson & Nokia & FREE Bluetooth! Double Mins & 1000 Txt on Orange. Call MobileUpd8 on 08000839402 or call2optout/F4Q=",
    expected: null,
    lang: "en",
    source: UCI,
  },
  {
    text: "Thanks for your Ringtone Order, Reference T91. You will be charged GBP 4 per week. You can unsubscribe at anytime by calling customer services on 09057039994",
    expected: null,
    lang: "en",
    source: UCI,
  },
  { text: "Hey i will be late ah... Meet you at 945+", expected: null, lang: "en", source: UCI },
  {
    text: "Double mins and txts 4 6months FREE Bluetooth on Orange. Available on Sony, Nokia Motorola phones. Call MobileUpd8 on 08000839402 or call2optout/N9DX",
    expected: null,
    lang: "en",
    source: UCI,
  },
  {
    text: "4mths half price Orange line rental & latest camera phones 4 FREE. Had your phone 11mths ? Call MobilesDirect free on 08000938767 to update now! or2stoptxt",
    expected: null,
    lang: "en",
    source: UCI,
  },
  {
    text: "FREE RINGTONE text FIRST to 87131 for a poly or text GET to 87131 for a true tone! Help? 0845 2814032 16 after 1st free, tones are 3x£150pw to e£nd txt stop",
    expected: null,
    lang: "en",
    source: UCI,
  },
  { text: "100 dating service cal;l 09064012103 box334sk38ch", expected: null, lang: "en", source: UCI },
  {
    text: "FREE entry into our £250 weekly competition just text the word WIN to 80086 NOW. 18 T&C www.txttowin.co.uk",
    expected: null,
    lang: "en",
    source: UCI,
  },
  {
    text: "7 at esplanade.. Do ü mind giving me a lift cos i got no car today..",
    expected: null,
    lang: "en",
    source: UCI,
  },
  {
    text: "Congrats! Nokia 3650 video camera phone is your Call 09066382422 Calls cost 150ppm Ave call 3mins vary from mobiles 16+ Close 300603 post BCM4284 Ldn WC1N3XX",
    expected: null,
    lang: "en",
    source: UCI,
  },
  {
    text: "Hi hope u get this txt~journey hasnt been gd,now about 50 mins late I think.",
    expected: null,
    lang: "en",
    source: UCI,
  },
  {
    text: "Loan for any purpose £500 - £75,000. Homeowners + Tenants welcome. Have you been previously refused? We can still help. Call Free 0800 1956669 or text back 'help'",
    expected: null,
    lang: "en",
    source: UCI,
  },
  {
    text: "1.20 that call cost. Which i guess isnt bad. Miss ya, need ya, want ya, love ya",
    expected: null,
    lang: "en",
    source: UCI,
  },
  {
    text: "UpgrdCentre Orange customer, you may now claim your FREE CAMERA PHONE upgrade for your loyalty. Call now on 0207 153 9153. Offer ends 26th July. T&C's apply. Opt-out available",
    expected: null,
    lang: "en",
    source: UCI,
  },
  {
    text: "okmail: Dear Dave this is your final notice to collect your 4* Tenerife Holiday or #5000 CASH award! Call 09061743806 from landline. TCs SAE Box326 CW25WX 150ppm",
    expected: null,
    lang: "en",
    source: UCI,
  },
  {
    text: "FREE MESSAGE Activate your 500 FREE Text Messages by replying to this message with the word FREE For terms & conditions, visit www.07781482378.com",
    expected: null,
    lang: "en",
    source: UCI,
  },
  {
    text: "+123 Congratulations - in this week's competition draw u have won the £1450 prize to claim just call 09050002311 b4280703. T&Cs/stop SMS 08718727868. Over 18 only 150ppm",
    expected: null,
    lang: "en",
    source: UCI,
  },
  {
    text: "You are guaranteed the latest Nokia Phone, a 40GB iPod MP3 player or a £500 prize! Txt word: COLLECT to No: 83355! IBHltd LdnW15H 150p/Mtmsgrcvd18+",
    expected: null,
    lang: "en",
    source: UCI,
  },
  {
    text: "URGENT!: Your Mobile No. was awarded a £2,000 Bonus Caller Prize on 02/09/03! This is our 2nd attempt to contact YOU! Call 0871-872-9755 BOX95QU",
    expected: null,
    lang: "en",
    source: UCI,
  },
  {
    text: "Today's Offer! Claim ur £150 worth of discount vouchers! Text YES to 85023 now! SavaMob, member offers mobile! T Cs 08717898035. £3.00 Sub. 16 . Unsub reply X",
    expected: null,
    lang: "en",
    source: UCI,
  },
  {
    text: "You will recieve your tone within the next 24hrs. For Terms and conditions please see Channel U Teletext Pg 750",
    expected: null,
    lang: "en",
    source: UCI,
  },
  { text: "4 oclock at mine. Just to bash out a flat plan.", expected: null, lang: "en", source: UCI },
];
