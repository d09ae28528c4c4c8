import { RULE_FIELDS, translate } from '@sen/shared';
import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { FieldRule, FieldRuleField } from './field-rule.entity';
import { assertModule } from './field-rule.service';
import { FieldRuleInput, SystemParametersInput } from './settings.inputs';
import { SystemParameters } from './system-parameters.entity';

@Resolver()
export class SettingsResolver {
  @Query(() => SystemParameters, { description: 'PAR-01..04; readable by every user, changed by admins.' })
  systemParameters(@Ctx() ctx: Context) {
    return ctx.services.systemParameters.forCaller(ctx.user!);
  }

  @Mutation(() => SystemParameters)
  updateSystemParameters(
    @Ctx() ctx: Context,
    @Arg('input', () => SystemParametersInput) input: SystemParametersInput,
  ) {
    return ctx.services.systemParameters.update(ctx.user!, input);
  }

  @Query(() => [FieldRule], { description: 'DUP-01 rules of a module: "customer" or "contact".' })
  fieldRules(@Ctx() ctx: Context, @Arg('module') module: string) {
    return ctx.services.fieldRules.rules(module);
  }

  @Query(() => [FieldRuleField], { description: 'The fields a module offers for DUP-01 rules.' })
  fieldRuleFields(@Ctx() ctx: Context, @Arg('module') module: string): FieldRuleField[] {
    return RULE_FIELDS[assertModule(module)].map((f) => ({
      field: f.field,
      label: translate(ctx.locale, f.label),
      canBeUnique: f.canBeUnique,
    }));
  }

  @Mutation(() => [FieldRule], { description: 'Admin only.' })
  setFieldRules(
    @Ctx() ctx: Context,
    @Arg('module') module: string,
    @Arg('rules', () => [FieldRuleInput]) rules: FieldRuleInput[],
  ) {
    return ctx.services.fieldRules.setRules(ctx.user!, module, rules);
  }
}
