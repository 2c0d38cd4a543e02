import { Field, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { Weekday } from './business-hours';

registerEnumType(Weekday, { name: 'Weekday' });

@ObjectType('OpeningHours', { description: 'The desk opens on `weekday` at `opens` and closes at `closes`, local time in `BusinessHours.timezone`.' })
export class OpeningHoursNode {
  @Field(() => Weekday)
  weekday!: Weekday;

  @Field(() => String, { description: 'HH:MM, 00:00 to 23:59.' })
  opens!: string;

  @Field(() => String, { description: 'HH:MM, 00:01 to 24:00. At or before `opens` it is on the next day (22:00 to 06:00 is overnight).' })
  closes!: string;
}

@ObjectType('BusinessHours', {
  description:
    'When agents answer. An entry belongs to the day it opens on: a holiday cancels the entries opening on it, while an overnight one from the evening before runs on to its close.',
})
export class BusinessHoursNode {
  @Field(() => String, { description: 'An IANA time zone; Asia/Jakarta (WIB) by default.' })
  timezone!: string;

  @Field(() => [OpeningHoursNode], { description: 'Monday to Friday, 08:00 to 16:00 by default. A weekday without an entry is closed; several entries on one weekday count together.' })
  days!: OpeningHoursNode[];

  @Field(() => [String], { description: 'YYYY-MM-DD local dates on which the desk does not open, oldest first.' })
  holidays!: string[];
}

@InputType()
export class OpeningHoursInput {
  @Field(() => Weekday)
  weekday!: Weekday;

  @Field(() => String)
  opens!: string;

  @Field(() => String)
  closes!: string;
}

@InputType({ description: 'Replaces the business hours whole. At most 21 entries in `days` and 366 holidays.' })
export class BusinessHoursInput {
  @Field(() => String)
  timezone!: string;

  @Field(() => [OpeningHoursInput])
  days!: OpeningHoursInput[];

  @Field(() => [String])
  holidays!: string[];
}
