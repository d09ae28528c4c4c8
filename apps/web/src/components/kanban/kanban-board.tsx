import { Badge, Box, Group, Paper, ScrollArea, Stack, Text } from '@mantine/core';
import { useState, type ReactNode } from 'react';

export interface KanbanColumn {
  id: string;
  title: string;
  /** Shown in the header: how many cards, and what they add up to. */
  count: number;
  summary?: string;
  color?: string;
}

export interface KanbanBoardProps<T> {
  label: string;
  columns: KanbanColumn[];
  cards: Record<string, T[]>;
  cardId: (card: T) => string;
  renderCard: (card: T, column: KanbanColumn) => ReactNode;
  /** A card dropped on another column; the board shows it there once the caller's data says so. */
  onMove: (card: T, from: string, to: string) => void;
  /** Under a column's cards (e.g. "N more"). */
  renderFooter?: (column: KanbanColumn) => ReactNode;
}

const MIME = 'application/x-sen-card';

/**
 * Columns of cards a user drags from one column to another (HTML drag and drop). Keyboard and
 * screen-reader users move a card through the card's own menu, which `renderCard` provides.
 */
export function KanbanBoard<T>({
  label,
  columns,
  cards,
  cardId,
  renderCard,
  onMove,
  renderFooter,
}: KanbanBoardProps<T>) {
  const [over, setOver] = useState<string | null>(null);
  const find = (id: string): [T, string] | null => {
    for (const c of columns) {
      const card = (cards[c.id] ?? []).find((x) => cardId(x) === id);
      if (card) {
        return [card, c.id];
      }
    }
    return null;
  };

  return (
    <ScrollArea type="auto" offsetScrollbars>
      <Group align="stretch" gap="sm" wrap="nowrap" role="list" aria-label={label}>
        {columns.map((column) => (
          <Paper
            key={column.id}
            role="listitem"
            aria-label={column.title}
            data-column={column.id}
            withBorder
            p="xs"
            miw={200}
            style={{ flex: '1 1 0' }}
            bg={over === column.id ? 'var(--mantine-color-blue-light)' : 'var(--mantine-color-gray-0)'}
            onDragOver={(e) => {
              if (e.dataTransfer.types.includes(MIME)) {
                e.preventDefault();
                e.dataTransfer.dropEffect = 'move';
                setOver(column.id);
              }
            }}
            onDragLeave={() => setOver((o) => (o === column.id ? null : o))}
            onDrop={(e) => {
              e.preventDefault();
              setOver(null);
              const found = find(e.dataTransfer.getData(MIME));
              if (found && found[1] !== column.id) {
                onMove(found[0], found[1], column.id);
              }
            }}
          >
            <Stack gap={4} mb="xs">
              <Group justify="space-between" wrap="nowrap" gap="xs">
                <Text fw={600} size="sm">
                  {column.title}
                </Text>
                <Badge variant="light" color={column.color ?? 'gray'} aria-label={`${column.count}`}>
                  {column.count}
                </Badge>
              </Group>
              {column.summary ? (
                <Text size="xs" c="dimmed" data-testid="column-summary">
                  {column.summary}
                </Text>
              ) : null}
            </Stack>
            <Stack gap="xs" mih={80}>
              {(cards[column.id] ?? []).map((card) => (
                <Box
                  key={cardId(card)}
                  draggable
                  onDragStart={(e) => {
                    e.dataTransfer.setData(MIME, cardId(card));
                    e.dataTransfer.effectAllowed = 'move';
                  }}
                  style={{ cursor: 'grab' }}
                >
                  {renderCard(card, column)}
                </Box>
              ))}
              {renderFooter?.(column)}
            </Stack>
          </Paper>
        ))}
      </Group>
    </ScrollArea>
  );
}
