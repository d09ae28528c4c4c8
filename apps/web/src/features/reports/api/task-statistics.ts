import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';

export const TaskStatisticsDocument = graphql(`
  query TaskStatistics($from: Date!, $to: Date!, $departmentId: ID) {
    taskStatistics(from: $from, to: $to, departmentId: $departmentId) {
      assigneeId
      assignee {
        id
        name
      }
      planned
      inProgress
      done
      cancelled
      overdue
      total
    }
  }
`);

export function useTaskStatistics(from: string, to: string, departmentId: string | null) {
  return useQuery(TaskStatisticsDocument, {
    variables: { from, to, departmentId },
    fetchPolicy: 'cache-and-network',
  });
}
