import { CUSTOMER_LEVELS } from '@sen/shared';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { CustomerLevel } from '../../../gql/graphql';
import { parsePanel, serializePanel, type CustomerPanelFilter } from './customer-filter';

function isLevel(value: string | null): value is CustomerLevel {
  return value !== null && (CUSTOMER_LEVELS as readonly string[]).includes(value);
}

/** Quick search, level tab and filter panel, kept in the address bar (`?q=&level=&f=`). */
export function useCustomerListState() {
  const [params, setParams] = useSearchParams();
  const search = params.get('q') ?? '';
  const rawLevel = params.get('level');
  const level = isLevel(rawLevel) ? rawLevel : null;
  const rawPanel = params.get('f');
  const panel = useMemo(() => parsePanel(rawPanel), [rawPanel]);

  const update = useCallback(
    (key: string, value: string | null) =>
      setParams(
        (prev) => {
          const next = new URLSearchParams(prev);
          if (value) {
            next.set(key, value);
          } else {
            next.delete(key);
          }
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );

  return {
    search,
    level,
    panel,
    setSearch: useCallback((value: string) => update('q', value), [update]),
    setLevel: useCallback((value: CustomerLevel | null) => update('level', value), [update]),
    setPanel: useCallback((value: CustomerPanelFilter) => update('f', serializePanel(value)), [update]),
    /** Back to the whole list: no search, no level, no panel criteria. */
    clear: useCallback(() => setParams(new URLSearchParams(), { replace: true }), [setParams]),
  };
}
