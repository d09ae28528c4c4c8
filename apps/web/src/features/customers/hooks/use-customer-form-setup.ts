import { createCustomerSchema, updateCustomerSchema } from '@sen/shared';
import { useMemo } from 'react';
import { useCustomerFieldRules } from '../api/customer-field-rules';
import { useCustomerSystemParameters } from '../api/customer-system-parameters';
import { useCustomerViewer } from '../api/customer-viewer';
import { requireFields } from '../../../components/form';

/** What both customer forms need: the modes of PAR-02/03, the DUP-01 required fields, the viewer. */
export function useCustomerFormSetup() {
  const viewer = useCustomerViewer();
  const parametersQuery = useCustomerSystemParameters();
  // Unreadable parameters leave both modes automatic; the server decides anyway.
  const parameters = parametersQuery.data?.systemParameters;
  const parametersLoaded = Boolean(parameters) || Boolean(parametersQuery.error);
  const { required, loaded } = useCustomerFieldRules();
  const manualCode = parameters?.customerCodeMode === 'MANUAL';
  const manualCreatedDate = parameters?.createdDateMode === 'MANUAL';
  const codeExample = parameters
    ? `${parameters.customerCodePrefix}${'1'.padStart(parameters.customerCodeWidth, '0')}`
    : undefined;

  const createSchema = useMemo(() => {
    const extra = new Set(required);
    if (manualCode) {
      extra.add('code');
    }
    if (manualCreatedDate) {
      extra.add('createdAt');
    }
    return requireFields(createCustomerSchema, extra);
  }, [required, manualCode, manualCreatedDate]);
  const updateSchema = useMemo(() => requireFields(updateCustomerSchema, required), [required]);

  return {
    viewer,
    ready: Boolean(viewer) && parametersLoaded && loaded,
    manualCode,
    manualCreatedDate,
    codeExample,
    required,
    createSchema,
    updateSchema,
    canPickOwner: viewer?.role === 'ADMIN' || viewer?.role === 'MANAGER',
    canAddGroup: viewer?.role === 'ADMIN',
  };
}
