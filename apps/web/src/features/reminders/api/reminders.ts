import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';

export const RemindersDocument = graphql(`
  query Reminders {
    reminders {
      kind
      date
      recordId
      title
      subtitle
      email
    }
  }
`);

/** Today's reminders (the server decides "today" in Asia/Ho_Chi_Minh); refreshed every 10 minutes. */
export function useReminders() {
  return useQuery(RemindersDocument, { pollInterval: 10 * 60 * 1000, fetchPolicy: 'cache-and-network' });
}
