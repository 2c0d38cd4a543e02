import { Field, ID, InputType, ObjectType } from 'type-graphql';
import type { CannedResponse } from './canned-response.entity';

@ObjectType('CannedResponse', {
  description: 'A ready reply. Its text may hold {{customer.name}} and {{agent.name}}, filled in where it is used.',
})
export class CannedResponseNode {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'What an agent types after "/": 1 to 30 of a-z, 0-9 and "-", unique.' })
  shortcut!: string;

  @Field(() => String)
  title!: string;

  @Field(() => String)
  text!: string;
}

export const toCannedResponseNode = (response: CannedResponse): CannedResponseNode => ({
  id: response.id,
  shortcut: response.shortcut,
  title: response.title,
  text: response.text,
});

@InputType()
export class CannedResponseInput {
  @Field(() => String, { description: '1 to 30 of a-z, 0-9 and "-", unique.' })
  shortcut!: string;

  @Field(() => String, { description: '1 to 80 characters.' })
  title!: string;

  @Field(() => String, { description: '1 to 2000 characters.' })
  text!: string;
}
