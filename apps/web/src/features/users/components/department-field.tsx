import { Button, Group } from '@mantine/core';
import { useState } from 'react';
import { useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../../components/form';
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
      <Group align="flex-start" gap="xs" wrap="nowrap">
        <SelectField
          name="departmentId"
          label={t('users.department')}
          data={options}
          searchable
          nothingFoundMessage={t('users.noDepartment')}
          style={{ flex: 1 }}
        />
        <Button variant="default" mt={25} onClick={() => setAdding(true)}>
          + {t('users.newDepartment')}
        </Button>
      </Group>
      <DepartmentDialog
        opened={adding}
        onClose={() => setAdding(false)}
        onCreated={(department) => setValue('departmentId', department.id, { shouldDirty: true })}
      />
    </>
  );
}
