/** Temp Number's own example responses, byte for byte (docs/providers/tempnumber.md). */

export const accountExample = {
  success: true,
  balance: 124.5,
  currency: "USD",
};

export const pricingAllExample = {
  success: true,
  data: [
    {
      country_code: "US",
      country_name: "United States",
      packages: [
        {
          number_type: "voip",
          duration: "oneMonth",
          duration_label: "1 Month",
          price: 4.99,
          original_price: 5.99,
          updated_at: null,
        },
        {
          number_type: "voip",
          duration: "threeMonths",
          duration_label: "3 Months",
          price: 12.99,
          original_price: null,
          updated_at: null,
        },
        {
          number_type: "voip",
          duration: "sixMonths",
          duration_label: "6 Months",
          price: 22.99,
          original_price: null,
          updated_at: null,
        },
      ],
    },
  ],
  meta: { count: 1 },
};

export const pricingGbExample = {
  success: true,
  data: {
    country_code: "GB",
    country_name: "United Kingdom",
    packages: [
      {
        number_type: "voip",
        duration: "oneMonth",
        duration_label: "1 Month",
        price: 5.49,
        original_price: null,
        updated_at: null,
      },
    ],
  },
};

export const inventoryExample = {
  success: true,
  data: {
    country_code: "US",
    duration: "oneMonth",
    number_type: "voip",
    stock: 47,
    available: true,
    status: "In Stock",
  },
};

export const buyExample = {
  success: true,
  data: {
    id: 1482,
    phone_number: "+14035551234",
    country_code: "US",
    country_name: "United States",
    number_type: "voip",
    status: "active",
    purchase_date: "2026-05-13T17:42:09Z",
    expire_date: "2026-06-13T17:42:09Z",
  },
  meta: {
    charged: 4.99,
    currency: "USD",
    wallet_balance_after: 119.51,
  },
};

export const renewExample = {
  success: true,
  data: {
    id: 1482,
    phone_number: "+14035551234",
    status: "active",
    expire_date: "2026-09-13T17:42:09Z",
  },
  meta: {
    charged: 12.99,
    currency: "USD",
    wallet_balance_after: 106.52,
  },
};

export const cancelExample = {
  success: true,
  data: {
    id: 1482,
    phone_number: "+14035551234",
    status: "cancelled",
  },
  meta: {
    refunded: 4.99,
    currency: "USD",
    wallet_balance_after: 124.5,
  },
};

export const listNumbersExample = {
  success: true,
  data: [
    {
      id: 1482,
      phone_number: "+14035551234",
      country_code: "US",
      country_name: "United States",
      number_type: "voip",
      status: "active",
      purchase_date: "2026-05-13T17:42:09Z",
      expire_date: "2026-06-13T17:42:09Z",
    },
  ],
  meta: { count: 1, status: "expiring_soon" },
};

export const numberSmsExample = {
  success: true,
  data: {
    number: {
      id: 1482,
      phone_number: "+14035551234",
      country_code: "US",
      country_name: "United States",
      number_type: "voip",
      status: "active",
      purchase_date: "2026-05-13T17:42:09Z",
      expire_date: "2026-06-13T17:42:09Z",
    },
    messages: [
      {
        id: 9912,
        from: "+18005550199",
        body: "Your code is 432901",
        received_at: "2026-05-13T17:43:14Z",
      },
    ],
  },
  meta: { count: 1 },
};

export const receiveSmsExample = {
  success: true,
  data: {
    phoneNumber: "+14035551234",
    purchaseStatus: "active",
    messages: [
      {
        id: 1842,
        from: "WhatsApp",
        to: "+14035551234",
        message: "Your verification code is 483920.",
        receivedAt: "2026-05-13T17:43:14Z",
      },
    ],
  },
  meta: {
    count: 1,
    pageSize: 50,
    hasMore: false,
    nextCursor: null,
    prevCursor: null,
    requestedAt: "2026-05-13T17:43:20Z",
  },
};

/** Temp Number's error example. */
export const insufficientFundsExample = {
  success: false,
  message: "Insufficient funds to complete this purchase.",
};
