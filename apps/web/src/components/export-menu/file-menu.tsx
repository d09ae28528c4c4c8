import { Button, Menu } from '@mantine/core';
import { useState } from 'react';
import { notifyFailed } from '../../lib/notify';

export interface FileMenuProps<F extends string> {
  label: string;
  formats: readonly { format: F; label: string }[];
  /** Fetches the file in the picked format; a failure shows its message. */
  onPick: (format: F) => Promise<void>;
}

/** "Xuất khẩu": a button opening the file formats, busy while the picked one is fetched. */
export function FileMenu<F extends string>({ label, formats, onPick }: FileMenuProps<F>) {
  const [busy, setBusy] = useState(false);
  const pick = async (format: F) => {
    setBusy(true);
    try {
      await onPick(format);
    } catch (err) {
      notifyFailed(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Menu position="bottom-end">
      <Menu.Target>
        <Button variant="default" loading={busy}>
          {label}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {formats.map((f) => (
          <Menu.Item key={f.format} onClick={() => void pick(f.format)}>
            {f.label}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
