import 'graphiql/style.css';
import { GraphiQL } from 'graphiql';
import { StrictMode, type ComponentProps } from 'react';
import { createRoot } from 'react-dom/client';

type Fetcher = ComponentProps<typeof GraphiQL>['fetcher'];

// Same origin, same token as the app: what the signed-in user may do, they may try here.
// Headers typed in GraphiQL's "Headers" tab (an integrator's API token) win over the session's.
const fetcher: Fetcher = async (params, options) => {
  const token = localStorage.getItem('sen.token');
  const typed = (options?.headers ?? {}) as Record<string, string>;
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Accept: 'application/graphql-response+json, application/json',
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
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
