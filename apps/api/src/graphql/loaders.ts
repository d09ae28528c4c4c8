import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { Department } from '../modules/user/department.entity';
import { User } from '../modules/user/user.entity';

function byId<T extends { id: string }>(load: (ids: string[]) => Promise<T[]>) {
  return new DataLoader<string, T | null>(async (ids) => {
    const rows = await load([...ids]);
    const map = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => map.get(id) ?? null);
  });
}

/** One set per request: relations are batched into one query per type, never one per row. */
export function createLoaders(ds: DataSource) {
  return {
    user: byId((ids) => ds.getRepository(User).findBy({ id: In(ids) })),
    department: byId((ids) => ds.getRepository(Department).findBy({ id: In(ids) })),
    usersOfDepartment: new DataLoader<string, User[]>(async (ids) => {
      const users = await ds
        .getRepository(User)
        .find({ where: { departmentId: In([...ids]) }, order: { name: 'ASC' } });
      return ids.map((id) => users.filter((u) => u.departmentId === id));
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
