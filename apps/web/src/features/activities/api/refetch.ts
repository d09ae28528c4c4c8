/** Lists that show activities, refreshed after a change. */
export const ACTIVITY_QUERIES = ['Activities', 'Activity', 'Reminders'];
