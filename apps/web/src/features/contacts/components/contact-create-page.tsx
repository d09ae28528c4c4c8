import { useTranslation } from 'react-i18next';
import { FormPage } from '../../../components/form';
import { PageLoader } from '../../../components/page';
import { useCreateContact } from '../api/create-contact';
import { useContactFormSetup } from '../hooks/use-contact-form-setup';
import { ContactFormFields } from './contact-form-fields';

/** Thêm mới liên hệ (CON-02): from Liên hệ, or from a customer's tab with `?customerId=` preset. */
export function ContactCreatePage() {
  const { t } = useTranslation();
  const setup = useContactFormSetup();
  const [createContact] = useCreateContact();

  if (!setup.ready || !setup.viewer) {
    return <PageLoader />;
  }
  return (
    <FormPage
      title={t('contacts.createTitle')}
      mode="create"
      backTo={setup.backTo}
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
        return data && { notice: t('contacts.created', { name: data.createContact.name }) };
      }}
    >
      <ContactFormFields required={setup.required} canPickOwner={setup.canPickOwner} />
    </FormPage>
  );
}
