// The sample user and data the preview's screens are filled with: never a real account.

export const SAMPLE = {
  account: "alex@example.com",
  totpSecret: "HXDMVJECJJWSRB3HWIZR4IFUGFTMXBOZ",
  lockoutMinutes: 12,
  passkeyName: "MacBook Pro",
  backupCodes: [
    "k7m2p-9xq4d",
    "r3t8w-2hj6v",
    "b5n1c-7yz3f",
    "q9d4s-1mk8p",
    "h2v6x-5tr9a",
    "w8f3j-4nb2e",
    "c6p7y-3gd1u",
    "z4a9m-8ks5q",
    "e1x5r-6wv7t",
    "u3g8n-2cf4h",
  ],
} as const;
