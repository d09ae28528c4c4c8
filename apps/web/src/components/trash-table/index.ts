export {
  deletedRows,
  TrashTable,
  useTrashQuery,
  useTrashSearch,
  type TrashSearch,
  type TrashTableProps,
} from './trash-table';
