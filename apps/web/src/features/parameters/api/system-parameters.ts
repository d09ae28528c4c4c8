import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';

export const SystemParametersFragment = graphql(`
  fragment SystemParametersAll on SystemParameters {
    companyName
    senderEmail
    customerCodeMode
    customerCodePrefix
    customerCodeWidth
    createdDateMode
    taskReminderDays
    anniversaryReminderDays
    contactBirthdayReminderDays
    contractExpiryReminderDays
    paymentReminderDays
    smtpHost
    smtpPort
    smtpSecure
    smtpUser
    smtpPasswordSet
    version
  }
`);

export const ParametersDocument = graphql(`
  query Parameters {
    systemParameters {
      ...SystemParametersAll
    }
  }
`);

export function useParameters() {
  return useQuery(ParametersDocument, { fetchPolicy: 'network-only' });
}
