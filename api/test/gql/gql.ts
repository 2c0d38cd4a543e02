/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query ListAdmins {\n    admins {\n      id\n      email\n      name\n      online\n    }\n  }\n": typeof types.ListAdminsDocument,
    "\n  mutation UpdateAdmin($id: ID!, $input: UpdateAdminInput!) {\n    updateAdmin(id: $id, input: $input) {\n      id\n      name\n      role\n      maxConcurrentChats\n      disabled\n    }\n  }\n": typeof types.UpdateAdminDocument,
    "\n  mutation SetMyStatus($status: AgentStatus!) {\n    setMyStatus(status: $status) {\n      id\n      status\n    }\n  }\n": typeof types.SetMyStatusDocument,
    "\n  query ListAgentLoad {\n    admins {\n      id\n      role\n      status\n      activeChatCount\n    }\n  }\n": typeof types.ListAgentLoadDocument,
    "\n  subscription OnAgentStatus {\n    adminPresenceChanged {\n      online\n      status\n      admin {\n        id\n        status\n      }\n    }\n  }\n": typeof types.OnAgentStatusDocument,
    "\n  query GetStatsSummary {\n    stats {\n      activeSessions\n      waitingSessions\n    }\n  }\n": typeof types.GetStatsSummaryDocument,
    "\n  query ListAgents {\n    admins {\n      id\n      name\n      email\n      role\n    }\n  }\n": typeof types.ListAgentsDocument,
    "\n  mutation RenameAdmin($id: ID!, $input: UpdateAdminInput!) {\n    updateAdmin(id: $id, input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.RenameAdminDocument,
    "\n  mutation RaiseDefaultLimit($input: UpdateSettingsInput!) {\n    updateSettings(input: $input) {\n      defaultMaxConcurrentChats\n    }\n  }\n": typeof types.RaiseDefaultLimitDocument,
    "\n  query AuditLogPage($filter: AuditLogFilter, $first: Int, $after: String) {\n    auditLog(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          at\n          action\n          targetType\n          targetId\n          ip\n          details\n          actor {\n            kind\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": typeof types.AuditLogPageDocument,
    "\n  query AuditActionList {\n    auditActions\n  }\n": typeof types.AuditActionListDocument,
    "\n  mutation AuditUpdateSettings($input: UpdateSettingsInput!) {\n    updateSettings(input: $input) {\n      routingMode\n    }\n  }\n": typeof types.AuditUpdateSettingsDocument,
    "\n  mutation AuditUpdateTeam($id: ID!, $input: UpdateTeamInput!) {\n    updateTeam(id: $id, input: $input) {\n      id\n    }\n  }\n": typeof types.AuditUpdateTeamDocument,
    "\n  mutation AuditDeleteTeam($id: ID!) {\n    deleteTeam(id: $id)\n  }\n": typeof types.AuditDeleteTeamDocument,
    "\n  mutation AuditCreateAdmin($input: CreateAdminInput!) {\n    createAdmin(input: $input) {\n      id\n    }\n  }\n": typeof types.AuditCreateAdminDocument,
    "\n  mutation AuditUpdateCustomer($id: ID!, $input: UpdateCustomerInput!) {\n    updateCustomer(id: $id, input: $input) {\n      id\n    }\n  }\n": typeof types.AuditUpdateCustomerDocument,
    "\n  mutation AuditBlockCustomer($id: ID!, $reason: String) {\n    blockCustomer(id: $id, reason: $reason) {\n      id\n    }\n  }\n": typeof types.AuditBlockCustomerDocument,
    "\n  mutation AuditUnblockCustomer($id: ID!) {\n    unblockCustomer(id: $id) {\n      id\n    }\n  }\n": typeof types.AuditUnblockCustomerDocument,
    "\n  query ListCannedResponses($search: String) {\n    cannedResponses(search: $search) {\n      id\n      shortcut\n      title\n      text\n    }\n  }\n": typeof types.ListCannedResponsesDocument,
    "\n  mutation CreateCannedResponse($input: CannedResponseInput!) {\n    createCannedResponse(input: $input) {\n      id\n      shortcut\n      title\n      text\n    }\n  }\n": typeof types.CreateCannedResponseDocument,
    "\n  mutation UpdateCannedResponse($id: ID!, $input: CannedResponseInput!) {\n    updateCannedResponse(id: $id, input: $input) {\n      id\n      shortcut\n      title\n      text\n    }\n  }\n": typeof types.UpdateCannedResponseDocument,
    "\n  mutation DeleteCannedResponse($id: ID!) {\n    deleteCannedResponse(id: $id)\n  }\n": typeof types.DeleteCannedResponseDocument,
    "\n  mutation StartChatSessionWithMessages($input: StartChatSessionInput) {\n    startChatSession(input: $input) {\n      id\n      status\n      messages(first: 10) {\n        edges {\n          node {\n            text\n            clientMessageId\n          }\n        }\n      }\n    }\n  }\n": typeof types.StartChatSessionWithMessagesDocument,
    "\n  subscription OnInboxUpdated {\n    chatSessionUpdated {\n      id\n      status\n      lastMessage {\n        text\n      }\n    }\n  }\n": typeof types.OnInboxUpdatedDocument,
    "\n  mutation MarkRead($id: ID!, $messageId: ID!) {\n    markChatSessionRead(id: $id, messageId: $messageId) {\n      id\n      customerLastReadMessageId\n      agentLastReadMessageId\n      unreadCount\n    }\n  }\n": typeof types.MarkReadDocument,
    "\n  query ReadState($id: ID!) {\n    chatSession(id: $id) {\n      customerLastReadMessageId\n      agentLastReadMessageId\n      unreadCount\n    }\n  }\n": typeof types.ReadStateDocument,
    "\n  query CustomerView($id: ID!) {\n    chatSession(id: $id) {\n      customerLastReadMessageId\n      unreadCount\n      messages(first: 100) {\n        edges {\n          node {\n            id\n            sender\n            internal\n          }\n        }\n      }\n    }\n  }\n": typeof types.CustomerViewDocument,
    "\n  query InboxUnread($filter: ChatSessionFilter) {\n    chatSessions(filter: $filter, first: 20) {\n      edges {\n        node {\n          id\n          unreadCount\n        }\n      }\n    }\n  }\n": typeof types.InboxUnreadDocument,
    "\n  mutation SendForReceipts($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      id\n      createdAt\n    }\n  }\n": typeof types.SendForReceiptsDocument,
    "\n  mutation StartReceiptChat($input: StartChatSessionInput) {\n    startChatSession(input: $input) {\n      id\n    }\n  }\n": typeof types.StartReceiptChatDocument,
    "\n  mutation CreateReceiptTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateReceiptTeamDocument,
    "\n  subscription OnReadChanged($id: ID) {\n    chatSessionUpdated(id: $id) {\n      id\n      lastMessageAt\n      customerLastReadMessageId\n      agentLastReadMessageId\n      unreadCount\n    }\n  }\n": typeof types.OnReadChangedDocument,
    "\n  mutation StartTopicChat($input: StartChatSessionInput) {\n    startChatSession(input: $input) {\n      id\n      status\n      team {\n        id\n        name\n        members {\n          id\n        }\n      }\n    }\n  }\n": typeof types.StartTopicChatDocument,
    "\n  mutation CreateQueueTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateQueueTeamDocument,
    "\n  mutation DeleteQueueTeam($id: ID!) {\n    deleteTeam(id: $id)\n  }\n": typeof types.DeleteQueueTeamDocument,
    "\n  mutation AssignWithTeam($id: ID!, $adminId: ID, $teamId: ID) {\n    assignChatSession(id: $id, adminId: $adminId, teamId: $teamId) {\n      id\n      status\n      assignedAdmin {\n        id\n      }\n      team {\n        id\n      }\n    }\n  }\n": typeof types.AssignWithTeamDocument,
    "\n  mutation SetAgentLimit($id: ID!, $input: UpdateAdminInput!) {\n    updateAdmin(id: $id, input: $input) {\n      id\n      maxConcurrentChats\n    }\n  }\n": typeof types.SetAgentLimitDocument,
    "\n  mutation SetDeskLimit($input: UpdateSettingsInput!) {\n    updateSettings(input: $input) {\n      defaultMaxConcurrentChats\n    }\n  }\n": typeof types.SetDeskLimitDocument,
    "\n  query ListQueue($filter: ChatSessionFilter, $first: Int, $after: String) {\n    chatSessions(filter: $filter, first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          queuedAt\n          team {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.ListQueueDocument,
    "\n  query ReadChat($id: ID!) {\n    chatSession(id: $id) {\n      id\n      status\n      team {\n        id\n      }\n      messages {\n        totalCount\n      }\n    }\n  }\n": typeof types.ReadChatDocument,
    "\n    mutation UpdateQueueTeam($id: ID!, $input: UpdateTeamInput!) {\n      updateTeam(id: $id, input: $input) {\n        id\n      }\n    }\n  ": typeof types.UpdateQueueTeamDocument,
    "\n  mutation BlockCustomer($id: ID!, $reason: String) {\n    blockCustomer(id: $id, reason: $reason) {\n      id\n      blocked\n      blockedAt\n      blockedReason\n    }\n  }\n": typeof types.BlockCustomerDocument,
    "\n  mutation UnblockCustomer($id: ID!) {\n    unblockCustomer(id: $id) {\n      id\n      blocked\n      blockedReason\n    }\n  }\n": typeof types.UnblockCustomerDocument,
    "\n  query ListBlockedCustomers($first: Int, $after: String) {\n    blockedCustomers(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          blockedReason\n        }\n      }\n    }\n  }\n": typeof types.ListBlockedCustomersDocument,
    "\n  query BlockingOwnChat($id: ID!) {\n    chatSession(id: $id) {\n      id\n    }\n  }\n": typeof types.BlockingOwnChatDocument,
    "\n  mutation BlockingRegisterAgain($input: RegisterCustomerInput!) {\n    registerCustomer(input: $input) {\n      token\n      customer {\n        id\n      }\n    }\n  }\n": typeof types.BlockingRegisterAgainDocument,
    "\n  mutation UpdateCustomer($id: ID!, $input: UpdateCustomerInput!) {\n    updateCustomer(id: $id, input: $input) {\n      id\n      name\n      email\n      phone\n      attributes\n    }\n  }\n": typeof types.UpdateCustomerDocument,
    "\n  query GetCustomerChats($id: ID!, $first: Int, $after: String) {\n    chatSession(id: $id) {\n      id\n      customer {\n        id\n        name\n        attributes\n        chatSessions(first: $first, after: $after) {\n          totalCount\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n          edges {\n            cursor\n            node {\n              id\n              status\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.GetCustomerChatsDocument,
    "\n  query ListCustomersChats($first: Int) {\n    chatSessions(first: $first) {\n      edges {\n        node {\n          id\n          customer {\n            id\n            chatSessions(first: 2) {\n              totalCount\n              edges {\n                node {\n                  id\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.ListCustomersChatsDocument,
    "\n  subscription OnProfileChanged {\n    chatSessionUpdated {\n      id\n      customer {\n        id\n        name\n        attributes\n      }\n    }\n  }\n": typeof types.OnProfileChangedDocument,
    "\n  mutation RegisterVerified($input: RegisterCustomerInput!) {\n    registerCustomer(input: $input) {\n      token\n      customer {\n        id\n        name\n        email\n        phone\n        externalId\n        verified\n        blocked\n      }\n    }\n  }\n": typeof types.RegisterVerifiedDocument,
    "\n  query IdentityWhoAmI($id: ID!) {\n    chatSession(id: $id) {\n      id\n      customer {\n        id\n        verified\n        externalId\n      }\n    }\n  }\n": typeof types.IdentityWhoAmIDocument,
    "\n  mutation SetIdentityRequired($required: Boolean!) {\n    updateSettings(input: { identityRequired: $required }) {\n      identityRequired\n    }\n  }\n": typeof types.SetIdentityRequiredDocument,
    "\n  mutation IdentityLeaveOffline($input: LeaveOfflineMessageInput!) {\n    leaveOfflineMessage(input: $input) {\n      token\n    }\n  }\n": typeof types.IdentityLeaveOfflineDocument,
    "\n  query WidgetIdentityRequired {\n    widgetConfig {\n      identityRequired\n    }\n  }\n": typeof types.WidgetIdentityRequiredDocument,
    "\n  mutation IdentitySendFile($input: SendFileMessageInput!) {\n    sendFileMessage(input: $input) {\n      id\n    }\n  }\n": typeof types.IdentitySendFileDocument,
    "\n  mutation SendFileMessage($input: SendFileMessageInput!) {\n    sendFileMessage(input: $input) {\n      id\n      sessionId\n      sender\n      text\n      clientMessageId\n      file {\n        id\n        filename\n        mimeType\n        size\n        url\n      }\n    }\n  }\n": typeof types.SendFileMessageDocument,
    "\n  query GetSessionFiles($id: ID!) {\n    chatSession(id: $id) {\n      id\n      messages(first: 100) {\n        totalCount\n        edges {\n          node {\n            id\n            text\n            file {\n              id\n              filename\n              mimeType\n              size\n              url\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.GetSessionFilesDocument,
    "\n  subscription OnFileMessageAdded($sessionId: ID!) {\n    messageAdded(sessionId: $sessionId) {\n      id\n      sender\n      text\n      clientMessageId\n      file {\n        id\n        filename\n        mimeType\n        size\n        url\n      }\n    }\n  }\n": typeof types.OnFileMessageAddedDocument,
    "\n  query ListLabels {\n    labels {\n      id\n      name\n      color\n    }\n  }\n": typeof types.ListLabelsDocument,
    "\n  mutation CreateLabel($input: CreateLabelInput!) {\n    createLabel(input: $input) {\n      id\n      name\n      color\n    }\n  }\n": typeof types.CreateLabelDocument,
    "\n  mutation UpdateLabel($id: ID!, $input: UpdateLabelInput!) {\n    updateLabel(id: $id, input: $input) {\n      id\n      name\n      color\n    }\n  }\n": typeof types.UpdateLabelDocument,
    "\n  mutation DeleteLabel($id: ID!) {\n    deleteLabel(id: $id)\n  }\n": typeof types.DeleteLabelDocument,
    "\n  mutation SetChatSessionLabels($id: ID!, $labelIds: [ID!]!) {\n    setChatSessionLabels(id: $id, labelIds: $labelIds) {\n      id\n      labels {\n        id\n        name\n        color\n      }\n    }\n  }\n": typeof types.SetChatSessionLabelsDocument,
    "\n  query ChatSessionLabels($id: ID!) {\n    chatSession(id: $id) {\n      id\n      labels {\n        name\n      }\n    }\n  }\n": typeof types.ChatSessionLabelsDocument,
    "\n  query LabelledChats($filter: ChatSessionFilter) {\n    chatSessions(filter: $filter, first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          labels {\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.LabelledChatsDocument,
    "\n  subscription OnLabelledChatUpdated($id: ID) {\n    chatSessionUpdated(id: $id) {\n      id\n      status\n      lastMessageAt\n      labels {\n        name\n        color\n      }\n    }\n  }\n": typeof types.OnLabelledChatUpdatedDocument,
    "\n  mutation SendNote($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      id\n      sender\n      text\n      internal\n    }\n  }\n": typeof types.SendNoteDocument,
    "\n  query ConversationAsSeen($id: ID!, $first: Int, $after: String, $last: Int, $before: String) {\n    chatSession(id: $id) {\n      status\n      assignedAdmin {\n        id\n      }\n      lastMessageAt\n      queuedAt\n      lastMessage {\n        text\n        internal\n      }\n      messages(first: $first, after: $after, last: $last, before: $before) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          hasPreviousPage\n        }\n        edges {\n          cursor\n          node {\n            text\n            internal\n          }\n        }\n      }\n    }\n  }\n": typeof types.ConversationAsSeenDocument,
    "\n  subscription OnMessageWithInternal($sessionId: ID!) {\n    messageAdded(sessionId: $sessionId) {\n      text\n      internal\n    }\n  }\n": typeof types.OnMessageWithInternalDocument,
    "\n  mutation SendFileWithInternal($input: SendFileMessageInput!) {\n    sendFileMessage(input: $input) {\n      id\n    }\n  }\n": typeof types.SendFileWithInternalDocument,
    "\n  subscription OnTypingWithName($sessionId: ID!) {\n    typingChanged(sessionId: $sessionId) {\n      sender\n      senderName\n      isTyping\n    }\n  }\n": typeof types.OnTypingWithNameDocument,
    "\n  fragment DeskHours on Settings {\n    offlineMessage\n    businessHours {\n      timezone\n      holidays\n      days {\n        weekday\n        opens\n        closes\n      }\n    }\n  }\n": typeof types.DeskHoursFragmentDoc,
    "\n  query DeskSettings {\n    settings {\n      ...DeskHours\n    }\n  }\n": typeof types.DeskSettingsDocument,
    "\n  mutation UpdateDeskHours($input: UpdateSettingsInput!) {\n    updateSettings(input: $input) {\n      ...DeskHours\n    }\n  }\n": typeof types.UpdateDeskHoursDocument,
    "\n  query DeskOpening {\n    widgetConfig {\n      open\n      nextOpenAt\n      timezone\n      offlineMessage\n      online\n      agentsAvailable\n    }\n  }\n": typeof types.DeskOpeningDocument,
    "\n  mutation LeaveOfflineMessage($input: LeaveOfflineMessageInput!) {\n    leaveOfflineMessage(input: $input) {\n      token\n      customer {\n        id\n        name\n        email\n        phone\n      }\n      chatSession {\n        id\n        status\n        offline\n        team {\n          id\n        }\n        messages {\n          edges {\n            node {\n              sender\n              text\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.LeaveOfflineMessageDocument,
    "\n  query OfflineChat($id: ID!) {\n    chatSession(id: $id) {\n      id\n      status\n      offline\n      assignedAdmin {\n        id\n      }\n      messages {\n        edges {\n          node {\n            sender\n            text\n          }\n        }\n      }\n    }\n  }\n": typeof types.OfflineChatDocument,
    "\n  query OfflineInbox($filter: ChatSessionFilter) {\n    chatSessions(filter: $filter) {\n      edges {\n        node {\n          id\n          offline\n        }\n      }\n    }\n  }\n": typeof types.OfflineInboxDocument,
    "\n  mutation LeaveOfflineForMail($input: LeaveOfflineMessageInput!) {\n    leaveOfflineMessage(input: $input) {\n      token\n      chatSession {\n        id\n      }\n    }\n  }\n": typeof types.LeaveOfflineForMailDocument,
    "\n  subscription OnAdminPresenceChanged {\n    adminPresenceChanged {\n      online\n      admin {\n        id\n        name\n        online\n      }\n    }\n  }\n": typeof types.OnAdminPresenceChangedDocument,
    "\n  query ListAdminsOnline {\n    admins {\n      id\n      online\n    }\n  }\n": typeof types.ListAdminsOnlineDocument,
    "\n  mutation TransferWithNote($id: ID!, $adminId: ID, $teamId: ID, $note: String) {\n    assignChatSession(id: $id, adminId: $adminId, teamId: $teamId, note: $note) {\n      id\n      status\n      assignedAdmin {\n        id\n      }\n    }\n  }\n": typeof types.TransferWithNoteDocument,
    "\n  query TransferConversation($id: ID!) {\n    chatSession(id: $id) {\n      status\n      assignedAdmin {\n        id\n      }\n      messages(first: 100) {\n        edges {\n          node {\n            sender\n            senderName\n            text\n            internal\n          }\n        }\n      }\n    }\n  }\n": typeof types.TransferConversationDocument,
    "\n  subscription OnTransferMessage($sessionId: ID!) {\n    messageAdded(sessionId: $sessionId) {\n      sender\n      senderName\n      text\n      internal\n    }\n  }\n": typeof types.OnTransferMessageDocument,
    "\n  mutation WriteMentionNote($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      id\n    }\n  }\n": typeof types.WriteMentionNoteDocument,
    "\n  subscription OnMentioned {\n    mentioned {\n      sessionId\n      sessionStatus\n      mentionedBy\n      customerName\n      message {\n        text\n        internal\n      }\n    }\n  }\n": typeof types.OnMentionedDocument,
    "\n  mutation RateChat($id: ID!, $rating: Int!, $comment: String) {\n    rateChatSession(id: $id, rating: $rating, comment: $comment) {\n      id\n      status\n      rating\n      ratingComment\n    }\n  }\n": typeof types.RateChatDocument,
    "\n  query ChatRating($id: ID!) {\n    chatSession(id: $id) {\n      rating\n      ratingComment\n      transcriptUrl\n    }\n  }\n": typeof types.ChatRatingDocument,
    "\n  query RatingStats {\n    stats {\n      averageRating\n      ratingCount\n    }\n  }\n": typeof types.RatingStatsDocument,
    "\n  subscription OnRated($id: ID) {\n    chatSessionUpdated(id: $id) {\n      id\n      status\n      rating\n      ratingComment\n      lastMessageAt\n    }\n  }\n": typeof types.OnRatedDocument,
    "\n  query SearchMessages($query: String!, $first: Int, $after: String) {\n    searchMessages(query: $query, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        highlight\n        node {\n          id\n          text\n          internal\n        }\n        session {\n          id\n        }\n      }\n    }\n  }\n": typeof types.SearchMessagesDocument,
    "\n  query GetStats($days: Int!) {\n    stats {\n      activeSessions\n      waitingSessions\n      messagesPerDay(days: $days) {\n        date\n        count\n      }\n      averageFirstResponseSeconds\n    }\n  }\n": typeof types.GetStatsDocument,
    "\n  query GetDefaultStats {\n    stats {\n      messagesPerDay {\n        date\n        count\n      }\n    }\n  }\n": typeof types.GetDefaultStatsDocument,
    "\n  query ListTeams {\n    teams {\n      id\n      name\n      showInWidget\n      createdAt\n      members {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ListTeamsDocument,
    "\n  mutation CreateTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) {\n      id\n      name\n      showInWidget\n      members {\n        id\n      }\n    }\n  }\n": typeof types.CreateTeamDocument,
    "\n  mutation UpdateTeam($id: ID!, $input: UpdateTeamInput!) {\n    updateTeam(id: $id, input: $input) {\n      id\n      name\n      showInWidget\n      members {\n        id\n      }\n    }\n  }\n": typeof types.UpdateTeamDocument,
    "\n  mutation DeleteTeam($id: ID!) {\n    deleteTeam(id: $id)\n  }\n": typeof types.DeleteTeamDocument,
    "\n  mutation UpdateAgent($id: ID!, $input: UpdateAdminInput!) {\n    updateAdmin(id: $id, input: $input) {\n      id\n      name\n      role\n      teams {\n        id\n        name\n      }\n    }\n  }\n": typeof types.UpdateAgentDocument,
    "\n  query ListAgentTeams {\n    admins {\n      id\n      teams {\n        name\n      }\n    }\n  }\n": typeof types.ListAgentTeamsDocument,
    "\n  query GetSettings {\n    settings {\n      routingMode\n      defaultMaxConcurrentChats\n    }\n  }\n": typeof types.GetSettingsDocument,
    "\n  mutation UpdateSettings($input: UpdateSettingsInput!) {\n    updateSettings(input: $input) {\n      routingMode\n      defaultMaxConcurrentChats\n    }\n  }\n": typeof types.UpdateSettingsDocument,
    "\n  query GetTopics {\n    widgetConfig {\n      topics {\n        teamId\n        name\n      }\n    }\n  }\n": typeof types.GetTopicsDocument,
    "\n  mutation EmailTranscript($id: ID!) {\n    emailTranscript(id: $id)\n  }\n": typeof types.EmailTranscriptDocument,
    "\n  query CanEmail($id: ID!) {\n    chatSession(id: $id) {\n      canEmailTranscript\n    }\n  }\n": typeof types.CanEmailDocument,
    "\n  mutation SendRateLimitedFile($input: SendFileMessageInput!) {\n    sendFileMessage(input: $input) {\n      id\n    }\n  }\n": typeof types.SendRateLimitedFileDocument,
    "\n  query ApiKeyRevocationChatSessions {\n    chatSessions(first: 5) {\n      totalCount\n    }\n  }\n": typeof types.ApiKeyRevocationChatSessionsDocument,
    "\n  query ApiKeysList {\n    apiKeys {\n      id\n      name\n      scopes\n      prefix\n      createdAt\n      lastUsedAt\n      revokedAt\n    }\n  }\n": typeof types.ApiKeysListDocument,
    "\n  query ApiKeysChatSessions {\n    chatSessions(first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          status\n          labels {\n            id\n          }\n          customer {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.ApiKeysChatSessionsDocument,
    "\n  query ApiKeysChatSession($id: ID!) {\n    chatSession(id: $id) {\n      id\n      status\n      assignedAdmin {\n        id\n        email\n      }\n      messages(first: 50) {\n        edges {\n          node {\n            id\n            sender\n            senderName\n            text\n            internal\n          }\n        }\n      }\n    }\n  }\n": typeof types.ApiKeysChatSessionDocument,
    "\n  query ApiKeysStats {\n    stats {\n      waitingSessions\n      averageFirstResponseSeconds\n    }\n  }\n": typeof types.ApiKeysStatsDocument,
    "\n  mutation ApiKeysUpdateCustomer($id: ID!, $input: UpdateCustomerInput!) {\n    updateCustomer(id: $id, input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.ApiKeysUpdateCustomerDocument,
    "\n  query ApiKeysBlockedCustomers {\n    blockedCustomers {\n      totalCount\n    }\n  }\n": typeof types.ApiKeysBlockedCustomersDocument,
    "\n  query ApiKeysSearch($query: String!) {\n    searchMessages(query: $query) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": typeof types.ApiKeysSearchDocument,
    "\n  query ApiKeysTeamsAndLabels {\n    teams {\n      id\n    }\n    labels {\n      id\n    }\n  }\n": typeof types.ApiKeysTeamsAndLabelsDocument,
    "\n  query ApiKeysAdmins {\n    admins {\n      id\n    }\n  }\n": typeof types.ApiKeysAdminsDocument,
    "\n  query ApiKeysSettings {\n    settings {\n      routingMode\n    }\n  }\n": typeof types.ApiKeysSettingsDocument,
    "\n  mutation ApiKeysCreateTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) {\n      id\n    }\n  }\n": typeof types.ApiKeysCreateTeamDocument,
    "\n  query ApiKeysMe {\n    me {\n      id\n    }\n  }\n": typeof types.ApiKeysMeDocument,
    "\n  mutation ApiKeysLogout {\n    logout\n  }\n": typeof types.ApiKeysLogoutDocument,
    "\n  mutation ApiKeysClose($id: ID!) {\n    closeChatSession(id: $id) {\n      id\n    }\n  }\n": typeof types.ApiKeysCloseDocument,
    "\n  mutation ApiKeysAssign($id: ID!, $adminId: ID) {\n    assignChatSession(id: $id, adminId: $adminId) {\n      id\n    }\n  }\n": typeof types.ApiKeysAssignDocument,
    "\n  mutation ApiKeysTyping($sessionId: ID!) {\n    setTyping(sessionId: $sessionId, isTyping: true)\n  }\n": typeof types.ApiKeysTypingDocument,
    "\n  mutation SendSlowFile($input: SendFileMessageInput!) {\n    sendFileMessage(input: $input) {\n      id\n      file {\n        size\n      }\n    }\n  }\n": typeof types.SendSlowFileDocument,
    "\n  query ObservabilityProbe {\n    widgetConfig {\n      widgetTitle\n    }\n  }\n": typeof types.ObservabilityProbeDocument,
    "\n  query ObservabilityOverSocket {\n    widgetConfig {\n      widgetTitle\n    }\n  }\n": typeof types.ObservabilityOverSocketDocument,
    "\n  query ObservabilityRefused {\n    admins {\n      id\n    }\n  }\n": typeof types.ObservabilityRefusedDocument,
    "\n  mutation QueueDeleteTeam($id: ID!) {\n    deleteTeam(id: $id)\n  }\n": typeof types.QueueDeleteTeamDocument,
    "\n  query GetReport($from: DateTimeISO!, $to: DateTimeISO!, $groupBy: ReportGrouping!) {\n    report(from: $from, to: $to, groupBy: $groupBy) {\n      from\n      to\n      groupBy\n      timezone\n      csvUrl\n      rows {\n        ...ReportFigures\n      }\n      totals {\n        ...ReportFigures\n      }\n    }\n  }\n\n  fragment ReportFigures on ReportRow {\n    key\n    label\n    chats\n    messages\n    firstResponseSeconds {\n      median\n      p90\n      count\n    }\n    resolutionSeconds {\n      median\n      p90\n      count\n    }\n    averageRating\n    ratingCount\n  }\n": typeof types.GetReportDocument,
    "\n  mutation SetReportTimeZone($input: UpdateSettingsInput!) {\n    updateSettings(input: $input) {\n      businessHours {\n        timezone\n      }\n    }\n  }\n": typeof types.SetReportTimeZoneDocument,
    "\n  mutation CreateReportLabel($input: CreateLabelInput!) {\n    createLabel(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateReportLabelDocument,
    "\n  mutation CreateReportKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        id\n      }\n    }\n  }\n": typeof types.CreateReportKeyDocument,
    "\n  mutation RevokeReportKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n    }\n  }\n": typeof types.RevokeReportKeyDocument,
    "\n  mutation DemoteReportReader($id: ID!, $input: UpdateAdminInput!) {\n    updateAdmin(id: $id, input: $input) {\n      id\n      role\n    }\n  }\n": typeof types.DemoteReportReaderDocument,
    "\n  mutation SupportCreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        id\n        name\n        scopes\n        prefix\n        createdAt\n        lastUsedAt\n        revokedAt\n      }\n    }\n  }\n": typeof types.SupportCreateApiKeyDocument,
    "\n  mutation SupportRevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": typeof types.SupportRevokeApiKeyDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      admin {\n        id\n        email\n        name\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  query Me {\n    me {\n      id\n      email\n      name\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation RegisterCustomer($input: RegisterCustomerInput!) {\n    registerCustomer(input: $input) {\n      token\n      customer {\n        id\n        name\n        email\n        phone\n        createdAt\n      }\n    }\n  }\n": typeof types.RegisterCustomerDocument,
    "\n  mutation StartChatSession($input: StartChatSessionInput) {\n    startChatSession(input: $input) {\n      id\n      status\n      lastMessageAt\n      customer {\n        id\n        name\n      }\n    }\n  }\n": typeof types.StartChatSessionDocument,
    "\n  mutation SendMessage($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      id\n      sessionId\n      sender\n      senderName\n      text\n      clientMessageId\n      createdAt\n    }\n  }\n": typeof types.SendMessageDocument,
    "\n  mutation SetTyping($sessionId: ID!, $isTyping: Boolean!) {\n    setTyping(sessionId: $sessionId, isTyping: $isTyping)\n  }\n": typeof types.SetTypingDocument,
    "\n  query GetChatSession($id: ID!, $first: Int, $after: String, $last: Int, $before: String) {\n    chatSession(id: $id) {\n      id\n      status\n      closedAt\n      assignedAdmin {\n        id\n        name\n      }\n      messages(first: $first, after: $after, last: $last, before: $before) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          hasPreviousPage\n          startCursor\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            id\n            text\n            sender\n          }\n        }\n      }\n    }\n  }\n": typeof types.GetChatSessionDocument,
    "\n  query ListChatSessions($filter: ChatSessionFilter, $first: Int, $after: String) {\n    chatSessions(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          status\n          customer {\n            id\n            name\n            email\n          }\n          assignedAdmin {\n            id\n            name\n          }\n          lastMessage {\n            id\n            text\n          }\n        }\n      }\n    }\n  }\n": typeof types.ListChatSessionsDocument,
    "\n  mutation AssignChatSession($id: ID!, $adminId: ID) {\n    assignChatSession(id: $id, adminId: $adminId) {\n      id\n      status\n      assignedAdmin {\n        id\n      }\n    }\n  }\n": typeof types.AssignChatSessionDocument,
    "\n  mutation CloseChatSession($id: ID!) {\n    closeChatSession(id: $id) {\n      id\n      status\n      closedAt\n    }\n  }\n": typeof types.CloseChatSessionDocument,
    "\n  query GetWidgetConfig {\n    widgetConfig {\n      widgetTitle\n      welcomeMessage\n      primaryColor\n      position\n      allowFileUpload\n      maxFileSize\n      allowedFileTypes\n      online\n    }\n  }\n": typeof types.GetWidgetConfigDocument,
    "\n  subscription OnMessageAdded($sessionId: ID!) {\n    messageAdded(sessionId: $sessionId) {\n      id\n      sessionId\n      sender\n      senderName\n      text\n      clientMessageId\n    }\n  }\n": typeof types.OnMessageAddedDocument,
    "\n  subscription OnTypingChanged($sessionId: ID!) {\n    typingChanged(sessionId: $sessionId) {\n      sessionId\n      sender\n      isTyping\n    }\n  }\n": typeof types.OnTypingChangedDocument,
    "\n  subscription OnChatSessionUpdated($id: ID) {\n    chatSessionUpdated(id: $id) {\n      id\n      status\n      assignedAdmin {\n        id\n      }\n      customer {\n        name\n      }\n    }\n  }\n": typeof types.OnChatSessionUpdatedDocument,
    "\n  mutation CreateAdmin($input: CreateAdminInput!) {\n    createAdmin(input: $input) {\n      id\n      email\n      name\n      online\n    }\n  }\n": typeof types.CreateAdminDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  query QueueChatState($id: ID!) {\n    chatSession(id: $id) {\n      id\n      status\n      queuePosition\n      estimatedWaitSeconds\n      assignedAdmin {\n        id\n      }\n      team {\n        id\n      }\n    }\n  }\n": typeof types.QueueChatStateDocument,
    "\n  query QueueWaitingList($filter: ChatSessionFilter!, $first: Int) {\n    chatSessions(filter: $filter, first: $first) {\n      edges {\n        node {\n          id\n          queuePosition\n          estimatedWaitSeconds\n          team {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.QueueWaitingListDocument,
    "\n  subscription OnQueueChatUpdated($id: ID) {\n    chatSessionUpdated(id: $id) {\n      id\n      status\n      lastMessageAt\n      queuePosition\n      estimatedWaitSeconds\n      assignedAdmin {\n        id\n      }\n    }\n  }\n": typeof types.OnQueueChatUpdatedDocument,
    "\n  mutation QueueTakeNext {\n    takeNextChatSession {\n      id\n      status\n      queuePosition\n      assignedAdmin {\n        id\n      }\n    }\n  }\n": typeof types.QueueTakeNextDocument,
    "\n  mutation QueueUnassign($id: ID!) {\n    unassignChatSession(id: $id) {\n      id\n      status\n      queuePosition\n      assignedAdmin {\n        id\n      }\n    }\n  }\n": typeof types.QueueUnassignDocument,
    "\n  mutation QueueAssign($id: ID!, $adminId: ID, $teamId: ID) {\n    assignChatSession(id: $id, adminId: $adminId, teamId: $teamId) {\n      id\n      status\n      assignedAdmin {\n        id\n      }\n    }\n  }\n": typeof types.QueueAssignDocument,
    "\n  mutation QueueClose($id: ID!) {\n    closeChatSession(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.QueueCloseDocument,
    "\n  mutation QueueCreateTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) {\n      id\n    }\n  }\n": typeof types.QueueCreateTeamDocument,
    "\n  mutation QueueSetRouting($input: UpdateSettingsInput!) {\n    updateSettings(input: $input) {\n      routingMode\n      defaultMaxConcurrentChats\n    }\n  }\n": typeof types.QueueSetRoutingDocument,
    "\n  mutation QueueSetAgent($id: ID!, $input: UpdateAdminInput!) {\n    updateAdmin(id: $id, input: $input) {\n      id\n    }\n  }\n": typeof types.QueueSetAgentDocument,
    "\n  mutation QueueSetMyStatus($status: AgentStatus!) {\n    setMyStatus(status: $status) {\n      id\n    }\n  }\n": typeof types.QueueSetMyStatusDocument,
    "\n  mutation QueueStartChat($input: StartChatSessionInput) {\n    startChatSession(input: $input) {\n      id\n      status\n      queuePosition\n    }\n  }\n": typeof types.QueueStartChatDocument,
    "\n  mutation DisableAgent($id: ID!, $disabled: Boolean!) {\n    updateAdmin(id: $id, input: { disabled: $disabled }) {\n      id\n      disabled\n    }\n  }\n": typeof types.DisableAgentDocument,
};
const documents: Documents = {
    "\n  query ListAdmins {\n    admins {\n      id\n      email\n      name\n      online\n    }\n  }\n": types.ListAdminsDocument,
    "\n  mutation UpdateAdmin($id: ID!, $input: UpdateAdminInput!) {\n    updateAdmin(id: $id, input: $input) {\n      id\n      name\n      role\n      maxConcurrentChats\n      disabled\n    }\n  }\n": types.UpdateAdminDocument,
    "\n  mutation SetMyStatus($status: AgentStatus!) {\n    setMyStatus(status: $status) {\n      id\n      status\n    }\n  }\n": types.SetMyStatusDocument,
    "\n  query ListAgentLoad {\n    admins {\n      id\n      role\n      status\n      activeChatCount\n    }\n  }\n": types.ListAgentLoadDocument,
    "\n  subscription OnAgentStatus {\n    adminPresenceChanged {\n      online\n      status\n      admin {\n        id\n        status\n      }\n    }\n  }\n": types.OnAgentStatusDocument,
    "\n  query GetStatsSummary {\n    stats {\n      activeSessions\n      waitingSessions\n    }\n  }\n": types.GetStatsSummaryDocument,
    "\n  query ListAgents {\n    admins {\n      id\n      name\n      email\n      role\n    }\n  }\n": types.ListAgentsDocument,
    "\n  mutation RenameAdmin($id: ID!, $input: UpdateAdminInput!) {\n    updateAdmin(id: $id, input: $input) {\n      id\n      name\n    }\n  }\n": types.RenameAdminDocument,
    "\n  mutation RaiseDefaultLimit($input: UpdateSettingsInput!) {\n    updateSettings(input: $input) {\n      defaultMaxConcurrentChats\n    }\n  }\n": types.RaiseDefaultLimitDocument,
    "\n  query AuditLogPage($filter: AuditLogFilter, $first: Int, $after: String) {\n    auditLog(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          at\n          action\n          targetType\n          targetId\n          ip\n          details\n          actor {\n            kind\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": types.AuditLogPageDocument,
    "\n  query AuditActionList {\n    auditActions\n  }\n": types.AuditActionListDocument,
    "\n  mutation AuditUpdateSettings($input: UpdateSettingsInput!) {\n    updateSettings(input: $input) {\n      routingMode\n    }\n  }\n": types.AuditUpdateSettingsDocument,
    "\n  mutation AuditUpdateTeam($id: ID!, $input: UpdateTeamInput!) {\n    updateTeam(id: $id, input: $input) {\n      id\n    }\n  }\n": types.AuditUpdateTeamDocument,
    "\n  mutation AuditDeleteTeam($id: ID!) {\n    deleteTeam(id: $id)\n  }\n": types.AuditDeleteTeamDocument,
    "\n  mutation AuditCreateAdmin($input: CreateAdminInput!) {\n    createAdmin(input: $input) {\n      id\n    }\n  }\n": types.AuditCreateAdminDocument,
    "\n  mutation AuditUpdateCustomer($id: ID!, $input: UpdateCustomerInput!) {\n    updateCustomer(id: $id, input: $input) {\n      id\n    }\n  }\n": types.AuditUpdateCustomerDocument,
    "\n  mutation AuditBlockCustomer($id: ID!, $reason: String) {\n    blockCustomer(id: $id, reason: $reason) {\n      id\n    }\n  }\n": types.AuditBlockCustomerDocument,
    "\n  mutation AuditUnblockCustomer($id: ID!) {\n    unblockCustomer(id: $id) {\n      id\n    }\n  }\n": types.AuditUnblockCustomerDocument,
    "\n  query ListCannedResponses($search: String) {\n    cannedResponses(search: $search) {\n      id\n      shortcut\n      title\n      text\n    }\n  }\n": types.ListCannedResponsesDocument,
    "\n  mutation CreateCannedResponse($input: CannedResponseInput!) {\n    createCannedResponse(input: $input) {\n      id\n      shortcut\n      title\n      text\n    }\n  }\n": types.CreateCannedResponseDocument,
    "\n  mutation UpdateCannedResponse($id: ID!, $input: CannedResponseInput!) {\n    updateCannedResponse(id: $id, input: $input) {\n      id\n      shortcut\n      title\n      text\n    }\n  }\n": types.UpdateCannedResponseDocument,
    "\n  mutation DeleteCannedResponse($id: ID!) {\n    deleteCannedResponse(id: $id)\n  }\n": types.DeleteCannedResponseDocument,
    "\n  mutation StartChatSessionWithMessages($input: StartChatSessionInput) {\n    startChatSession(input: $input) {\n      id\n      status\n      messages(first: 10) {\n        edges {\n          node {\n            text\n            clientMessageId\n          }\n        }\n      }\n    }\n  }\n": types.StartChatSessionWithMessagesDocument,
    "\n  subscription OnInboxUpdated {\n    chatSessionUpdated {\n      id\n      status\n      lastMessage {\n        text\n      }\n    }\n  }\n": types.OnInboxUpdatedDocument,
    "\n  mutation MarkRead($id: ID!, $messageId: ID!) {\n    markChatSessionRead(id: $id, messageId: $messageId) {\n      id\n      customerLastReadMessageId\n      agentLastReadMessageId\n      unreadCount\n    }\n  }\n": types.MarkReadDocument,
    "\n  query ReadState($id: ID!) {\n    chatSession(id: $id) {\n      customerLastReadMessageId\n      agentLastReadMessageId\n      unreadCount\n    }\n  }\n": types.ReadStateDocument,
    "\n  query CustomerView($id: ID!) {\n    chatSession(id: $id) {\n      customerLastReadMessageId\n      unreadCount\n      messages(first: 100) {\n        edges {\n          node {\n            id\n            sender\n            internal\n          }\n        }\n      }\n    }\n  }\n": types.CustomerViewDocument,
    "\n  query InboxUnread($filter: ChatSessionFilter) {\n    chatSessions(filter: $filter, first: 20) {\n      edges {\n        node {\n          id\n          unreadCount\n        }\n      }\n    }\n  }\n": types.InboxUnreadDocument,
    "\n  mutation SendForReceipts($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      id\n      createdAt\n    }\n  }\n": types.SendForReceiptsDocument,
    "\n  mutation StartReceiptChat($input: StartChatSessionInput) {\n    startChatSession(input: $input) {\n      id\n    }\n  }\n": types.StartReceiptChatDocument,
    "\n  mutation CreateReceiptTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) {\n      id\n    }\n  }\n": types.CreateReceiptTeamDocument,
    "\n  subscription OnReadChanged($id: ID) {\n    chatSessionUpdated(id: $id) {\n      id\n      lastMessageAt\n      customerLastReadMessageId\n      agentLastReadMessageId\n      unreadCount\n    }\n  }\n": types.OnReadChangedDocument,
    "\n  mutation StartTopicChat($input: StartChatSessionInput) {\n    startChatSession(input: $input) {\n      id\n      status\n      team {\n        id\n        name\n        members {\n          id\n        }\n      }\n    }\n  }\n": types.StartTopicChatDocument,
    "\n  mutation CreateQueueTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) {\n      id\n    }\n  }\n": types.CreateQueueTeamDocument,
    "\n  mutation DeleteQueueTeam($id: ID!) {\n    deleteTeam(id: $id)\n  }\n": types.DeleteQueueTeamDocument,
    "\n  mutation AssignWithTeam($id: ID!, $adminId: ID, $teamId: ID) {\n    assignChatSession(id: $id, adminId: $adminId, teamId: $teamId) {\n      id\n      status\n      assignedAdmin {\n        id\n      }\n      team {\n        id\n      }\n    }\n  }\n": types.AssignWithTeamDocument,
    "\n  mutation SetAgentLimit($id: ID!, $input: UpdateAdminInput!) {\n    updateAdmin(id: $id, input: $input) {\n      id\n      maxConcurrentChats\n    }\n  }\n": types.SetAgentLimitDocument,
    "\n  mutation SetDeskLimit($input: UpdateSettingsInput!) {\n    updateSettings(input: $input) {\n      defaultMaxConcurrentChats\n    }\n  }\n": types.SetDeskLimitDocument,
    "\n  query ListQueue($filter: ChatSessionFilter, $first: Int, $after: String) {\n    chatSessions(filter: $filter, first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          queuedAt\n          team {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.ListQueueDocument,
    "\n  query ReadChat($id: ID!) {\n    chatSession(id: $id) {\n      id\n      status\n      team {\n        id\n      }\n      messages {\n        totalCount\n      }\n    }\n  }\n": types.ReadChatDocument,
    "\n    mutation UpdateQueueTeam($id: ID!, $input: UpdateTeamInput!) {\n      updateTeam(id: $id, input: $input) {\n        id\n      }\n    }\n  ": types.UpdateQueueTeamDocument,
    "\n  mutation BlockCustomer($id: ID!, $reason: String) {\n    blockCustomer(id: $id, reason: $reason) {\n      id\n      blocked\n      blockedAt\n      blockedReason\n    }\n  }\n": types.BlockCustomerDocument,
    "\n  mutation UnblockCustomer($id: ID!) {\n    unblockCustomer(id: $id) {\n      id\n      blocked\n      blockedReason\n    }\n  }\n": types.UnblockCustomerDocument,
    "\n  query ListBlockedCustomers($first: Int, $after: String) {\n    blockedCustomers(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          blockedReason\n        }\n      }\n    }\n  }\n": types.ListBlockedCustomersDocument,
    "\n  query BlockingOwnChat($id: ID!) {\n    chatSession(id: $id) {\n      id\n    }\n  }\n": types.BlockingOwnChatDocument,
    "\n  mutation BlockingRegisterAgain($input: RegisterCustomerInput!) {\n    registerCustomer(input: $input) {\n      token\n      customer {\n        id\n      }\n    }\n  }\n": types.BlockingRegisterAgainDocument,
    "\n  mutation UpdateCustomer($id: ID!, $input: UpdateCustomerInput!) {\n    updateCustomer(id: $id, input: $input) {\n      id\n      name\n      email\n      phone\n      attributes\n    }\n  }\n": types.UpdateCustomerDocument,
    "\n  query GetCustomerChats($id: ID!, $first: Int, $after: String) {\n    chatSession(id: $id) {\n      id\n      customer {\n        id\n        name\n        attributes\n        chatSessions(first: $first, after: $after) {\n          totalCount\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n          edges {\n            cursor\n            node {\n              id\n              status\n            }\n          }\n        }\n      }\n    }\n  }\n": types.GetCustomerChatsDocument,
    "\n  query ListCustomersChats($first: Int) {\n    chatSessions(first: $first) {\n      edges {\n        node {\n          id\n          customer {\n            id\n            chatSessions(first: 2) {\n              totalCount\n              edges {\n                node {\n                  id\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.ListCustomersChatsDocument,
    "\n  subscription OnProfileChanged {\n    chatSessionUpdated {\n      id\n      customer {\n        id\n        name\n        attributes\n      }\n    }\n  }\n": types.OnProfileChangedDocument,
    "\n  mutation RegisterVerified($input: RegisterCustomerInput!) {\n    registerCustomer(input: $input) {\n      token\n      customer {\n        id\n        name\n        email\n        phone\n        externalId\n        verified\n        blocked\n      }\n    }\n  }\n": types.RegisterVerifiedDocument,
    "\n  query IdentityWhoAmI($id: ID!) {\n    chatSession(id: $id) {\n      id\n      customer {\n        id\n        verified\n        externalId\n      }\n    }\n  }\n": types.IdentityWhoAmIDocument,
    "\n  mutation SetIdentityRequired($required: Boolean!) {\n    updateSettings(input: { identityRequired: $required }) {\n      identityRequired\n    }\n  }\n": types.SetIdentityRequiredDocument,
    "\n  mutation IdentityLeaveOffline($input: LeaveOfflineMessageInput!) {\n    leaveOfflineMessage(input: $input) {\n      token\n    }\n  }\n": types.IdentityLeaveOfflineDocument,
    "\n  query WidgetIdentityRequired {\n    widgetConfig {\n      identityRequired\n    }\n  }\n": types.WidgetIdentityRequiredDocument,
    "\n  mutation IdentitySendFile($input: SendFileMessageInput!) {\n    sendFileMessage(input: $input) {\n      id\n    }\n  }\n": types.IdentitySendFileDocument,
    "\n  mutation SendFileMessage($input: SendFileMessageInput!) {\n    sendFileMessage(input: $input) {\n      id\n      sessionId\n      sender\n      text\n      clientMessageId\n      file {\n        id\n        filename\n        mimeType\n        size\n        url\n      }\n    }\n  }\n": types.SendFileMessageDocument,
    "\n  query GetSessionFiles($id: ID!) {\n    chatSession(id: $id) {\n      id\n      messages(first: 100) {\n        totalCount\n        edges {\n          node {\n            id\n            text\n            file {\n              id\n              filename\n              mimeType\n              size\n              url\n            }\n          }\n        }\n      }\n    }\n  }\n": types.GetSessionFilesDocument,
    "\n  subscription OnFileMessageAdded($sessionId: ID!) {\n    messageAdded(sessionId: $sessionId) {\n      id\n      sender\n      text\n      clientMessageId\n      file {\n        id\n        filename\n        mimeType\n        size\n        url\n      }\n    }\n  }\n": types.OnFileMessageAddedDocument,
    "\n  query ListLabels {\n    labels {\n      id\n      name\n      color\n    }\n  }\n": types.ListLabelsDocument,
    "\n  mutation CreateLabel($input: CreateLabelInput!) {\n    createLabel(input: $input) {\n      id\n      name\n      color\n    }\n  }\n": types.CreateLabelDocument,
    "\n  mutation UpdateLabel($id: ID!, $input: UpdateLabelInput!) {\n    updateLabel(id: $id, input: $input) {\n      id\n      name\n      color\n    }\n  }\n": types.UpdateLabelDocument,
    "\n  mutation DeleteLabel($id: ID!) {\n    deleteLabel(id: $id)\n  }\n": types.DeleteLabelDocument,
    "\n  mutation SetChatSessionLabels($id: ID!, $labelIds: [ID!]!) {\n    setChatSessionLabels(id: $id, labelIds: $labelIds) {\n      id\n      labels {\n        id\n        name\n        color\n      }\n    }\n  }\n": types.SetChatSessionLabelsDocument,
    "\n  query ChatSessionLabels($id: ID!) {\n    chatSession(id: $id) {\n      id\n      labels {\n        name\n      }\n    }\n  }\n": types.ChatSessionLabelsDocument,
    "\n  query LabelledChats($filter: ChatSessionFilter) {\n    chatSessions(filter: $filter, first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          labels {\n            name\n          }\n        }\n      }\n    }\n  }\n": types.LabelledChatsDocument,
    "\n  subscription OnLabelledChatUpdated($id: ID) {\n    chatSessionUpdated(id: $id) {\n      id\n      status\n      lastMessageAt\n      labels {\n        name\n        color\n      }\n    }\n  }\n": types.OnLabelledChatUpdatedDocument,
    "\n  mutation SendNote($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      id\n      sender\n      text\n      internal\n    }\n  }\n": types.SendNoteDocument,
    "\n  query ConversationAsSeen($id: ID!, $first: Int, $after: String, $last: Int, $before: String) {\n    chatSession(id: $id) {\n      status\n      assignedAdmin {\n        id\n      }\n      lastMessageAt\n      queuedAt\n      lastMessage {\n        text\n        internal\n      }\n      messages(first: $first, after: $after, last: $last, before: $before) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          hasPreviousPage\n        }\n        edges {\n          cursor\n          node {\n            text\n            internal\n          }\n        }\n      }\n    }\n  }\n": types.ConversationAsSeenDocument,
    "\n  subscription OnMessageWithInternal($sessionId: ID!) {\n    messageAdded(sessionId: $sessionId) {\n      text\n      internal\n    }\n  }\n": types.OnMessageWithInternalDocument,
    "\n  mutation SendFileWithInternal($input: SendFileMessageInput!) {\n    sendFileMessage(input: $input) {\n      id\n    }\n  }\n": types.SendFileWithInternalDocument,
    "\n  subscription OnTypingWithName($sessionId: ID!) {\n    typingChanged(sessionId: $sessionId) {\n      sender\n      senderName\n      isTyping\n    }\n  }\n": types.OnTypingWithNameDocument,
    "\n  fragment DeskHours on Settings {\n    offlineMessage\n    businessHours {\n      timezone\n      holidays\n      days {\n        weekday\n        opens\n        closes\n      }\n    }\n  }\n": types.DeskHoursFragmentDoc,
    "\n  query DeskSettings {\n    settings {\n      ...DeskHours\n    }\n  }\n": types.DeskSettingsDocument,
    "\n  mutation UpdateDeskHours($input: UpdateSettingsInput!) {\n    updateSettings(input: $input) {\n      ...DeskHours\n    }\n  }\n": types.UpdateDeskHoursDocument,
    "\n  query DeskOpening {\n    widgetConfig {\n      open\n      nextOpenAt\n      timezone\n      offlineMessage\n      online\n      agentsAvailable\n    }\n  }\n": types.DeskOpeningDocument,
    "\n  mutation LeaveOfflineMessage($input: LeaveOfflineMessageInput!) {\n    leaveOfflineMessage(input: $input) {\n      token\n      customer {\n        id\n        name\n        email\n        phone\n      }\n      chatSession {\n        id\n        status\n        offline\n        team {\n          id\n        }\n        messages {\n          edges {\n            node {\n              sender\n              text\n            }\n          }\n        }\n      }\n    }\n  }\n": types.LeaveOfflineMessageDocument,
    "\n  query OfflineChat($id: ID!) {\n    chatSession(id: $id) {\n      id\n      status\n      offline\n      assignedAdmin {\n        id\n      }\n      messages {\n        edges {\n          node {\n            sender\n            text\n          }\n        }\n      }\n    }\n  }\n": types.OfflineChatDocument,
    "\n  query OfflineInbox($filter: ChatSessionFilter) {\n    chatSessions(filter: $filter) {\n      edges {\n        node {\n          id\n          offline\n        }\n      }\n    }\n  }\n": types.OfflineInboxDocument,
    "\n  mutation LeaveOfflineForMail($input: LeaveOfflineMessageInput!) {\n    leaveOfflineMessage(input: $input) {\n      token\n      chatSession {\n        id\n      }\n    }\n  }\n": types.LeaveOfflineForMailDocument,
    "\n  subscription OnAdminPresenceChanged {\n    adminPresenceChanged {\n      online\n      admin {\n        id\n        name\n        online\n      }\n    }\n  }\n": types.OnAdminPresenceChangedDocument,
    "\n  query ListAdminsOnline {\n    admins {\n      id\n      online\n    }\n  }\n": types.ListAdminsOnlineDocument,
    "\n  mutation TransferWithNote($id: ID!, $adminId: ID, $teamId: ID, $note: String) {\n    assignChatSession(id: $id, adminId: $adminId, teamId: $teamId, note: $note) {\n      id\n      status\n      assignedAdmin {\n        id\n      }\n    }\n  }\n": types.TransferWithNoteDocument,
    "\n  query TransferConversation($id: ID!) {\n    chatSession(id: $id) {\n      status\n      assignedAdmin {\n        id\n      }\n      messages(first: 100) {\n        edges {\n          node {\n            sender\n            senderName\n            text\n            internal\n          }\n        }\n      }\n    }\n  }\n": types.TransferConversationDocument,
    "\n  subscription OnTransferMessage($sessionId: ID!) {\n    messageAdded(sessionId: $sessionId) {\n      sender\n      senderName\n      text\n      internal\n    }\n  }\n": types.OnTransferMessageDocument,
    "\n  mutation WriteMentionNote($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      id\n    }\n  }\n": types.WriteMentionNoteDocument,
    "\n  subscription OnMentioned {\n    mentioned {\n      sessionId\n      sessionStatus\n      mentionedBy\n      customerName\n      message {\n        text\n        internal\n      }\n    }\n  }\n": types.OnMentionedDocument,
    "\n  mutation RateChat($id: ID!, $rating: Int!, $comment: String) {\n    rateChatSession(id: $id, rating: $rating, comment: $comment) {\n      id\n      status\n      rating\n      ratingComment\n    }\n  }\n": types.RateChatDocument,
    "\n  query ChatRating($id: ID!) {\n    chatSession(id: $id) {\n      rating\n      ratingComment\n      transcriptUrl\n    }\n  }\n": types.ChatRatingDocument,
    "\n  query RatingStats {\n    stats {\n      averageRating\n      ratingCount\n    }\n  }\n": types.RatingStatsDocument,
    "\n  subscription OnRated($id: ID) {\n    chatSessionUpdated(id: $id) {\n      id\n      status\n      rating\n      ratingComment\n      lastMessageAt\n    }\n  }\n": types.OnRatedDocument,
    "\n  query SearchMessages($query: String!, $first: Int, $after: String) {\n    searchMessages(query: $query, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        highlight\n        node {\n          id\n          text\n          internal\n        }\n        session {\n          id\n        }\n      }\n    }\n  }\n": types.SearchMessagesDocument,
    "\n  query GetStats($days: Int!) {\n    stats {\n      activeSessions\n      waitingSessions\n      messagesPerDay(days: $days) {\n        date\n        count\n      }\n      averageFirstResponseSeconds\n    }\n  }\n": types.GetStatsDocument,
    "\n  query GetDefaultStats {\n    stats {\n      messagesPerDay {\n        date\n        count\n      }\n    }\n  }\n": types.GetDefaultStatsDocument,
    "\n  query ListTeams {\n    teams {\n      id\n      name\n      showInWidget\n      createdAt\n      members {\n        id\n        name\n      }\n    }\n  }\n": types.ListTeamsDocument,
    "\n  mutation CreateTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) {\n      id\n      name\n      showInWidget\n      members {\n        id\n      }\n    }\n  }\n": types.CreateTeamDocument,
    "\n  mutation UpdateTeam($id: ID!, $input: UpdateTeamInput!) {\n    updateTeam(id: $id, input: $input) {\n      id\n      name\n      showInWidget\n      members {\n        id\n      }\n    }\n  }\n": types.UpdateTeamDocument,
    "\n  mutation DeleteTeam($id: ID!) {\n    deleteTeam(id: $id)\n  }\n": types.DeleteTeamDocument,
    "\n  mutation UpdateAgent($id: ID!, $input: UpdateAdminInput!) {\n    updateAdmin(id: $id, input: $input) {\n      id\n      name\n      role\n      teams {\n        id\n        name\n      }\n    }\n  }\n": types.UpdateAgentDocument,
    "\n  query ListAgentTeams {\n    admins {\n      id\n      teams {\n        name\n      }\n    }\n  }\n": types.ListAgentTeamsDocument,
    "\n  query GetSettings {\n    settings {\n      routingMode\n      defaultMaxConcurrentChats\n    }\n  }\n": types.GetSettingsDocument,
    "\n  mutation UpdateSettings($input: UpdateSettingsInput!) {\n    updateSettings(input: $input) {\n      routingMode\n      defaultMaxConcurrentChats\n    }\n  }\n": types.UpdateSettingsDocument,
    "\n  query GetTopics {\n    widgetConfig {\n      topics {\n        teamId\n        name\n      }\n    }\n  }\n": types.GetTopicsDocument,
    "\n  mutation EmailTranscript($id: ID!) {\n    emailTranscript(id: $id)\n  }\n": types.EmailTranscriptDocument,
    "\n  query CanEmail($id: ID!) {\n    chatSession(id: $id) {\n      canEmailTranscript\n    }\n  }\n": types.CanEmailDocument,
    "\n  mutation SendRateLimitedFile($input: SendFileMessageInput!) {\n    sendFileMessage(input: $input) {\n      id\n    }\n  }\n": types.SendRateLimitedFileDocument,
    "\n  query ApiKeyRevocationChatSessions {\n    chatSessions(first: 5) {\n      totalCount\n    }\n  }\n": types.ApiKeyRevocationChatSessionsDocument,
    "\n  query ApiKeysList {\n    apiKeys {\n      id\n      name\n      scopes\n      prefix\n      createdAt\n      lastUsedAt\n      revokedAt\n    }\n  }\n": types.ApiKeysListDocument,
    "\n  query ApiKeysChatSessions {\n    chatSessions(first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          status\n          labels {\n            id\n          }\n          customer {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.ApiKeysChatSessionsDocument,
    "\n  query ApiKeysChatSession($id: ID!) {\n    chatSession(id: $id) {\n      id\n      status\n      assignedAdmin {\n        id\n        email\n      }\n      messages(first: 50) {\n        edges {\n          node {\n            id\n            sender\n            senderName\n            text\n            internal\n          }\n        }\n      }\n    }\n  }\n": types.ApiKeysChatSessionDocument,
    "\n  query ApiKeysStats {\n    stats {\n      waitingSessions\n      averageFirstResponseSeconds\n    }\n  }\n": types.ApiKeysStatsDocument,
    "\n  mutation ApiKeysUpdateCustomer($id: ID!, $input: UpdateCustomerInput!) {\n    updateCustomer(id: $id, input: $input) {\n      id\n      name\n    }\n  }\n": types.ApiKeysUpdateCustomerDocument,
    "\n  query ApiKeysBlockedCustomers {\n    blockedCustomers {\n      totalCount\n    }\n  }\n": types.ApiKeysBlockedCustomersDocument,
    "\n  query ApiKeysSearch($query: String!) {\n    searchMessages(query: $query) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": types.ApiKeysSearchDocument,
    "\n  query ApiKeysTeamsAndLabels {\n    teams {\n      id\n    }\n    labels {\n      id\n    }\n  }\n": types.ApiKeysTeamsAndLabelsDocument,
    "\n  query ApiKeysAdmins {\n    admins {\n      id\n    }\n  }\n": types.ApiKeysAdminsDocument,
    "\n  query ApiKeysSettings {\n    settings {\n      routingMode\n    }\n  }\n": types.ApiKeysSettingsDocument,
    "\n  mutation ApiKeysCreateTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) {\n      id\n    }\n  }\n": types.ApiKeysCreateTeamDocument,
    "\n  query ApiKeysMe {\n    me {\n      id\n    }\n  }\n": types.ApiKeysMeDocument,
    "\n  mutation ApiKeysLogout {\n    logout\n  }\n": types.ApiKeysLogoutDocument,
    "\n  mutation ApiKeysClose($id: ID!) {\n    closeChatSession(id: $id) {\n      id\n    }\n  }\n": types.ApiKeysCloseDocument,
    "\n  mutation ApiKeysAssign($id: ID!, $adminId: ID) {\n    assignChatSession(id: $id, adminId: $adminId) {\n      id\n    }\n  }\n": types.ApiKeysAssignDocument,
    "\n  mutation ApiKeysTyping($sessionId: ID!) {\n    setTyping(sessionId: $sessionId, isTyping: true)\n  }\n": types.ApiKeysTypingDocument,
    "\n  mutation SendSlowFile($input: SendFileMessageInput!) {\n    sendFileMessage(input: $input) {\n      id\n      file {\n        size\n      }\n    }\n  }\n": types.SendSlowFileDocument,
    "\n  query ObservabilityProbe {\n    widgetConfig {\n      widgetTitle\n    }\n  }\n": types.ObservabilityProbeDocument,
    "\n  query ObservabilityOverSocket {\n    widgetConfig {\n      widgetTitle\n    }\n  }\n": types.ObservabilityOverSocketDocument,
    "\n  query ObservabilityRefused {\n    admins {\n      id\n    }\n  }\n": types.ObservabilityRefusedDocument,
    "\n  mutation QueueDeleteTeam($id: ID!) {\n    deleteTeam(id: $id)\n  }\n": types.QueueDeleteTeamDocument,
    "\n  query GetReport($from: DateTimeISO!, $to: DateTimeISO!, $groupBy: ReportGrouping!) {\n    report(from: $from, to: $to, groupBy: $groupBy) {\n      from\n      to\n      groupBy\n      timezone\n      csvUrl\n      rows {\n        ...ReportFigures\n      }\n      totals {\n        ...ReportFigures\n      }\n    }\n  }\n\n  fragment ReportFigures on ReportRow {\n    key\n    label\n    chats\n    messages\n    firstResponseSeconds {\n      median\n      p90\n      count\n    }\n    resolutionSeconds {\n      median\n      p90\n      count\n    }\n    averageRating\n    ratingCount\n  }\n": types.GetReportDocument,
    "\n  mutation SetReportTimeZone($input: UpdateSettingsInput!) {\n    updateSettings(input: $input) {\n      businessHours {\n        timezone\n      }\n    }\n  }\n": types.SetReportTimeZoneDocument,
    "\n  mutation CreateReportLabel($input: CreateLabelInput!) {\n    createLabel(input: $input) {\n      id\n    }\n  }\n": types.CreateReportLabelDocument,
    "\n  mutation CreateReportKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        id\n      }\n    }\n  }\n": types.CreateReportKeyDocument,
    "\n  mutation RevokeReportKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n    }\n  }\n": types.RevokeReportKeyDocument,
    "\n  mutation DemoteReportReader($id: ID!, $input: UpdateAdminInput!) {\n    updateAdmin(id: $id, input: $input) {\n      id\n      role\n    }\n  }\n": types.DemoteReportReaderDocument,
    "\n  mutation SupportCreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        id\n        name\n        scopes\n        prefix\n        createdAt\n        lastUsedAt\n        revokedAt\n      }\n    }\n  }\n": types.SupportCreateApiKeyDocument,
    "\n  mutation SupportRevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": types.SupportRevokeApiKeyDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      admin {\n        id\n        email\n        name\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  query Me {\n    me {\n      id\n      email\n      name\n    }\n  }\n": types.MeDocument,
    "\n  mutation RegisterCustomer($input: RegisterCustomerInput!) {\n    registerCustomer(input: $input) {\n      token\n      customer {\n        id\n        name\n        email\n        phone\n        createdAt\n      }\n    }\n  }\n": types.RegisterCustomerDocument,
    "\n  mutation StartChatSession($input: StartChatSessionInput) {\n    startChatSession(input: $input) {\n      id\n      status\n      lastMessageAt\n      customer {\n        id\n        name\n      }\n    }\n  }\n": types.StartChatSessionDocument,
    "\n  mutation SendMessage($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      id\n      sessionId\n      sender\n      senderName\n      text\n      clientMessageId\n      createdAt\n    }\n  }\n": types.SendMessageDocument,
    "\n  mutation SetTyping($sessionId: ID!, $isTyping: Boolean!) {\n    setTyping(sessionId: $sessionId, isTyping: $isTyping)\n  }\n": types.SetTypingDocument,
    "\n  query GetChatSession($id: ID!, $first: Int, $after: String, $last: Int, $before: String) {\n    chatSession(id: $id) {\n      id\n      status\n      closedAt\n      assignedAdmin {\n        id\n        name\n      }\n      messages(first: $first, after: $after, last: $last, before: $before) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          hasPreviousPage\n          startCursor\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            id\n            text\n            sender\n          }\n        }\n      }\n    }\n  }\n": types.GetChatSessionDocument,
    "\n  query ListChatSessions($filter: ChatSessionFilter, $first: Int, $after: String) {\n    chatSessions(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          status\n          customer {\n            id\n            name\n            email\n          }\n          assignedAdmin {\n            id\n            name\n          }\n          lastMessage {\n            id\n            text\n          }\n        }\n      }\n    }\n  }\n": types.ListChatSessionsDocument,
    "\n  mutation AssignChatSession($id: ID!, $adminId: ID) {\n    assignChatSession(id: $id, adminId: $adminId) {\n      id\n      status\n      assignedAdmin {\n        id\n      }\n    }\n  }\n": types.AssignChatSessionDocument,
    "\n  mutation CloseChatSession($id: ID!) {\n    closeChatSession(id: $id) {\n      id\n      status\n      closedAt\n    }\n  }\n": types.CloseChatSessionDocument,
    "\n  query GetWidgetConfig {\n    widgetConfig {\n      widgetTitle\n      welcomeMessage\n      primaryColor\n      position\n      allowFileUpload\n      maxFileSize\n      allowedFileTypes\n      online\n    }\n  }\n": types.GetWidgetConfigDocument,
    "\n  subscription OnMessageAdded($sessionId: ID!) {\n    messageAdded(sessionId: $sessionId) {\n      id\n      sessionId\n      sender\n      senderName\n      text\n      clientMessageId\n    }\n  }\n": types.OnMessageAddedDocument,
    "\n  subscription OnTypingChanged($sessionId: ID!) {\n    typingChanged(sessionId: $sessionId) {\n      sessionId\n      sender\n      isTyping\n    }\n  }\n": types.OnTypingChangedDocument,
    "\n  subscription OnChatSessionUpdated($id: ID) {\n    chatSessionUpdated(id: $id) {\n      id\n      status\n      assignedAdmin {\n        id\n      }\n      customer {\n        name\n      }\n    }\n  }\n": types.OnChatSessionUpdatedDocument,
    "\n  mutation CreateAdmin($input: CreateAdminInput!) {\n    createAdmin(input: $input) {\n      id\n      email\n      name\n      online\n    }\n  }\n": types.CreateAdminDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": types.ChangePasswordDocument,
    "\n  query QueueChatState($id: ID!) {\n    chatSession(id: $id) {\n      id\n      status\n      queuePosition\n      estimatedWaitSeconds\n      assignedAdmin {\n        id\n      }\n      team {\n        id\n      }\n    }\n  }\n": types.QueueChatStateDocument,
    "\n  query QueueWaitingList($filter: ChatSessionFilter!, $first: Int) {\n    chatSessions(filter: $filter, first: $first) {\n      edges {\n        node {\n          id\n          queuePosition\n          estimatedWaitSeconds\n          team {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.QueueWaitingListDocument,
    "\n  subscription OnQueueChatUpdated($id: ID) {\n    chatSessionUpdated(id: $id) {\n      id\n      status\n      lastMessageAt\n      queuePosition\n      estimatedWaitSeconds\n      assignedAdmin {\n        id\n      }\n    }\n  }\n": types.OnQueueChatUpdatedDocument,
    "\n  mutation QueueTakeNext {\n    takeNextChatSession {\n      id\n      status\n      queuePosition\n      assignedAdmin {\n        id\n      }\n    }\n  }\n": types.QueueTakeNextDocument,
    "\n  mutation QueueUnassign($id: ID!) {\n    unassignChatSession(id: $id) {\n      id\n      status\n      queuePosition\n      assignedAdmin {\n        id\n      }\n    }\n  }\n": types.QueueUnassignDocument,
    "\n  mutation QueueAssign($id: ID!, $adminId: ID, $teamId: ID) {\n    assignChatSession(id: $id, adminId: $adminId, teamId: $teamId) {\n      id\n      status\n      assignedAdmin {\n        id\n      }\n    }\n  }\n": types.QueueAssignDocument,
    "\n  mutation QueueClose($id: ID!) {\n    closeChatSession(id: $id) {\n      id\n      status\n    }\n  }\n": types.QueueCloseDocument,
    "\n  mutation QueueCreateTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) {\n      id\n    }\n  }\n": types.QueueCreateTeamDocument,
    "\n  mutation QueueSetRouting($input: UpdateSettingsInput!) {\n    updateSettings(input: $input) {\n      routingMode\n      defaultMaxConcurrentChats\n    }\n  }\n": types.QueueSetRoutingDocument,
    "\n  mutation QueueSetAgent($id: ID!, $input: UpdateAdminInput!) {\n    updateAdmin(id: $id, input: $input) {\n      id\n    }\n  }\n": types.QueueSetAgentDocument,
    "\n  mutation QueueSetMyStatus($status: AgentStatus!) {\n    setMyStatus(status: $status) {\n      id\n    }\n  }\n": types.QueueSetMyStatusDocument,
    "\n  mutation QueueStartChat($input: StartChatSessionInput) {\n    startChatSession(input: $input) {\n      id\n      status\n      queuePosition\n    }\n  }\n": types.QueueStartChatDocument,
    "\n  mutation DisableAgent($id: ID!, $disabled: Boolean!) {\n    updateAdmin(id: $id, input: { disabled: $disabled }) {\n      id\n      disabled\n    }\n  }\n": types.DisableAgentDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListAdmins {\n    admins {\n      id\n      email\n      name\n      online\n    }\n  }\n"): typeof import('./graphql').ListAdminsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAdmin($id: ID!, $input: UpdateAdminInput!) {\n    updateAdmin(id: $id, input: $input) {\n      id\n      name\n      role\n      maxConcurrentChats\n      disabled\n    }\n  }\n"): typeof import('./graphql').UpdateAdminDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetMyStatus($status: AgentStatus!) {\n    setMyStatus(status: $status) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').SetMyStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListAgentLoad {\n    admins {\n      id\n      role\n      status\n      activeChatCount\n    }\n  }\n"): typeof import('./graphql').ListAgentLoadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription OnAgentStatus {\n    adminPresenceChanged {\n      online\n      status\n      admin {\n        id\n        status\n      }\n    }\n  }\n"): typeof import('./graphql').OnAgentStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GetStatsSummary {\n    stats {\n      activeSessions\n      waitingSessions\n    }\n  }\n"): typeof import('./graphql').GetStatsSummaryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListAgents {\n    admins {\n      id\n      name\n      email\n      role\n    }\n  }\n"): typeof import('./graphql').ListAgentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RenameAdmin($id: ID!, $input: UpdateAdminInput!) {\n    updateAdmin(id: $id, input: $input) {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').RenameAdminDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RaiseDefaultLimit($input: UpdateSettingsInput!) {\n    updateSettings(input: $input) {\n      defaultMaxConcurrentChats\n    }\n  }\n"): typeof import('./graphql').RaiseDefaultLimitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLogPage($filter: AuditLogFilter, $first: Int, $after: String) {\n    auditLog(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          at\n          action\n          targetType\n          targetId\n          ip\n          details\n          actor {\n            kind\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"): typeof import('./graphql').AuditLogPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditActionList {\n    auditActions\n  }\n"): typeof import('./graphql').AuditActionListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditUpdateSettings($input: UpdateSettingsInput!) {\n    updateSettings(input: $input) {\n      routingMode\n    }\n  }\n"): typeof import('./graphql').AuditUpdateSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditUpdateTeam($id: ID!, $input: UpdateTeamInput!) {\n    updateTeam(id: $id, input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').AuditUpdateTeamDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditDeleteTeam($id: ID!) {\n    deleteTeam(id: $id)\n  }\n"): typeof import('./graphql').AuditDeleteTeamDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditCreateAdmin($input: CreateAdminInput!) {\n    createAdmin(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').AuditCreateAdminDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditUpdateCustomer($id: ID!, $input: UpdateCustomerInput!) {\n    updateCustomer(id: $id, input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').AuditUpdateCustomerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditBlockCustomer($id: ID!, $reason: String) {\n    blockCustomer(id: $id, reason: $reason) {\n      id\n    }\n  }\n"): typeof import('./graphql').AuditBlockCustomerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditUnblockCustomer($id: ID!) {\n    unblockCustomer(id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').AuditUnblockCustomerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListCannedResponses($search: String) {\n    cannedResponses(search: $search) {\n      id\n      shortcut\n      title\n      text\n    }\n  }\n"): typeof import('./graphql').ListCannedResponsesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCannedResponse($input: CannedResponseInput!) {\n    createCannedResponse(input: $input) {\n      id\n      shortcut\n      title\n      text\n    }\n  }\n"): typeof import('./graphql').CreateCannedResponseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCannedResponse($id: ID!, $input: CannedResponseInput!) {\n    updateCannedResponse(id: $id, input: $input) {\n      id\n      shortcut\n      title\n      text\n    }\n  }\n"): typeof import('./graphql').UpdateCannedResponseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteCannedResponse($id: ID!) {\n    deleteCannedResponse(id: $id)\n  }\n"): typeof import('./graphql').DeleteCannedResponseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartChatSessionWithMessages($input: StartChatSessionInput) {\n    startChatSession(input: $input) {\n      id\n      status\n      messages(first: 10) {\n        edges {\n          node {\n            text\n            clientMessageId\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').StartChatSessionWithMessagesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription OnInboxUpdated {\n    chatSessionUpdated {\n      id\n      status\n      lastMessage {\n        text\n      }\n    }\n  }\n"): typeof import('./graphql').OnInboxUpdatedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkRead($id: ID!, $messageId: ID!) {\n    markChatSessionRead(id: $id, messageId: $messageId) {\n      id\n      customerLastReadMessageId\n      agentLastReadMessageId\n      unreadCount\n    }\n  }\n"): typeof import('./graphql').MarkReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReadState($id: ID!) {\n    chatSession(id: $id) {\n      customerLastReadMessageId\n      agentLastReadMessageId\n      unreadCount\n    }\n  }\n"): typeof import('./graphql').ReadStateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerView($id: ID!) {\n    chatSession(id: $id) {\n      customerLastReadMessageId\n      unreadCount\n      messages(first: 100) {\n        edges {\n          node {\n            id\n            sender\n            internal\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CustomerViewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InboxUnread($filter: ChatSessionFilter) {\n    chatSessions(filter: $filter, first: 20) {\n      edges {\n        node {\n          id\n          unreadCount\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').InboxUnreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendForReceipts($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      id\n      createdAt\n    }\n  }\n"): typeof import('./graphql').SendForReceiptsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartReceiptChat($input: StartChatSessionInput) {\n    startChatSession(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').StartReceiptChatDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateReceiptTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CreateReceiptTeamDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription OnReadChanged($id: ID) {\n    chatSessionUpdated(id: $id) {\n      id\n      lastMessageAt\n      customerLastReadMessageId\n      agentLastReadMessageId\n      unreadCount\n    }\n  }\n"): typeof import('./graphql').OnReadChangedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartTopicChat($input: StartChatSessionInput) {\n    startChatSession(input: $input) {\n      id\n      status\n      team {\n        id\n        name\n        members {\n          id\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').StartTopicChatDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateQueueTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CreateQueueTeamDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteQueueTeam($id: ID!) {\n    deleteTeam(id: $id)\n  }\n"): typeof import('./graphql').DeleteQueueTeamDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignWithTeam($id: ID!, $adminId: ID, $teamId: ID) {\n    assignChatSession(id: $id, adminId: $adminId, teamId: $teamId) {\n      id\n      status\n      assignedAdmin {\n        id\n      }\n      team {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').AssignWithTeamDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetAgentLimit($id: ID!, $input: UpdateAdminInput!) {\n    updateAdmin(id: $id, input: $input) {\n      id\n      maxConcurrentChats\n    }\n  }\n"): typeof import('./graphql').SetAgentLimitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetDeskLimit($input: UpdateSettingsInput!) {\n    updateSettings(input: $input) {\n      defaultMaxConcurrentChats\n    }\n  }\n"): typeof import('./graphql').SetDeskLimitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListQueue($filter: ChatSessionFilter, $first: Int, $after: String) {\n    chatSessions(filter: $filter, first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          queuedAt\n          team {\n            id\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ListQueueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReadChat($id: ID!) {\n    chatSession(id: $id) {\n      id\n      status\n      team {\n        id\n      }\n      messages {\n        totalCount\n      }\n    }\n  }\n"): typeof import('./graphql').ReadChatDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation UpdateQueueTeam($id: ID!, $input: UpdateTeamInput!) {\n      updateTeam(id: $id, input: $input) {\n        id\n      }\n    }\n  "): typeof import('./graphql').UpdateQueueTeamDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BlockCustomer($id: ID!, $reason: String) {\n    blockCustomer(id: $id, reason: $reason) {\n      id\n      blocked\n      blockedAt\n      blockedReason\n    }\n  }\n"): typeof import('./graphql').BlockCustomerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnblockCustomer($id: ID!) {\n    unblockCustomer(id: $id) {\n      id\n      blocked\n      blockedReason\n    }\n  }\n"): typeof import('./graphql').UnblockCustomerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListBlockedCustomers($first: Int, $after: String) {\n    blockedCustomers(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          blockedReason\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ListBlockedCustomersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BlockingOwnChat($id: ID!) {\n    chatSession(id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').BlockingOwnChatDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BlockingRegisterAgain($input: RegisterCustomerInput!) {\n    registerCustomer(input: $input) {\n      token\n      customer {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').BlockingRegisterAgainDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCustomer($id: ID!, $input: UpdateCustomerInput!) {\n    updateCustomer(id: $id, input: $input) {\n      id\n      name\n      email\n      phone\n      attributes\n    }\n  }\n"): typeof import('./graphql').UpdateCustomerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GetCustomerChats($id: ID!, $first: Int, $after: String) {\n    chatSession(id: $id) {\n      id\n      customer {\n        id\n        name\n        attributes\n        chatSessions(first: $first, after: $after) {\n          totalCount\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n          edges {\n            cursor\n            node {\n              id\n              status\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').GetCustomerChatsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListCustomersChats($first: Int) {\n    chatSessions(first: $first) {\n      edges {\n        node {\n          id\n          customer {\n            id\n            chatSessions(first: 2) {\n              totalCount\n              edges {\n                node {\n                  id\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ListCustomersChatsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription OnProfileChanged {\n    chatSessionUpdated {\n      id\n      customer {\n        id\n        name\n        attributes\n      }\n    }\n  }\n"): typeof import('./graphql').OnProfileChangedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterVerified($input: RegisterCustomerInput!) {\n    registerCustomer(input: $input) {\n      token\n      customer {\n        id\n        name\n        email\n        phone\n        externalId\n        verified\n        blocked\n      }\n    }\n  }\n"): typeof import('./graphql').RegisterVerifiedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IdentityWhoAmI($id: ID!) {\n    chatSession(id: $id) {\n      id\n      customer {\n        id\n        verified\n        externalId\n      }\n    }\n  }\n"): typeof import('./graphql').IdentityWhoAmIDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetIdentityRequired($required: Boolean!) {\n    updateSettings(input: { identityRequired: $required }) {\n      identityRequired\n    }\n  }\n"): typeof import('./graphql').SetIdentityRequiredDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IdentityLeaveOffline($input: LeaveOfflineMessageInput!) {\n    leaveOfflineMessage(input: $input) {\n      token\n    }\n  }\n"): typeof import('./graphql').IdentityLeaveOfflineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WidgetIdentityRequired {\n    widgetConfig {\n      identityRequired\n    }\n  }\n"): typeof import('./graphql').WidgetIdentityRequiredDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IdentitySendFile($input: SendFileMessageInput!) {\n    sendFileMessage(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').IdentitySendFileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendFileMessage($input: SendFileMessageInput!) {\n    sendFileMessage(input: $input) {\n      id\n      sessionId\n      sender\n      text\n      clientMessageId\n      file {\n        id\n        filename\n        mimeType\n        size\n        url\n      }\n    }\n  }\n"): typeof import('./graphql').SendFileMessageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GetSessionFiles($id: ID!) {\n    chatSession(id: $id) {\n      id\n      messages(first: 100) {\n        totalCount\n        edges {\n          node {\n            id\n            text\n            file {\n              id\n              filename\n              mimeType\n              size\n              url\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').GetSessionFilesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription OnFileMessageAdded($sessionId: ID!) {\n    messageAdded(sessionId: $sessionId) {\n      id\n      sender\n      text\n      clientMessageId\n      file {\n        id\n        filename\n        mimeType\n        size\n        url\n      }\n    }\n  }\n"): typeof import('./graphql').OnFileMessageAddedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListLabels {\n    labels {\n      id\n      name\n      color\n    }\n  }\n"): typeof import('./graphql').ListLabelsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateLabel($input: CreateLabelInput!) {\n    createLabel(input: $input) {\n      id\n      name\n      color\n    }\n  }\n"): typeof import('./graphql').CreateLabelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateLabel($id: ID!, $input: UpdateLabelInput!) {\n    updateLabel(id: $id, input: $input) {\n      id\n      name\n      color\n    }\n  }\n"): typeof import('./graphql').UpdateLabelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteLabel($id: ID!) {\n    deleteLabel(id: $id)\n  }\n"): typeof import('./graphql').DeleteLabelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetChatSessionLabels($id: ID!, $labelIds: [ID!]!) {\n    setChatSessionLabels(id: $id, labelIds: $labelIds) {\n      id\n      labels {\n        id\n        name\n        color\n      }\n    }\n  }\n"): typeof import('./graphql').SetChatSessionLabelsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChatSessionLabels($id: ID!) {\n    chatSession(id: $id) {\n      id\n      labels {\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').ChatSessionLabelsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LabelledChats($filter: ChatSessionFilter) {\n    chatSessions(filter: $filter, first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          labels {\n            name\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').LabelledChatsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription OnLabelledChatUpdated($id: ID) {\n    chatSessionUpdated(id: $id) {\n      id\n      status\n      lastMessageAt\n      labels {\n        name\n        color\n      }\n    }\n  }\n"): typeof import('./graphql').OnLabelledChatUpdatedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendNote($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      id\n      sender\n      text\n      internal\n    }\n  }\n"): typeof import('./graphql').SendNoteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConversationAsSeen($id: ID!, $first: Int, $after: String, $last: Int, $before: String) {\n    chatSession(id: $id) {\n      status\n      assignedAdmin {\n        id\n      }\n      lastMessageAt\n      queuedAt\n      lastMessage {\n        text\n        internal\n      }\n      messages(first: $first, after: $after, last: $last, before: $before) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          hasPreviousPage\n        }\n        edges {\n          cursor\n          node {\n            text\n            internal\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ConversationAsSeenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription OnMessageWithInternal($sessionId: ID!) {\n    messageAdded(sessionId: $sessionId) {\n      text\n      internal\n    }\n  }\n"): typeof import('./graphql').OnMessageWithInternalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendFileWithInternal($input: SendFileMessageInput!) {\n    sendFileMessage(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').SendFileWithInternalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription OnTypingWithName($sessionId: ID!) {\n    typingChanged(sessionId: $sessionId) {\n      sender\n      senderName\n      isTyping\n    }\n  }\n"): typeof import('./graphql').OnTypingWithNameDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DeskHours on Settings {\n    offlineMessage\n    businessHours {\n      timezone\n      holidays\n      days {\n        weekday\n        opens\n        closes\n      }\n    }\n  }\n"): typeof import('./graphql').DeskHoursFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeskSettings {\n    settings {\n      ...DeskHours\n    }\n  }\n"): typeof import('./graphql').DeskSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateDeskHours($input: UpdateSettingsInput!) {\n    updateSettings(input: $input) {\n      ...DeskHours\n    }\n  }\n"): typeof import('./graphql').UpdateDeskHoursDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeskOpening {\n    widgetConfig {\n      open\n      nextOpenAt\n      timezone\n      offlineMessage\n      online\n      agentsAvailable\n    }\n  }\n"): typeof import('./graphql').DeskOpeningDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LeaveOfflineMessage($input: LeaveOfflineMessageInput!) {\n    leaveOfflineMessage(input: $input) {\n      token\n      customer {\n        id\n        name\n        email\n        phone\n      }\n      chatSession {\n        id\n        status\n        offline\n        team {\n          id\n        }\n        messages {\n          edges {\n            node {\n              sender\n              text\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').LeaveOfflineMessageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OfflineChat($id: ID!) {\n    chatSession(id: $id) {\n      id\n      status\n      offline\n      assignedAdmin {\n        id\n      }\n      messages {\n        edges {\n          node {\n            sender\n            text\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').OfflineChatDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OfflineInbox($filter: ChatSessionFilter) {\n    chatSessions(filter: $filter) {\n      edges {\n        node {\n          id\n          offline\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').OfflineInboxDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LeaveOfflineForMail($input: LeaveOfflineMessageInput!) {\n    leaveOfflineMessage(input: $input) {\n      token\n      chatSession {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').LeaveOfflineForMailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription OnAdminPresenceChanged {\n    adminPresenceChanged {\n      online\n      admin {\n        id\n        name\n        online\n      }\n    }\n  }\n"): typeof import('./graphql').OnAdminPresenceChangedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListAdminsOnline {\n    admins {\n      id\n      online\n    }\n  }\n"): typeof import('./graphql').ListAdminsOnlineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TransferWithNote($id: ID!, $adminId: ID, $teamId: ID, $note: String) {\n    assignChatSession(id: $id, adminId: $adminId, teamId: $teamId, note: $note) {\n      id\n      status\n      assignedAdmin {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').TransferWithNoteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TransferConversation($id: ID!) {\n    chatSession(id: $id) {\n      status\n      assignedAdmin {\n        id\n      }\n      messages(first: 100) {\n        edges {\n          node {\n            sender\n            senderName\n            text\n            internal\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').TransferConversationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription OnTransferMessage($sessionId: ID!) {\n    messageAdded(sessionId: $sessionId) {\n      sender\n      senderName\n      text\n      internal\n    }\n  }\n"): typeof import('./graphql').OnTransferMessageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WriteMentionNote($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').WriteMentionNoteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription OnMentioned {\n    mentioned {\n      sessionId\n      sessionStatus\n      mentionedBy\n      customerName\n      message {\n        text\n        internal\n      }\n    }\n  }\n"): typeof import('./graphql').OnMentionedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RateChat($id: ID!, $rating: Int!, $comment: String) {\n    rateChatSession(id: $id, rating: $rating, comment: $comment) {\n      id\n      status\n      rating\n      ratingComment\n    }\n  }\n"): typeof import('./graphql').RateChatDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChatRating($id: ID!) {\n    chatSession(id: $id) {\n      rating\n      ratingComment\n      transcriptUrl\n    }\n  }\n"): typeof import('./graphql').ChatRatingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RatingStats {\n    stats {\n      averageRating\n      ratingCount\n    }\n  }\n"): typeof import('./graphql').RatingStatsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription OnRated($id: ID) {\n    chatSessionUpdated(id: $id) {\n      id\n      status\n      rating\n      ratingComment\n      lastMessageAt\n    }\n  }\n"): typeof import('./graphql').OnRatedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchMessages($query: String!, $first: Int, $after: String) {\n    searchMessages(query: $query, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        highlight\n        node {\n          id\n          text\n          internal\n        }\n        session {\n          id\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SearchMessagesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GetStats($days: Int!) {\n    stats {\n      activeSessions\n      waitingSessions\n      messagesPerDay(days: $days) {\n        date\n        count\n      }\n      averageFirstResponseSeconds\n    }\n  }\n"): typeof import('./graphql').GetStatsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GetDefaultStats {\n    stats {\n      messagesPerDay {\n        date\n        count\n      }\n    }\n  }\n"): typeof import('./graphql').GetDefaultStatsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListTeams {\n    teams {\n      id\n      name\n      showInWidget\n      createdAt\n      members {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').ListTeamsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) {\n      id\n      name\n      showInWidget\n      members {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').CreateTeamDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateTeam($id: ID!, $input: UpdateTeamInput!) {\n    updateTeam(id: $id, input: $input) {\n      id\n      name\n      showInWidget\n      members {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').UpdateTeamDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteTeam($id: ID!) {\n    deleteTeam(id: $id)\n  }\n"): typeof import('./graphql').DeleteTeamDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAgent($id: ID!, $input: UpdateAdminInput!) {\n    updateAdmin(id: $id, input: $input) {\n      id\n      name\n      role\n      teams {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').UpdateAgentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListAgentTeams {\n    admins {\n      id\n      teams {\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').ListAgentTeamsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GetSettings {\n    settings {\n      routingMode\n      defaultMaxConcurrentChats\n    }\n  }\n"): typeof import('./graphql').GetSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSettings($input: UpdateSettingsInput!) {\n    updateSettings(input: $input) {\n      routingMode\n      defaultMaxConcurrentChats\n    }\n  }\n"): typeof import('./graphql').UpdateSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GetTopics {\n    widgetConfig {\n      topics {\n        teamId\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').GetTopicsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EmailTranscript($id: ID!) {\n    emailTranscript(id: $id)\n  }\n"): typeof import('./graphql').EmailTranscriptDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CanEmail($id: ID!) {\n    chatSession(id: $id) {\n      canEmailTranscript\n    }\n  }\n"): typeof import('./graphql').CanEmailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendRateLimitedFile($input: SendFileMessageInput!) {\n    sendFileMessage(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').SendRateLimitedFileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiKeyRevocationChatSessions {\n    chatSessions(first: 5) {\n      totalCount\n    }\n  }\n"): typeof import('./graphql').ApiKeyRevocationChatSessionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiKeysList {\n    apiKeys {\n      id\n      name\n      scopes\n      prefix\n      createdAt\n      lastUsedAt\n      revokedAt\n    }\n  }\n"): typeof import('./graphql').ApiKeysListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiKeysChatSessions {\n    chatSessions(first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          status\n          labels {\n            id\n          }\n          customer {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ApiKeysChatSessionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiKeysChatSession($id: ID!) {\n    chatSession(id: $id) {\n      id\n      status\n      assignedAdmin {\n        id\n        email\n      }\n      messages(first: 50) {\n        edges {\n          node {\n            id\n            sender\n            senderName\n            text\n            internal\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ApiKeysChatSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiKeysStats {\n    stats {\n      waitingSessions\n      averageFirstResponseSeconds\n    }\n  }\n"): typeof import('./graphql').ApiKeysStatsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApiKeysUpdateCustomer($id: ID!, $input: UpdateCustomerInput!) {\n    updateCustomer(id: $id, input: $input) {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').ApiKeysUpdateCustomerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiKeysBlockedCustomers {\n    blockedCustomers {\n      totalCount\n    }\n  }\n"): typeof import('./graphql').ApiKeysBlockedCustomersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiKeysSearch($query: String!) {\n    searchMessages(query: $query) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ApiKeysSearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiKeysTeamsAndLabels {\n    teams {\n      id\n    }\n    labels {\n      id\n    }\n  }\n"): typeof import('./graphql').ApiKeysTeamsAndLabelsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiKeysAdmins {\n    admins {\n      id\n    }\n  }\n"): typeof import('./graphql').ApiKeysAdminsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiKeysSettings {\n    settings {\n      routingMode\n    }\n  }\n"): typeof import('./graphql').ApiKeysSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApiKeysCreateTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').ApiKeysCreateTeamDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiKeysMe {\n    me {\n      id\n    }\n  }\n"): typeof import('./graphql').ApiKeysMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApiKeysLogout {\n    logout\n  }\n"): typeof import('./graphql').ApiKeysLogoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApiKeysClose($id: ID!) {\n    closeChatSession(id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').ApiKeysCloseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApiKeysAssign($id: ID!, $adminId: ID) {\n    assignChatSession(id: $id, adminId: $adminId) {\n      id\n    }\n  }\n"): typeof import('./graphql').ApiKeysAssignDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApiKeysTyping($sessionId: ID!) {\n    setTyping(sessionId: $sessionId, isTyping: true)\n  }\n"): typeof import('./graphql').ApiKeysTypingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendSlowFile($input: SendFileMessageInput!) {\n    sendFileMessage(input: $input) {\n      id\n      file {\n        size\n      }\n    }\n  }\n"): typeof import('./graphql').SendSlowFileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ObservabilityProbe {\n    widgetConfig {\n      widgetTitle\n    }\n  }\n"): typeof import('./graphql').ObservabilityProbeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ObservabilityOverSocket {\n    widgetConfig {\n      widgetTitle\n    }\n  }\n"): typeof import('./graphql').ObservabilityOverSocketDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ObservabilityRefused {\n    admins {\n      id\n    }\n  }\n"): typeof import('./graphql').ObservabilityRefusedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation QueueDeleteTeam($id: ID!) {\n    deleteTeam(id: $id)\n  }\n"): typeof import('./graphql').QueueDeleteTeamDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GetReport($from: DateTimeISO!, $to: DateTimeISO!, $groupBy: ReportGrouping!) {\n    report(from: $from, to: $to, groupBy: $groupBy) {\n      from\n      to\n      groupBy\n      timezone\n      csvUrl\n      rows {\n        ...ReportFigures\n      }\n      totals {\n        ...ReportFigures\n      }\n    }\n  }\n\n  fragment ReportFigures on ReportRow {\n    key\n    label\n    chats\n    messages\n    firstResponseSeconds {\n      median\n      p90\n      count\n    }\n    resolutionSeconds {\n      median\n      p90\n      count\n    }\n    averageRating\n    ratingCount\n  }\n"): typeof import('./graphql').GetReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetReportTimeZone($input: UpdateSettingsInput!) {\n    updateSettings(input: $input) {\n      businessHours {\n        timezone\n      }\n    }\n  }\n"): typeof import('./graphql').SetReportTimeZoneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateReportLabel($input: CreateLabelInput!) {\n    createLabel(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CreateReportLabelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateReportKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').CreateReportKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeReportKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').RevokeReportKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DemoteReportReader($id: ID!, $input: UpdateAdminInput!) {\n    updateAdmin(id: $id, input: $input) {\n      id\n      role\n    }\n  }\n"): typeof import('./graphql').DemoteReportReaderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SupportCreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        id\n        name\n        scopes\n        prefix\n        createdAt\n        lastUsedAt\n        revokedAt\n      }\n    }\n  }\n"): typeof import('./graphql').SupportCreateApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SupportRevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n      revokedAt\n    }\n  }\n"): typeof import('./graphql').SupportRevokeApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      admin {\n        id\n        email\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').LoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): typeof import('./graphql').LogoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      email\n      name\n    }\n  }\n"): typeof import('./graphql').MeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterCustomer($input: RegisterCustomerInput!) {\n    registerCustomer(input: $input) {\n      token\n      customer {\n        id\n        name\n        email\n        phone\n        createdAt\n      }\n    }\n  }\n"): typeof import('./graphql').RegisterCustomerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartChatSession($input: StartChatSessionInput) {\n    startChatSession(input: $input) {\n      id\n      status\n      lastMessageAt\n      customer {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').StartChatSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendMessage($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      id\n      sessionId\n      sender\n      senderName\n      text\n      clientMessageId\n      createdAt\n    }\n  }\n"): typeof import('./graphql').SendMessageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetTyping($sessionId: ID!, $isTyping: Boolean!) {\n    setTyping(sessionId: $sessionId, isTyping: $isTyping)\n  }\n"): typeof import('./graphql').SetTypingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GetChatSession($id: ID!, $first: Int, $after: String, $last: Int, $before: String) {\n    chatSession(id: $id) {\n      id\n      status\n      closedAt\n      assignedAdmin {\n        id\n        name\n      }\n      messages(first: $first, after: $after, last: $last, before: $before) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          hasPreviousPage\n          startCursor\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            id\n            text\n            sender\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').GetChatSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListChatSessions($filter: ChatSessionFilter, $first: Int, $after: String) {\n    chatSessions(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          status\n          customer {\n            id\n            name\n            email\n          }\n          assignedAdmin {\n            id\n            name\n          }\n          lastMessage {\n            id\n            text\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ListChatSessionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignChatSession($id: ID!, $adminId: ID) {\n    assignChatSession(id: $id, adminId: $adminId) {\n      id\n      status\n      assignedAdmin {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').AssignChatSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseChatSession($id: ID!) {\n    closeChatSession(id: $id) {\n      id\n      status\n      closedAt\n    }\n  }\n"): typeof import('./graphql').CloseChatSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GetWidgetConfig {\n    widgetConfig {\n      widgetTitle\n      welcomeMessage\n      primaryColor\n      position\n      allowFileUpload\n      maxFileSize\n      allowedFileTypes\n      online\n    }\n  }\n"): typeof import('./graphql').GetWidgetConfigDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription OnMessageAdded($sessionId: ID!) {\n    messageAdded(sessionId: $sessionId) {\n      id\n      sessionId\n      sender\n      senderName\n      text\n      clientMessageId\n    }\n  }\n"): typeof import('./graphql').OnMessageAddedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription OnTypingChanged($sessionId: ID!) {\n    typingChanged(sessionId: $sessionId) {\n      sessionId\n      sender\n      isTyping\n    }\n  }\n"): typeof import('./graphql').OnTypingChangedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription OnChatSessionUpdated($id: ID) {\n    chatSessionUpdated(id: $id) {\n      id\n      status\n      assignedAdmin {\n        id\n      }\n      customer {\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').OnChatSessionUpdatedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAdmin($input: CreateAdminInput!) {\n    createAdmin(input: $input) {\n      id\n      email\n      name\n      online\n    }\n  }\n"): typeof import('./graphql').CreateAdminDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"): typeof import('./graphql').ChangePasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QueueChatState($id: ID!) {\n    chatSession(id: $id) {\n      id\n      status\n      queuePosition\n      estimatedWaitSeconds\n      assignedAdmin {\n        id\n      }\n      team {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').QueueChatStateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QueueWaitingList($filter: ChatSessionFilter!, $first: Int) {\n    chatSessions(filter: $filter, first: $first) {\n      edges {\n        node {\n          id\n          queuePosition\n          estimatedWaitSeconds\n          team {\n            id\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').QueueWaitingListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription OnQueueChatUpdated($id: ID) {\n    chatSessionUpdated(id: $id) {\n      id\n      status\n      lastMessageAt\n      queuePosition\n      estimatedWaitSeconds\n      assignedAdmin {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').OnQueueChatUpdatedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation QueueTakeNext {\n    takeNextChatSession {\n      id\n      status\n      queuePosition\n      assignedAdmin {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').QueueTakeNextDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation QueueUnassign($id: ID!) {\n    unassignChatSession(id: $id) {\n      id\n      status\n      queuePosition\n      assignedAdmin {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').QueueUnassignDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation QueueAssign($id: ID!, $adminId: ID, $teamId: ID) {\n    assignChatSession(id: $id, adminId: $adminId, teamId: $teamId) {\n      id\n      status\n      assignedAdmin {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').QueueAssignDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation QueueClose($id: ID!) {\n    closeChatSession(id: $id) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').QueueCloseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation QueueCreateTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').QueueCreateTeamDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation QueueSetRouting($input: UpdateSettingsInput!) {\n    updateSettings(input: $input) {\n      routingMode\n      defaultMaxConcurrentChats\n    }\n  }\n"): typeof import('./graphql').QueueSetRoutingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation QueueSetAgent($id: ID!, $input: UpdateAdminInput!) {\n    updateAdmin(id: $id, input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').QueueSetAgentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation QueueSetMyStatus($status: AgentStatus!) {\n    setMyStatus(status: $status) {\n      id\n    }\n  }\n"): typeof import('./graphql').QueueSetMyStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation QueueStartChat($input: StartChatSessionInput) {\n    startChatSession(input: $input) {\n      id\n      status\n      queuePosition\n    }\n  }\n"): typeof import('./graphql').QueueStartChatDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DisableAgent($id: ID!, $disabled: Boolean!) {\n    updateAdmin(id: $id, input: { disabled: $disabled }) {\n      id\n      disabled\n    }\n  }\n"): typeof import('./graphql').DisableAgentDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
