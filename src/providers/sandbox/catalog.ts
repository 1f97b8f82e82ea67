/**
 * What the sandbox sells: services with realistic prices (USD cents) and stock, the SMS each service
 * really sends (wording and code format as seen on real phones), and the rental periods.
 */
import { serviceName } from "../../core/catalog.js";

export interface ServiceSpec {
  /** Price of one activation, in cents of the sandbox's currency. */
  price: number;
  /** Numbers on hand at start. */
  stock: number;
  /** Digits in the code the service sends. */
  digits: number;
  /** Sender shown for the SMS. */
  sender: string;
  /** The SMS text carrying `code`. */
  text: (code: string) => string;
}

const split = (code: string, at = 3, sep = "-") => `${code.slice(0, at)}${sep}${code.slice(at)}`;

export const DEFAULT_SERVICES: Readonly<Record<string, ServiceSpec>> = {
  whatsapp: {
    price: 60,
    stock: 240,
    digits: 6,
    sender: "WhatsApp",
    text: (c) => `Your WhatsApp code: ${split(c)}\n\nDon't share this code with others`,
  },
  telegram: {
    price: 45,
    stock: 310,
    digits: 5,
    sender: "Telegram",
    text: (c) =>
      `Telegram code: ${c}\n\nDo not give this code to anyone, even if they say they are from Telegram!`,
  },
  google: {
    price: 35,
    stock: 520,
    digits: 6,
    sender: "Google",
    text: (c) => `G-${c} is your Google verification code.`,
  },
  facebook: {
    price: 25,
    stock: 410,
    digits: 6,
    sender: "Facebook",
    text: (c) => `${c} is your Facebook confirmation code`,
  },
  twitter: {
    price: 30,
    stock: 190,
    digits: 6,
    sender: "X",
    text: (c) => `${c} is your X verification code.`,
  },
  instagram: {
    price: 30,
    stock: 275,
    digits: 6,
    sender: "Instagram",
    text: (c) => `${split(c, 3, " ")} is your Instagram code. Don't share it.`,
  },
  tiktok: {
    price: 25,
    stock: 330,
    digits: 6,
    sender: "TikTok",
    text: (c) =>
      `[TikTok] ${c} is your verification code, valid for 5 minutes. To keep your account safe, never forward this code.`,
  },
  discord: {
    price: 20,
    stock: 150,
    digits: 6,
    sender: "Discord",
    text: (c) => `Your Discord security code is: ${c}`,
  },
  amazon: {
    price: 30,
    stock: 205,
    digits: 6,
    sender: "Amazon",
    text: (c) => `${c} is your Amazon OTP. Do not share it with anyone.`,
  },
  paypal: {
    price: 50,
    stock: 90,
    digits: 6,
    sender: "PayPal",
    text: (c) => `PayPal: Your security code is: ${c}. Your code expires in 10 minutes. Please don't reply.`,
  },
  apple: {
    price: 40,
    stock: 120,
    digits: 6,
    sender: "Apple",
    text: (c) => `Your Apple Account code is: ${c}. Don't share it with anyone.`,
  },
  uber: {
    price: 25,
    stock: 160,
    digits: 4,
    sender: "Uber",
    text: (c) =>
      `Your Uber code is ${c}. Never share this code. Reply STOP ALL to +1 415-237-0403 to unsubscribe.`,
  },
  netflix: {
    price: 20,
    stock: 140,
    digits: 6,
    sender: "Netflix",
    text: (c) => `Netflix: Your verification code is ${c}. Don't share it.`,
  },
  snapchat: {
    price: 20,
    stock: 180,
    digits: 6,
    sender: "Snapchat",
    text: (c) => `Snapchat code: ${split(c)}. Happy Snapping!`,
  },
  microsoft: {
    price: 20,
    stock: 260,
    digits: 6,
    sender: "Microsoft",
    text: (c) => `Use ${c} as Microsoft account security code`,
  },
  yahoo: {
    price: 15,
    stock: 300,
    digits: 6,
    sender: "Yahoo",
    text: (c) => `${c} is your Yahoo verification code.`,
  },
  linkedin: {
    price: 35,
    stock: 110,
    digits: 6,
    sender: "LinkedIn",
    text: (c) => `Your LinkedIn verification code is ${c}.`,
  },
  openai: {
    price: 45,
    stock: 95,
    digits: 6,
    sender: "OpenAI",
    text: (c) => `Your OpenAI verification code is: ${c}`,
  },
  signal: {
    price: 30,
    stock: 130,
    digits: 6,
    sender: "Signal",
    text: (c) => `Your Signal code is: ${split(c)}\nDo not share this code`,
  },
  tinder: { price: 35, stock: 85, digits: 6, sender: "Tinder", text: (c) => `Your Tinder code is ${c}` },
};

/** A service added through the `services` option with no known wording gets the generic SMS. */
export function genericService(slug: string, price: number): ServiceSpec {
  const name = serviceName(slug);
  return {
    price,
    stock: 100,
    digits: 6,
    sender: name,
    text: (c) => `Your ${name} verification code is ${c}`,
  };
}

/** The spoken form of a voice-channel code, as providers transcribe the call. */
export function voiceText(service: string, code: string): string {
  return `Voice call from ${serviceName(service)}: your verification code is ${code}. Again, ${code}.`;
}

/** Rental price per period in days (cents). */
export const RENTAL_PRICES: Readonly<Record<number, number>> = { 1: 150, 7: 500, 30: 1500, 90: 3500 };
export const RENTAL_DAYS: readonly number[] = /* @__PURE__ */ Object.keys(RENTAL_PRICES).map(Number);
