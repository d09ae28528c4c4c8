import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { Department } from './department.entity';
import { User } from './user.entity';

@Resolver(() => Department)
export class DepartmentResolver {
  @FieldResolver(() => [User], { description: 'The department’s members, by name.' })
  users(@Root() dept: Department, @Ctx() ctx: Context) {
    return ctx.loaders.usersOfDepartment.load(dept.id);
  }
}
