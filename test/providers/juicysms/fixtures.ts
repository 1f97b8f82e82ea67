/**
 * JuicySMS's own example responses, byte for byte. The string replies are the documented words; JuicySMS
 * gives templates (`ORDER_ID_{ORDER_ID}_NUMBER_{PHONE_NUMBER}`), so the filled-in ones use its own
 * example number `07684563067`. docs/providers/juicysms.md lists them.
 */

export const rentalNewExample = `{
"success": true,
"contract_id": 34405,
"package": "3m",
"auto_renew": "true",
"expire_on": "2026-06-22T12:57:03.000000Z",
"phone_number": "07684563067",
"country": "UK"
}`;

export const rentalExtendExample = `{
"success": true,
"package": "3m",
"new_expire": "2026-09-22T12:57:03.000000Z"
}`;

export const rentalEditExample = `{
"success": true,
"auto_renew": false
}`;

export const rentalViewExample = `{
"success": true,
"contract_id": 33405,
"phone_number": "07684563067",
"country": "UK",
"package": "3m",
"renewal_package": "3m",
"auto_renew": false,
"expire_on": "2026-09-22T12:57:03.000000Z",
"received_sms": [
{
"id": 1,
"sender": "Uber",
"body": "Your Uber code is 0183. Never share this code.",
"receive_date": "2023-08-02T14:30:23.000000Z"
},
{
"id": 2,
"sender": "SinchVerify",
"body": "Your Tinder code is 417097 Don’t share @tinder.com #417097",
"receive_date": "2023-08-02T14:30:42.000000Z"
}
]
}`;

/** makeorder: the documented replies. */
export const makeorderReplies = {
  success: "ORDER_ID_5824699_NUMBER_07684563067",
  noPhone: "NO_PHONE_AVAILABLE",
  alreadyOpen: "ORDER_ALREADY_OPEN_5824699",
  noBalance: "NO_BALANCE",
} as const;

/** getsms. */
export const getsmsReplies = {
  expired: "ORDER_EXPIRED",
  waiting: "WAITING",
  success: "SUCCESS_Your Telegram code: 41953. Do not give this code to anyone.",
} as const;

/** cancelorder and skipnumber. */
export const cancelReplies = {
  alreadyExpired: "ORDER_ALREADY_EXPIRED",
  alreadyCompleted: "ORDER_ALREADY_COMPLETED",
  canceled: "ORDER_CANCELED",
  skipped: "NUMBER_SKIPPED_ORDER_CANCELED",
} as const;

/** reuse. */
export const reuseReplies = {
  offline: "NUMBER_OFFLINE",
  alreadyOpen: "ORDER_ALREADY_OPEN_5824700",
  noBalance: "NO_BALANCE",
  success: "ORDER_ID_5824700_NUMBER_07684563067",
} as const;

/** rental/new and rental/extend failures. */
export const rentalReplies = {
  noStock: "NO_STOCK",
  noBalance: "NO_BALANCE",
  invalidPackage: "INVALID_PACKAGE",
  expired: "NUMBER_EXPIRED",
} as const;

/** Seen in the wild (reported by independent clients of the API). */
export const wildReplies = {
  unauthorized: "UNAUTHORIZED",
  noKey: "NO_KEY_PROVIDED",
  error: "ERROR",
} as const;
