import { crm } from '../../test/crm';
import type { TestApp } from '../../test/harness';

export const ACTIVITY_FIELDS = `id name type status priority description startAt dueAt version
  assignee { email } createdBy { email } participants { email } customers { id name level }`;

export const ACTIVITY_TABLES = [
  'activity',
  'activity_customer',
  'activity_participant',
  'activity_comment',
  'customer',
  'audit_log',
];

export interface ActivityResult {
  id: string;
  name: string;
  status: string;
  version: number;
  assignee: { email: string };
  customers: { id: string; name: string; level: string }[];
  [k: string]: unknown;
}

export function acts(app: TestApp) {
  const h = crm(app);
  return {
    ...h,
    create(token: string, input: Record<string, unknown>, lang?: string) {
      return app.gql<{ createActivity: ActivityResult }>(
        `mutation($i: CreateActivityInput!) { createActivity(input: $i) { ${ACTIVITY_FIELDS} } }`,
        { i: input },
        { token, lang },
      );
    },
    async make(token: string, input: Record<string, unknown>) {
      const r = await this.create(token, input);
      if (!r.data) {
        throw new Error(`createActivity failed: ${JSON.stringify(r.errors)}`);
      }
      return r.data.createActivity;
    },
    update(token: string, id: string, input: Record<string, unknown>) {
      return app.gql<{ updateActivity: ActivityResult }>(
        `mutation($id: ID!, $i: UpdateActivityInput!) { updateActivity(id: $id, input: $i) { ${ACTIVITY_FIELDS} } }`,
        { id, i: input },
        { token },
      );
    },
    async list(token: string, filter: Record<string, unknown> = {}) {
      const r = await app.gql<{ activities: { nodes: { id: string; name: string }[]; totalCount: number } }>(
        'query($f: ActivityFilter) { activities(filter: $f, first: 200) { nodes { id name } totalCount } }',
        { f: filter },
        { token },
      );
      if (!r.data) {
        throw new Error(`activities failed: ${JSON.stringify(r.errors)}`);
      }
      return r.data.activities;
    },
    get(token: string, id: string) {
      return app.gql<{ activity: ActivityResult | null }>(
        `query($id: ID!) { activity(id: $id) { ${ACTIVITY_FIELDS}
          comments { body author { email } }
          history { kinds description changes user { email } } } }`,
        { id },
        { token },
      );
    },
  };
}
