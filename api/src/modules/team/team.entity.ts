import { Collection } from '@mikro-orm/core';
import { Entity, Index, ManyToMany, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { randomUUID } from 'node:crypto';
import { Admin } from '../admin/admin.entity';

export const MAX_TEAM_NAME_LENGTH = 60;

@Entity({ tableName: 'team' })
// "Pajak" and "pajak" are one team to the people choosing a topic.
@Index({ name: 'team_name_lower_unique', expression: 'create unique index "team_name_lower_unique" on "team" (lower("name"))' })
export class Team {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'string', length: MAX_TEAM_NAME_LENGTH })
  name!: string;

  /** Offered to visitors as a topic in the widget. */
  @Property({ type: 'boolean', default: false })
  showInWidget: boolean = false;

  @ManyToMany(() => Admin, (admin) => admin.teams, { owner: true, pivotTable: 'team_member', joinColumn: 'team_id', inverseJoinColumn: 'admin_id' })
  members = new Collection<Admin>(this);

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}
