/**
 * Screens that show contacts, including the trash (the `Contacts` list of deleted ones) and the
 * customer's "Liên hệ" tab and contact count (by operation name: the customers feature owns those
 * documents).
 */
export const CONTACT_QUERIES = ['Contacts', 'Contact', 'CustomerContacts', 'Customer', 'Customers'];

/** After a delete: the deleted contact's own screen is left, not refetched (it would be NOT_FOUND). */
export const CONTACT_LIST_QUERIES = CONTACT_QUERIES.filter((name) => name !== 'Contact');
