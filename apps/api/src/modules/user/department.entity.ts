import { Field, ID, ObjectType } from 'type-graphql';
import { CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { TextField } from '../../core/columns';

@ObjectType({ simpleResolvers: true })
@Entity('department')
export class Department {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @TextField()
  name!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
