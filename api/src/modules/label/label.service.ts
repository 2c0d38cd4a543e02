import { ForeignKeyConstraintViolationException, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../auth/viewer';
import { badInput, notFound } from '../../errors/app-error';
import { isUuid, personName } from '../../input/text-rules';
import { requireStaff, requireStaffOrKey, SUPERVISORS } from '../admin/staff';
import { ChatSession, ChatSessionStatus } from '../chat-session/chat-session.entity';
import type { ChatSessionService } from '../chat-session/chat-session.service';
import { toChatSessionPayload } from '../chat-session/chat-session.types';
import type { ChatSessionPayload } from '../../pubsub/topics';
import { findEvery } from '../team/team.service';
import { ChatSessionLabel, Label, MAX_LABEL_NAME_LENGTH } from './label.entity';
import { toLabelView, type CreateLabelInput, type LabelView, type UpdateLabelInput } from './label.types';

const HEX_COLOR = /^#[0-9a-f]{6}$/i;

export class LabelService {
  constructor(
    private readonly entityManager: () => EntityManager,
    private readonly chatSessions: ChatSessionService,
  ) {}

  private get em(): EntityManager {
    return this.entityManager();
  }

  /** Every staff role: an AGENT labels its chats and filters by them. */
  async list(viewer: Viewer | null): Promise<LabelView[]> {
    await requireStaffOrKey(this.em, viewer, 'labels');
    const labels = await this.em.find(Label, {}, { orderBy: { name: 'asc', id: 'asc' } });
    return labels.map(toLabelView);
  }

  async create(viewer: Viewer | null, input: CreateLabelInput): Promise<LabelView> {
    await requireStaff(this.em, viewer, SUPERVISORS);
    const name = labelName(input.name);
    const color = labelColor(input.color);
    await this.requireFreeName(name);
    const label = this.em.create(Label, { name, color, createdAt: new Date() });
    await this.flushNamed();
    return toLabelView(label);
  }

  async update(viewer: Viewer | null, id: string, input: UpdateLabelInput): Promise<LabelView> {
    await requireStaff(this.em, viewer, SUPERVISORS);
    const name = input.name == null ? undefined : labelName(input.name);
    const color = input.color == null ? undefined : labelColor(input.color);
    const label = await this.find(id);
    if (name !== undefined && name !== label.name) await this.requireFreeName(name, label.id);
    if (name !== undefined) label.name = name;
    if (color !== undefined) label.color = color;
    await this.flushNamed();
    return toLabelView(label);
  }

  /** Its chats lose it; the open ones are announced, so the inboxes showing them drop the chip. */
  async delete(viewer: Viewer | null, id: string): Promise<boolean> {
    await requireStaff(this.em, viewer, SUPERVISORS);
    const label = await this.find(id);
    const open = await this.em.find(ChatSession, {
      id: { $in: await this.sessionIdsLabelled(label.id) },
      status: { $ne: ChatSessionStatus.CLOSED },
    });
    this.em.remove(label);
    await this.em.flush();
    await Promise.all(open.map((session) => this.chatSessions.publishUpdate(toChatSessionPayload(session))));
    return true;
  }

  /**
   * Replaces the chat's labels with `labelIds` (empty clears them), for any staff role that may
   * see the chat. One unknown id refuses the whole list and stores nothing.
   */
  async setForChatSession(viewer: Viewer | null, id: string, labelIds: readonly string[]): Promise<ChatSessionPayload> {
    await requireStaff(this.em, viewer);
    const session = await this.chatSessions.findVisible(viewer, id);
    const labels = await findEvery(this.em, Label, labelIds, 'labelIds', 'labels');
    try {
      await this.em.transactional(async (em) => {
        await em.nativeDelete(ChatSessionLabel, { chatSession: session.id });
        for (const label of labels) em.create(ChatSessionLabel, { chatSession: session, label });
      });
    } catch (error) {
      // A label deleted meanwhile.
      if (error instanceof ForeignKeyConstraintViolationException) throw unknownLabels();
      throw error;
    }
    return this.chatSessions.publishUpdate(toChatSessionPayload(session));
  }

  private async sessionIdsLabelled(labelId: string): Promise<string[]> {
    const pairs = await this.em.find(ChatSessionLabel, { label: labelId });
    return pairs.map((pair) => pair.chatSession.id);
  }

  private async find(id: string): Promise<Label> {
    const label = isUuid(id) ? await this.em.findOne(Label, id) : null;
    if (!label) throw notFound('Label');
    return label;
  }

  private async requireFreeName(name: string, exceptId?: string): Promise<void> {
    const [row] = await this.em
      .getConnection()
      .execute<{ taken: boolean }[]>('select exists (select 1 from label where lower(name) = lower(?) and id is distinct from ?) as taken', [
        name,
        exceptId ?? null,
      ]);
    if (row?.taken) throw duplicateName();
  }

  /** Two people naming two labels alike at once: the unique index refuses the second. */
  private async flushNamed(): Promise<void> {
    try {
      await this.em.flush();
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) throw duplicateName();
      throw error;
    }
  }
}

const labelName = (value: string) => personName(value, 'name', MAX_LABEL_NAME_LENGTH);

function labelColor(value: string): string {
  const color = value.trim();
  if (!HEX_COLOR.test(color)) throw badInput('The colour must be a hex colour like #1F6FEB.', 'color');
  return color.toUpperCase();
}

const duplicateName = () => badInput('A label with this name already exists.', 'name');
const unknownLabels = () => badInput('Some labels do not exist (any more): reload and choose again.', 'labelIds');
