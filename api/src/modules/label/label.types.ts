import { Field, ID, InputType, ObjectType } from 'type-graphql';
import type { Label } from './label.entity';

@ObjectType('Label', { description: 'A tag agents put on chats to sort and find them; internal, never shown to visitors.' })
export class LabelNode {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { description: 'A hex colour, `#RRGGBB`.' })
  color!: string;
}

export interface LabelView {
  id: string;
  name: string;
  color: string;
}

export const toLabelView = (label: Label): LabelView => ({ id: label.id, name: label.name, color: label.color });

@InputType()
export class CreateLabelInput {
  @Field(() => String, { description: '1 to 40 characters, unique regardless of case.' })
  name!: string;

  @Field(() => String, { description: '`#RRGGBB`, e.g. `#1F6FEB`.' })
  color!: string;
}

@InputType({ description: 'Omitted fields stay as they are.' })
export class UpdateLabelInput {
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true })
  color?: string | null;
}
