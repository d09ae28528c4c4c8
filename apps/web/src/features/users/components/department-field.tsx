import { useState } from 'react';
import { useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FieldWithAdd, SelectField } from '../../../components/form';
import { useDepartments } from '../api/departments';
import { DepartmentDialog } from './department-dialog';

/** "Phòng ban" with a button to add a missing department without leaving the form. */
export function DepartmentField() {
  const { t } = useTranslation();
  const { data } = useDepartments();
  const { setValue } = useFormContext();
  const [adding, setAdding] = useState(false);
  const options = (data?.departments ?? []).map((d) => ({ value: d.id, label: d.name }));

  return (
    <>
      <FieldWithAdd addLabel={t('users.newDepartment')} onAdd={() => setAdding(true)}>
        <SelectField
          name="departmentId"
          label={t('users.department')}
          data={options}
          searchable
          nothingFoundMessage={t('users.noDepartment')}
          style={{ flex: 1 }}
        />
      </FieldWithAdd>
      <DepartmentDialog
        opened={adding}
        onClose={() => setAdding(false)}
        onCreated={(department) => setValue('departmentId', department.id, { shouldDirty: true })}
      />
    </>
  );
}
