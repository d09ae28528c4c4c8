/** Every list of categories the forms and filters read (by operation name: other features own them). */
export const CATEGORY_QUERIES = [
  'SettingsCategories',
  'CustomerCategories',
  'CustomerGroups',
  'ContactStatuses',
];
