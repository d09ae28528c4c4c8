import { Button, Paper } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { Form, FormActions } from '../../../components/form';
import { Page, PageLoader, RecordFallback } from '../../../components/page';
import { useContact } from '../api/contact';
import { useUpdateContact } from '../api/update-contact';
import { useContactFormSetup } from '../hooks/use-contact-form-setup';
import { useDeleteContactsAction } from '../hooks/use-delete-contacts';
import { ContactFormFields } from './contact-form-fields';
import { notifyDone } from '../../../lib/notify';

/** Sửa liên hệ: "Cập nhật" / "Trở về", and "Xóa" with "Có" / "Không" (CON-03). */
export function ContactEditPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useContact(id);
  const setup = useContactFormSetup();
  const [updateContact] = useUpdateContact();
  const deleteContacts = useDeleteContactsAction();
  const back = () => void navigate(setup.backTo);

  const contact = data?.contact;
  if (!contact) {
    return (
      <RecordFallback
        query={{ loading, error, refetch }}
        title={t('contacts.editTitle')}
        notFound={t('contacts.notFound')}
        back="/contacts"
      />
    );
  }
  if (!setup.ready) {
    return <PageLoader />;
  }

  return (
    <Page
      title={`${t('contacts.editTitle')}: ${contact.name}`}
      subtitle={contact.customer ? contact.customer.name : undefined}
      actions={
        <Button
          color="red"
          variant="light"
          onClick={async () => {
            if (await deleteContacts([contact])) {
              back();
            }
          }}
        >
          {t('contacts.delete')}
        </Button>
      }
    >
      <Paper withBorder p="lg" maw={960}>
        <Form
          key={contact.id}
          schema={setup.updateSchema}
          label={t('contacts.editTitle')}
          defaultValues={{
            name: contact.name,
            customerId: contact.customer?.id ?? null,
            title: contact.title ?? null,
            gender: contact.gender ?? null,
            mobile: contact.mobile ?? null,
            email: contact.email ?? null,
            birthday: contact.birthday ?? null,
            address: contact.address ?? null,
            isPrimary: contact.isPrimary,
            notes: contact.notes ?? null,
            statusId: contact.status?.id ?? null,
            version: contact.version,
          }}
          onSubmit={async (values) => {
            const input = { ...values, version: contact.version };
            const result = await updateContact({ variables: { id: contact.id, input } });
            if (result.data) {
              notifyDone(t('contacts.updated', { name: result.data.updateContact.name }));
              back();
            }
          }}
        >
          <ContactFormFields required={setup.required} canPickOwner={false} />
          <FormActions mode="edit" onBack={back} />
        </Form>
      </Paper>
    </Page>
  );
}
