import type { ApolloServerPlugin } from '@apollo/server';
import { AppError } from '@sen/shared';
import type { Context } from './context';

/** A read-only API token may query; any mutation is refused before a resolver runs. */
export const readOnlyPlugin: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ contextValue, operation }) {
        if (contextValue.user?.readOnly && operation?.operation !== 'query') {
          throw new AppError('FORBIDDEN', { messageKey: 'auth.readOnlyToken' });
        }
      },
    };
  },
};
