import { RULE_FIELDS, translate } from '@sen/shared';
import { Arg, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { assertAdmin } from '../../core/caller';
import type { Context } from '../../graphql/context';
import { FieldRule, FieldRuleField } from './field-rule.entity';
import { assertModule } from './field-rule.service';
import { FieldRuleInput, SystemParametersInput } from './settings.inputs';
import { SystemParameters } from './system-parameters.entity';

const ADMIN_ONLY = 'PAR-01, admins only: FORBIDDEN (null, with an error) for anyone else.';

@Resolver(() => SystemParameters)
export class SettingsResolver {
  @Query(() => SystemParameters, {
    description:
      'PAR-01..04; readable by every user (PAR-01 sender and mail server: admins only), changed by admins.',
  })
  systemParameters(@Ctx() ctx: Context) {
    return ctx.services.systemParameters.get();
  }

  @FieldResolver(() => String, { nullable: true, description: `Sender e-mail. ${ADMIN_ONLY}` })
  senderEmail(@Root() p: SystemParameters, @Ctx() ctx: Context): string | null {
    assertAdmin(ctx.user!);
    return p.senderEmail;
  }

  @FieldResolver(() => String, { nullable: true, description: `Mail server for greetings. ${ADMIN_ONLY}` })
  smtpHost(@Root() p: SystemParameters, @Ctx() ctx: Context): string | null {
    assertAdmin(ctx.user!);
    return p.smtpHost;
  }

  @FieldResolver(() => Int, { nullable: true, description: ADMIN_ONLY })
  smtpPort(@Root() p: SystemParameters, @Ctx() ctx: Context): number | null {
    assertAdmin(ctx.user!);
    return p.smtpPort;
  }

  @FieldResolver(() => Boolean, { nullable: true, description: ADMIN_ONLY })
  smtpSecure(@Root() p: SystemParameters, @Ctx() ctx: Context): boolean {
    assertAdmin(ctx.user!);
    return p.smtpSecure;
  }

  @FieldResolver(() => String, { nullable: true, description: ADMIN_ONLY })
  smtpUser(@Root() p: SystemParameters, @Ctx() ctx: Context): string | null {
    assertAdmin(ctx.user!);
    return p.smtpUser;
  }

  @FieldResolver(() => Boolean, {
    nullable: true,
    description: `Whether an SMTP password is stored (the password itself is never returned). ${ADMIN_ONLY}`,
  })
  smtpPasswordSet(@Root() p: SystemParameters, @Ctx() ctx: Context): boolean {
    assertAdmin(ctx.user!);
    return Boolean(p.smtpPassword);
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
