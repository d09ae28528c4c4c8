import { formatDateTimeVi } from '@sen/shared';
import type { TFunction } from 'i18next';
import type { ActivityPriority, ActivityStatus, ActivityType } from '../../../gql/graphql';

/** Fields shown in the history, in this order; ids stay in the data for integrators. */
export const HISTORY_FIELDS = [
  'comment',
  'name',
  'type',
  'status',
  'priority',
  'assignee',
  'startAt',
  'dueAt',
  'participants',
  'customers',
  'description',
] as const;

function show(t: TFunction, field: string, value: unknown): string {
  if (value === null || value === undefined || value === '') {
    return '—';
  }
  if (Array.isArray(value)) {
    return value.length ? value.join(', ') : '—';
  }
  switch (field) {
    case 'type':
      return t(`activities.types.${value as ActivityType}`);
    case 'status':
      return t(`activities.statuses.${value as ActivityStatus}`);
    case 'priority':
      return t(`activities.priorities.${value as ActivityPriority}`);
    case 'startAt':
    case 'dueAt':
      return formatDateTimeVi(String(value));
    default:
      return String(value);
  }
}

export function formatChange(
  t: TFunction,
  field: string,
  change: { from: unknown; to: unknown },
  created = false,
): string {
  // A comment, or a field of a new activity, has no "before".
  if (field === 'comment' || created) {
    return show(t, field, change.to);
  }
  return `${show(t, field, change.from)} → ${show(t, field, change.to)}`;
}
