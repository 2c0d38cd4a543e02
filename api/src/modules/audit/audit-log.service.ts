import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import type { Viewer } from '../../auth/viewer';
import { badInput } from '../../errors/app-error';
import { isUuid } from '../../input/text-rules';
import { connection, type ConnectionResult } from '../../pagination/connection.types';
import { decodeCursor, encodeCursor, pageSize } from '../../pagination/cursor';
import { Admin } from '../admin/admin.entity';
import { MANAGERS, requireStaff } from '../admin/staff';
import { ApiKey } from '../api-key/api-key.entity';
import { AUDIT_ACTIONS } from './audit-actions';
import { AuditEvent } from './audit-event.entity';
import type { AuditActorNode, AuditEventNode, AuditLogFilter } from './audit.types';

const CURSOR_KIND = 'audit';
const ACTION_PATTERN = /^[a-z_.]{1,64}$/;
const MAX_TARGET_ID_LENGTH = 64;

/** Reading the audit log: ADMIN only, newest first. Nothing here (or anywhere) changes it. */
export class AuditLogService {
  /** Per request: a page of events asks for its actors' names in one query per kind. */
  private readonly agentNames = new DataLoader<string, string | null>((ids) => this.namesOf(Admin, ids));
  private readonly keyNames = new DataLoader<string, string | null>((ids) => this.namesOf(ApiKey, ids));

  constructor(private readonly entityManager: () => EntityManager) {}

  private get em(): EntityManager {
    return this.entityManager();
  }

  async list(
    viewer: Viewer | null,
    filter: AuditLogFilter | null | undefined,
    first: number | null | undefined,
    after: string | null | undefined,
  ): Promise<ConnectionResult<AuditEventNode>> {
    await requireStaff(this.em, viewer, MANAGERS);
    const limit = pageSize(first, 50);
    const where = filterQuery(filter);
    const page: FilterQuery<AuditEvent>[] = [where];
    if (after) page.push(afterCursor(after));
    const rows = await this.em.find(AuditEvent, { $and: page }, { orderBy: [{ at: 'desc' }, { id: 'desc' }], limit: limit + 1 });
    const edges = rows.slice(0, limit).map((event) => ({ cursor: encodeCursor(CURSOR_KIND, `${event.at.toISOString()}|${event.id}`), node: toNode(event) }));
    return connection(
      edges,
      { hasNextPage: rows.length > limit, hasPreviousPage: Boolean(after), startCursor: edges[0]?.cursor ?? null, endCursor: edges.at(-1)?.cursor ?? null },
      () => this.em.count(AuditEvent, where),
    );
  }

  /** An agent's or key's name as it is now (null once deleted); visitors, the system and nobody have none here. */
  async actorName(actor: AuditActorNode): Promise<string | null> {
    if (!actor.id) return null;
    if (actor.kind === 'AGENT') return this.agentNames.load(actor.id);
    if (actor.kind === 'API_KEY') return this.keyNames.load(actor.id);
    return null;
  }

  private async namesOf(entity: typeof Admin | typeof ApiKey, ids: readonly string[]): Promise<(string | null)[]> {
    const rows: { id: string; name: string }[] = await this.em.find(entity as typeof Admin, { id: { $in: [...ids] } }, { fields: ['id', 'name'] });
    const byId = new Map(rows.map((row) => [row.id, row.name]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  /** The actions the log knows, for a console's filter. */
  async actions(viewer: Viewer | null): Promise<string[]> {
    await requireStaff(this.em, viewer, MANAGERS);
    return [...AUDIT_ACTIONS];
  }
}

function filterQuery(filter: AuditLogFilter | null | undefined): FilterQuery<AuditEvent> {
  const where: FilterQuery<AuditEvent> & Record<string, unknown> = {};
  if (filter?.action != null) {
    if (!ACTION_PATTERN.test(filter.action)) throw badInput('The action is a dotted verb such as chat.assign.', 'filter.action');
    where.action = filter.action;
  }
  if (filter?.actorId != null) {
    if (!isUuid(filter.actorId)) throw badInput('The actor is an id of an agent, visitor or key.', 'filter.actorId');
    where.actorId = filter.actorId;
  }
  if (filter?.targetId != null) {
    if (filter.targetId === '' || filter.targetId.length > MAX_TARGET_ID_LENGTH) throw badInput('The target id is up to 64 characters.', 'filter.targetId');
    where.targetId = filter.targetId;
  }
  const from = filter?.from ?? null;
  const to = filter?.to ?? null;
  if (from && to && from.getTime() >= to.getTime()) throw badInput('`from` must come before `to`.', 'filter.to');
  if (from || to) where.at = { ...(from ? { $gte: from } : {}), ...(to ? { $lt: to } : {}) };
  return where;
}

function afterCursor(cursor: string): FilterQuery<AuditEvent> {
  const [atText, id] = decodeCursor(CURSOR_KIND, cursor).split('|');
  const at = new Date(atText ?? '');
  if (Number.isNaN(at.getTime()) || !id || !isUuid(id)) throw badInput('The cursor is not valid for this list.', 'after');
  return { $or: [{ at: { $lt: at } }, { at, id: { $lt: id } }] };
}

const toNode = (event: AuditEvent): AuditEventNode => ({
  id: event.id,
  at: event.at,
  actor: { kind: event.actorKind, id: event.actorId },
  action: event.action,
  targetType: event.targetType,
  targetId: event.targetId,
  ip: event.ip,
  details: event.details ?? {},
});
