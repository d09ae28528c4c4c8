import 'graphiql/style.css';
import { GraphiQL } from 'graphiql';
import { StrictMode, type ComponentProps } from 'react';
import { createRoot } from 'react-dom/client';

type Fetcher = ComponentProps<typeof GraphiQL>['fetcher'];

// Same origin, same session cookie as the app: what the signed-in user may do, they may try here.
// An integrator's API token typed in GraphiQL's "Headers" tab (Authorization) wins over the cookie.
const fetcher: Fetcher = async (params, options) => {
  const typed = (options?.headers ?? {}) as Record<string, string>;
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Accept: 'application/graphql-response+json, application/json',
      ...typed,
    },
    body: JSON.stringify(params),
  });
  return response.json();
};

const root = document.getElementById('graphiql');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <GraphiQL fetcher={fetcher} />
    </StrictMode>,
  );
}
