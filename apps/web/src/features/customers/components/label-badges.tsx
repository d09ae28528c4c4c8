import { Badge, Group } from '@mantine/core';

export interface LabelBadgesProps {
  labels: readonly string[];
}

/** A customer's labels (CUS-05) as outlined badges. */
export function LabelBadges({ labels }: LabelBadgesProps) {
  return (
    <Group gap={4}>
      {labels.map((label) => (
        <Badge key={label} size="sm" variant="outline" color="gray" tt="none">
          {label}
        </Badge>
      ))}
    </Group>
  );
}
