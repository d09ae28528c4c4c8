import { auditText } from '../../core/audit-text';
import type { TrashSpec } from '../../core/trash';
import { ACTIVITY_OWNERSHIP } from './activity-access';
import { Activity } from './activity.entity';

/** X-07 for activities; the history stays in the audit log whatever happens to the row. */
export const ACTIVITY_TRASH: TrashSpec<Activity> = {
  ownership: ACTIVITY_OWNERSHIP,
  target: Activity,
  module: 'activity',
  text: (action, a) => auditText(`activity.${action}`, { name: a.name }),
};
