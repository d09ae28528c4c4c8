/** Screens that show customers; active ones refetch after a write so lists and counts agree. */
export const CUSTOMER_QUERIES = [
  'Customers',
  'CustomerLevelCounts',
  'Customer',
  'CustomerLabels',
  'CustomerHistory',
  'OwnershipHistory',
];

/**
 * After a delete or a transfer the customer's own screen may no longer be readable (NOT_FOUND);
 * it is left, not refetched, so the mutation does not fail on its refetch.
 */
export const CUSTOMER_LIST_QUERIES = [
  'Customers',
  'CustomerLevelCounts',
  'CustomerLabels',
  'OwnershipHistory',
];
