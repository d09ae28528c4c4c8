export { TrashTable, useTrashSearch, type TrashTableProps } from './trash-table';
