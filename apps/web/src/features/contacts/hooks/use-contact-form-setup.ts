import { createContactSchema, updateContactSchema } from '@sen/shared';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { useContactFieldRules } from '../api/contact-field-rules';
import { isManagerOrAdmin, useViewer } from '../../../lib/viewer';
import { requireFields } from '../../../components/form';

/** What both contact forms need: DUP-01 required fields, the viewer and where "Trở về" goes. */
export function useContactFormSetup() {
  const viewer = useViewer();
  const { required, loaded } = useContactFieldRules();
  const [params] = useSearchParams();
  const back = params.get('back');
  const createSchema = useMemo(() => requireFields(createContactSchema, required), [required]);
  const updateSchema = useMemo(() => requireFields(updateContactSchema, required), [required]);
  return {
    viewer,
    ready: loaded,
    required,
    createSchema,
    updateSchema,
    // Only a path inside the app: `?back=` must not send the user elsewhere.
    backTo: back && back.startsWith('/') && !back.startsWith('//') ? back : '/contacts',
    presetCustomerId: params.get('customerId'),
    canPickOwner: isManagerOrAdmin(viewer),
  };
}
