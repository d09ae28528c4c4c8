import { useConfirm } from '../../../components/confirm';
import { useErrorMessage } from '../../../components/page';
import { notifyDone, notifyFailed } from '../../../lib/notify';

/** Xóa → "Có" / "Không" → to the trash; resolves true when deleted. */
export function useDeleteAction<T>(
  run: (ids: string[]) => Promise<number>,
  text: {
    title: string;
    one: (row: T) => string;
    many: (count: number) => string;
    done: (count: number) => string;
  },
  idOf: (row: T) => string,
) {
  const confirm = useConfirm();
  const errorMessage = useErrorMessage();
  return async (rows: T[]): Promise<boolean> => {
    if (rows.length === 0) {
      return false;
    }
    const yes = await confirm({
      title: text.title,
      message: rows.length === 1 ? text.one(rows[0]) : text.many(rows.length),
      danger: true,
    });
    if (!yes) {
      return false;
    }
    try {
      const count = await run(rows.map(idOf));
      notifyDone(text.done(count));
      return true;
    } catch (error) {
      notifyFailed(errorMessage(error));
      return false;
    }
  };
}
