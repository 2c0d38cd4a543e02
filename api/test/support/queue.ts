import { graphql } from '../gql';
import { createAgent, registerCustomer, type Actor } from './actors';
import type { SendMarker } from './live';
import { SendMessage } from './operations';
import { graphqlRequest, type GraphQLResponse } from './test-app';

/** What the queue tests read of a chat. */
export const QueuedChat = graphql(`
  query QueueChatState($id: ID!) {
    chatSession(id: $id) {
      id
      status
      queuePosition
      estimatedWaitSeconds
      assignedAdmin {
        id
      }
      team {
        id
      }
    }
  }
`);

export const ListQueue = graphql(`
  query QueueWaitingList($filter: ChatSessionFilter!, $first: Int) {
    chatSessions(filter: $filter, first: $first) {
      edges {
        node {
          id
          queuePosition
          estimatedWaitSeconds
          team {
            id
          }
        }
      }
    }
  }
`);

export const OnQueuedChatUpdated = graphql(`
  subscription OnQueueChatUpdated($id: ID) {
    chatSessionUpdated(id: $id) {
      id
      status
      lastMessageAt
      queuePosition
      estimatedWaitSeconds
      assignedAdmin {
        id
      }
    }
  }
`);

export const TakeNext = graphql(`
  mutation QueueTakeNext {
    takeNextChatSession {
      id
      status
      queuePosition
      assignedAdmin {
        id
      }
    }
  }
`);

export const Unassign = graphql(`
  mutation QueueUnassign($id: ID!) {
    unassignChatSession(id: $id) {
      id
      status
      queuePosition
      assignedAdmin {
        id
      }
    }
  }
`);

export const AssignOrMove = graphql(`
  mutation QueueAssign($id: ID!, $adminId: ID, $teamId: ID) {
    assignChatSession(id: $id, adminId: $adminId, teamId: $teamId) {
      id
      status
      assignedAdmin {
        id
      }
    }
  }
`);

export const CloseChat = graphql(`
  mutation QueueClose($id: ID!) {
    closeChatSession(id: $id) {
      id
      status
    }
  }
`);

const CreateQueueTeam = graphql(`
  mutation QueueCreateTeam($input: CreateTeamInput!) {
    createTeam(input: $input) {
      id
    }
  }
`);

const SetRouting = graphql(`
  mutation QueueSetRouting($input: UpdateSettingsInput!) {
    updateSettings(input: $input) {
      routingMode
      defaultMaxConcurrentChats
    }
  }
`);

export const SetAgent = graphql(`
  mutation QueueSetAgent($id: ID!, $input: UpdateAdminInput!) {
    updateAdmin(id: $id, input: $input) {
      id
    }
  }
`);

export const SetMyStatus = graphql(`
  mutation QueueSetMyStatus($status: AgentStatus!) {
    setMyStatus(status: $status) {
      id
    }
  }
`);

const StartQueuedChat = graphql(`
  mutation QueueStartChat($input: StartChatSessionInput) {
    startChatSession(input: $input) {
      id
      status
      queuePosition
    }
  }
`);

/** The data of a response that must have succeeded. */
export function dataOf<T>(response: GraphQLResponse<T>): T {
  if (!response.data || response.errors) throw new Error(`the request failed: ${JSON.stringify(response.errors)}`);
  return response.data;
}

export async function createTeam(url: string, admin: Actor, name: string, memberIds: string[] = []): Promise<string> {
  return dataOf(await graphqlRequest(url, CreateQueueTeam, { input: { name, showInWidget: true, memberIds } }, admin.token)).createTeam.id;
}

export async function setRouting(url: string, admin: Actor, input: { routingMode?: 'MANUAL' | 'AUTO'; defaultMaxConcurrentChats?: number }) {
  return dataOf(await graphqlRequest(url, SetRouting, { input }, admin.token)).updateSettings;
}

/** An AGENT with a limit, in the given teams. */
export async function createQueueAgent(
  url: string,
  admin: Actor,
  email: string,
  { limit, teamIds = [] }: { limit?: number; teamIds?: string[] } = {},
): Promise<Actor> {
  const agent = await createAgent(url, admin, email, email.split('@')[0], 'AGENT');
  if (limit !== undefined || teamIds.length > 0) {
    dataOf(await graphqlRequest(url, SetAgent, { id: agent.id, input: { maxConcurrentChats: limit, teamIds } }, admin.token));
  }
  return agent;
}

/** A new visitor's chat with a first message, in the team's queue (or the one without a team). */
export async function startQueuedChat(url: string, teamId: string | null = null, name = 'Pengunjung'): Promise<{ id: string; customer: Actor }> {
  const customer = await registerCustomer(url, name);
  const input = { message: `Halo dari ${name}`, ...(teamId ? { teamId } : {}) };
  const started = dataOf(await graphqlRequest(url, StartQueuedChat, { input }, customer.token));
  return { id: started.startChatSession.id, customer };
}

export async function queuedChat(url: string, token: string, id: string) {
  const chat = dataOf(await graphqlRequest(url, QueuedChat, { id }, token)).chatSession;
  if (!chat) throw new Error(`chat ${id} not found`);
  return chat;
}

export type QueuedChatEvent = {
  chatSessionUpdated: { id: string; status: string; lastMessageAt?: string | null; queuePosition?: number | null; assignedAdmin?: { id: string } | null };
};

/**
 * A chat-session event the visitor causes in its own chat: it writes again, which moves lastMessageAt.
 * Later updates of the chat carry the same lastMessageAt: the marker is the first one only.
 */
export function chatUpdateMarker(url: string, sessionId: string, customer: Actor): SendMarker<QueuedChatEvent> {
  return async () => {
    const sent = dataOf(await graphqlRequest(url, SendMessage, { input: { sessionId, text: 'masih di sini?' } }, customer.token));
    let marker: QueuedChatEvent | undefined;
    return (event) => {
      if (event.chatSessionUpdated.lastMessageAt !== sent.sendMessage.createdAt) return false;
      marker ??= event;
      return marker === event;
    };
  };
}

/** Closes every open chat, so that the next test starts from empty queues and free agents. */
export async function closeAllChats(url: string, admin: Actor) {
  const open = dataOf(await graphqlRequest(url, ListQueue, { filter: { open: true }, first: 100 }, admin.token)).chatSessions.edges;
  for (const { node } of open) dataOf(await graphqlRequest(url, CloseChat, { id: node.id }, admin.token));
}
