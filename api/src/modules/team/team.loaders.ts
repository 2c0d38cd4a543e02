import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { toAdminView, type AdminView } from '../admin/admin.types';
import { Admin } from '../admin/admin.entity';
import { Team } from './team.entity';
import { toTeamView, type TeamView } from './team.types';

export function createTeamLoader(entityManager: () => EntityManager) {
  return new DataLoader<string, TeamView | null>(async (ids) => {
    const teams = await entityManager().find(Team, { id: { $in: [...ids] } });
    const byId = new Map(teams.map((team) => [team.id, toTeamView(team)]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

/** The members of many teams in two queries, by name. */
export function createTeamMembersLoader(entityManager: () => EntityManager) {
  return new DataLoader<string, AdminView[]>(async (teamIds) => {
    const em = entityManager();
    const pairs = await memberships(em, 'team_id', teamIds);
    const admins = await em.find(Admin, { id: { $in: [...new Set(pairs.map((pair) => pair.admin_id))] } }, { orderBy: { name: 'asc', id: 'asc' } });
    return groupInOrder(teamIds, pairs, 'team_id', 'admin_id', admins.map(toAdminView));
  });
}

/** The teams of many agents in two queries, by name. */
export function createAdminTeamsLoader(entityManager: () => EntityManager) {
  return new DataLoader<string, TeamView[]>(async (adminIds) => {
    const em = entityManager();
    const pairs = await memberships(em, 'admin_id', adminIds);
    const teams = await em.find(Team, { id: { $in: [...new Set(pairs.map((pair) => pair.team_id))] } }, { orderBy: { name: 'asc', id: 'asc' } });
    return groupInOrder(adminIds, pairs, 'admin_id', 'team_id', teams.map(toTeamView));
  });
}

interface Membership {
  team_id: string;
  admin_id: string;
}

function memberships(em: EntityManager, column: keyof Membership, ids: readonly string[]): Promise<Membership[]> {
  return em.getConnection().execute<Membership[]>(`select team_id, admin_id from team_member where ${column} in (?)`, [[...ids]]);
}

/** For each key, the related rows in the order `related` has them. */
function groupInOrder<Row extends { id: string }>(
  keys: readonly string[],
  pairs: Membership[],
  keyColumn: keyof Membership,
  relatedColumn: keyof Membership,
  related: Row[],
): Row[][] {
  const relatedIdsByKey = new Map<string, Set<string>>();
  for (const pair of pairs) {
    const relatedIds = relatedIdsByKey.get(pair[keyColumn]) ?? new Set<string>();
    relatedIds.add(pair[relatedColumn]);
    relatedIdsByKey.set(pair[keyColumn], relatedIds);
  }
  return keys.map((key) => {
    const relatedIds = relatedIdsByKey.get(key);
    return relatedIds ? related.filter((row) => relatedIds.has(row.id)) : [];
  });
}
