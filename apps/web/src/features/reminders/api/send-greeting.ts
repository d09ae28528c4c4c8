import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';

export const SendGreetingDocument = graphql(`
  mutation SendGreeting($kind: ReminderKind!, $recordId: ID!, $subject: String!, $body: String!) {
    sendGreeting(kind: $kind, recordId: $recordId, subject: $subject, body: $body) {
      id
      status
      toAddress
    }
  }
`);

export function useSendGreeting() {
  return useMutation(SendGreetingDocument);
}
