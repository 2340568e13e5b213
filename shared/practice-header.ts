/**
 * The response header by which the practice server says it is not Meta. Meta never
 * sends it; a client that sees it labels what it made (receipts) as practice.
 */
export const PRACTICE_SERVER_HEADER = 'x-waba-access-practice';
