import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { FormPage } from '../../../components/form';
import { PageLoader } from '../../../components/page';
import { useCreateContact } from '../api/create-contact';
import { useContactFormSetup } from '../hooks/use-contact-form-setup';
import { ContactFormFields } from './contact-form-fields';
import { notifyDone } from '../../../lib/notify';

/** Thêm mới liên hệ (CON-02): from Liên hệ, or from a customer's tab with `?customerId=` preset. */
export function ContactCreatePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const setup = useContactFormSetup();
  const [createContact] = useCreateContact();
  const back = () => void navigate(setup.backTo);

  if (!setup.ready || !setup.viewer) {
    return <PageLoader />;
  }
  return (
    <FormPage
      title={t('contacts.createTitle')}
      mode="create"
      onBack={back}
      maw={960}
      schema={setup.createSchema}
      defaultValues={{
        name: '',
        customerId: setup.presetCustomerId,
        title: null,
        gender: null,
        mobile: null,
        email: null,
        birthday: null,
        address: null,
        isPrimary: false,
        notes: null,
        statusId: null,
        ownerId: setup.viewer.id,
      }}
      onSubmit={async (input) => {
        const { data } = await createContact({ variables: { input } });
        if (data) {
          notifyDone(t('contacts.created', { name: data.createContact.name }));
          back();
        }
      }}
    >
      <ContactFormFields required={setup.required} canPickOwner={setup.canPickOwner} />
    </FormPage>
  );
}
