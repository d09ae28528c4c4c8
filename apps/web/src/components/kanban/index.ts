export { KanbanBoard, type KanbanBoardProps, type KanbanColumn } from './kanban-board';
