/** The CLI's exit codes (issue 3); kept apart so `--help` needs nothing else. */
export const EXIT = {
  ok: 0,
  other: 1,
  usage: 2,
  token: 3,
  permission: 4,
  notVerified: 5,
  rateLimited: 6,
  network: 7,
} as const;
