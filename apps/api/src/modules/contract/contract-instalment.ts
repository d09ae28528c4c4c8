import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateScalar, MoneyScalar } from '../../graphql/scalars';

/** One due payment of a contract's schedule (API.md `PaymentInstalment`); read with plain SQL. */
@ObjectType('PaymentInstalment', { simpleResolvers: true })
export class PaymentInstalment {
  @Field(() => ID)
  id!: string;

  @Field(() => ID, { description: 'The contract whose schedule it is in.' })
  contractId!: string;

  @Field(() => Int, { description: '1, 2, 3… in the order of the schedule.' })
  position!: number;

  @Field(() => DateScalar)
  dueDate!: string;

  @Field(() => MoneyScalar)
  amount!: string;

  @Field(() => MoneyScalar, { description: 'What receipts allocated to it brought.' })
  received!: string;

  @Field(() => MoneyScalar)
  outstanding!: string;
}

interface Row {
  id: string;
  contract_id: string;
  position: number;
  due_date: string;
  amount: string;
  received: string;
}

export const instalmentOf = (r: Row): PaymentInstalment =>
  Object.assign(new PaymentInstalment(), {
    id: r.id,
    contractId: r.contract_id,
    position: r.position,
    dueDate: r.due_date,
    amount: r.amount,
    received: r.received,
    outstanding: (BigInt(r.amount) - BigInt(r.received)).toString(),
  });

export const INSTALMENT_SELECT = `id, contract_id, position, to_char(due_date, 'YYYY-MM-DD') AS due_date,
  amount::text AS amount, received::text AS received`;
