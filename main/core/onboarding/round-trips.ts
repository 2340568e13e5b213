/**
 * How many Graph requests one single-WABA onboarding makes (issue 3): inspect
 * (debug_token alongside a batch of /me and /me/businesses, then one batch of
 * system users and owned/client WABAs), discover (one batch of phone
 * numbers), list system users with their tasks on the WABA (one read), plan
 * (nothing new to read), apply (one POST), verify (one read). The round-trip
 * test counts them in the practice server's log; the README quotes these.
 */
export const ONBOARDING_REQUESTS = 7;
/** Sequential steps: inspect's first two requests travel side by side. */
export const ONBOARDING_SEQUENTIAL_ROUND_TRIPS = 6;
