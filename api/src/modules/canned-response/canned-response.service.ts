import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../auth/viewer';
import { badInput, notFound } from '../../errors/app-error';
import { isUuid, likePattern, messageText, personName } from '../../input/text-rules';
import { requireStaff, SUPERVISORS } from '../admin/staff';
import {
  CannedResponse,
  MAX_CANNED_TEXT_LENGTH,
  MAX_CANNED_TITLE_LENGTH,
  MAX_SHORTCUT_LENGTH,
} from './canned-response.entity';
import { toCannedResponseNode, type CannedResponseInput, type CannedResponseNode } from './canned-response.types';

const SHORTCUT = new RegExp(`^[a-z0-9-]{1,${MAX_SHORTCUT_LENGTH}}$`);
const MAX_SEARCH_LENGTH = 200;

export class CannedResponseService {
  constructor(private readonly entityManager: () => EntityManager) {}

  private get em(): EntityManager {
    return this.entityManager();
  }

  /** Every role: agents insert them in the composer. */
  async list(viewer: Viewer | null, search?: string | null): Promise<CannedResponseNode[]> {
    await requireStaff(this.em, viewer);
    const term = search?.trim() ?? '';
    if (term.length > MAX_SEARCH_LENGTH) throw badInput(`The search is longer than ${MAX_SEARCH_LENGTH} characters.`, 'search');
    const pattern = likePattern(term);
    const where = term
      ? { $or: [{ shortcut: { $ilike: pattern } }, { title: { $ilike: pattern } }, { text: { $ilike: pattern } }] }
      : {};
    const responses = await this.em.find(CannedResponse, where, { orderBy: { shortcut: 'asc' } });
    return responses.map(toCannedResponseNode);
  }

  async create(viewer: Viewer | null, input: CannedResponseInput): Promise<CannedResponseNode> {
    await requireStaff(this.em, viewer, SUPERVISORS);
    const fields = validInput(input);
    await this.requireFreeShortcut(fields.shortcut);
    const response = this.em.create(CannedResponse, { ...fields, createdAt: new Date() });
    await this.flushShortcut();
    return toCannedResponseNode(response);
  }

  async update(viewer: Viewer | null, id: string, input: CannedResponseInput): Promise<CannedResponseNode> {
    await requireStaff(this.em, viewer, SUPERVISORS);
    const fields = validInput(input);
    const response = await this.find(id);
    if (fields.shortcut !== response.shortcut) await this.requireFreeShortcut(fields.shortcut);
    Object.assign(response, fields);
    await this.flushShortcut();
    return toCannedResponseNode(response);
  }

  async delete(viewer: Viewer | null, id: string): Promise<boolean> {
    await requireStaff(this.em, viewer, SUPERVISORS);
    this.em.remove(await this.find(id));
    await this.em.flush();
    return true;
  }

  private async find(id: string): Promise<CannedResponse> {
    const response = isUuid(id) ? await this.em.findOne(CannedResponse, id) : null;
    if (!response) throw notFound('Canned response');
    return response;
  }

  private async requireFreeShortcut(shortcut: string): Promise<void> {
    if (await this.em.count(CannedResponse, { shortcut })) throw shortcutTaken();
  }

  /** Two managers choosing one shortcut at once: the unique index refuses the second. */
  private async flushShortcut(): Promise<void> {
    try {
      await this.em.flush();
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) throw shortcutTaken();
      throw error;
    }
  }
}

function validInput(input: CannedResponseInput): CannedResponseInput {
  const shortcut = input.shortcut.trim();
  if (!SHORTCUT.test(shortcut)) {
    throw badInput(`The shortcut must be 1 to ${MAX_SHORTCUT_LENGTH} lowercase letters, digits or "-".`, 'shortcut');
  }
  const title = personName(input.title, 'title', MAX_CANNED_TITLE_LENGTH);
  const text = messageText(input.text, 'text');
  if ([...text].length > MAX_CANNED_TEXT_LENGTH) {
    throw badInput(`The text is longer than ${MAX_CANNED_TEXT_LENGTH} characters.`, 'text');
  }
  return { shortcut, title, text };
}

const shortcutTaken = () => badInput('Another canned response already has this shortcut.', 'shortcut');
