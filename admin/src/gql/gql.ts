/* eslint-disable */
import * as types from './graphql';
import { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

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
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  mutation RenameMe($id: ID!, $input: UpdateAdminInput!) {\n    updateAdmin(id: $id, input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.RenameMeDocument,
    "\n  query GetMyTwoFactor {\n    me {\n      id\n      twoFactorEnabled\n    }\n  }\n": typeof types.GetMyTwoFactorDocument,
    "\n  mutation BeginTwoFactorSetup {\n    beginTwoFactorSetup {\n      secret\n      otpauthUrl\n    }\n  }\n": typeof types.BeginTwoFactorSetupDocument,
    "\n  mutation EnableTwoFactor($code: String!) {\n    enableTwoFactor(code: $code)\n  }\n": typeof types.EnableTwoFactorDocument,
    "\n  mutation DisableTwoFactor($code: String!) {\n    disableTwoFactor(code: $code)\n  }\n": typeof types.DisableTwoFactorDocument,
    "\n  subscription OnAdminPresenceChanged {\n    adminPresenceChanged {\n      online\n      status\n      admin {\n        id\n        online\n        status\n      }\n    }\n  }\n": typeof types.OnAdminPresenceChangedDocument,
    "\n  mutation UpdateAdmin($id: ID!, $input: UpdateAdminInput!) {\n    updateAdmin(id: $id, input: $input) {\n      id\n      name\n      role\n      disabled\n      maxConcurrentChats\n      activeChatCount\n      status\n      online\n      teams {\n        id\n        name\n      }\n    }\n  }\n": typeof types.UpdateAdminDocument,
    "\n  query ListTeamChoices {\n    teams {\n      id\n      name\n    }\n  }\n": typeof types.ListTeamChoicesDocument,
    "\n  query ListAgents {\n    admins {\n      id\n      name\n      email\n      online\n      status\n      role\n      disabled\n      maxConcurrentChats\n      activeChatCount\n      teams {\n        id\n        name\n      }\n    }\n    settings {\n      defaultMaxConcurrentChats\n    }\n  }\n": typeof types.ListAgentsDocument,
    "\n  mutation SetMyStatus($status: AgentStatus!) {\n    setMyStatus(status: $status) {\n      id\n      status\n      online\n    }\n  }\n": typeof types.SetMyStatusDocument,
    "\n  mutation CreateAdmin($input: CreateAdminInput!) {\n    createAdmin(input: $input) {\n      id\n      name\n      email\n      online\n    }\n  }\n": typeof types.CreateAdminDocument,
    "\n  query AuditLog($filter: AuditLogFilter, $first: Int, $after: String) {\n    auditLog(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          at\n          action\n          targetType\n          targetId\n          ip\n          details\n          actor {\n            kind\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.AuditLogDocument,
    "\n  query AuditFilterChoices {\n    auditActions\n    admins {\n      id\n      name\n    }\n  }\n": typeof types.AuditFilterChoicesDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  mutation Login($email: String!, $password: String!, $otp: String) {\n    login(email: $email, password: $password, otp: $otp) {\n      token\n      admin {\n        id\n        name\n        email\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  query GetMyAccount {\n    me {\n      id\n      name\n      email\n      role\n      status\n      maxConcurrentChats\n      activeChatCount\n      teams {\n        id\n      }\n    }\n  }\n": typeof types.GetMyAccountDocument,
    "\n  mutation CreateCannedResponse($input: CannedResponseInput!) {\n    createCannedResponse(input: $input) {\n      id\n      shortcut\n      title\n      text\n    }\n  }\n": typeof types.CreateCannedResponseDocument,
    "\n  mutation UpdateCannedResponse($id: ID!, $input: CannedResponseInput!) {\n    updateCannedResponse(id: $id, input: $input) {\n      id\n      shortcut\n      title\n      text\n    }\n  }\n": typeof types.UpdateCannedResponseDocument,
    "\n  query ListCannedResponses {\n    cannedResponses {\n      id\n      shortcut\n      title\n      text\n    }\n  }\n": typeof types.ListCannedResponsesDocument,
    "\n  mutation DeleteCannedResponse($id: ID!) {\n    deleteCannedResponse(id: $id)\n  }\n": typeof types.DeleteCannedResponseDocument,
    "\n  query PickCannedResponses($search: String) {\n    cannedResponses(search: $search) {\n      id\n      shortcut\n      title\n      text\n    }\n  }\n": typeof types.PickCannedResponsesDocument,
    "\n  fragment ChatRating_session on ChatSession {\n    id\n    rating\n    ratingComment\n    transcriptUrl\n  }\n": typeof types.ChatRating_SessionFragmentDoc,
    "\n  query GetTranscriptUrl($id: ID!) {\n    chatSession(id: $id) {\n      id\n      transcriptUrl\n    }\n  }\n": typeof types.GetTranscriptUrlDocument,
    "\n  fragment ConversationActions_session on ChatSession {\n    id\n    status\n    assignedAdmin {\n      id\n      name\n    }\n    team {\n      id\n      name\n    }\n  }\n": typeof types.ConversationActions_SessionFragmentDoc,
    "\n  mutation AssignChatSession($id: ID!, $adminId: ID, $teamId: ID, $note: String) {\n    assignChatSession(id: $id, adminId: $adminId, teamId: $teamId, note: $note) {\n      id\n      status\n      assignedAdmin {\n        id\n        name\n        online\n      }\n      team {\n        id\n        name\n      }\n    }\n  }\n": typeof types.AssignChatSessionDocument,
    "\n  mutation CloseChatSession($id: ID!) {\n    closeChatSession(id: $id) {\n      id\n      status\n      closedAt\n    }\n  }\n": typeof types.CloseChatSessionDocument,
    "\n  query GetConversation($id: ID!, $last: Int, $before: String, $first: Int, $after: String) {\n    chatSession(id: $id) {\n      id\n      status\n      offline\n      createdAt\n      customer {\n        id\n        name\n        ...CustomerPanel_customer\n      }\n      assignedAdmin {\n        id\n        name\n        online\n      }\n      team {\n        id\n        name\n      }\n      ...ConversationActions_session\n      ...ChatRating_session\n      ...LabelPicker_session\n      ...ReadReceipts_session\n      messages(last: $last, before: $before, first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            id\n            clientMessageId\n            createdAt\n            sender\n            internal\n            ...MessageBubble_message\n          }\n        }\n        pageInfo {\n          hasPreviousPage\n          hasNextPage\n          startCursor\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.GetConversationDocument,
    "\n  subscription OnMessageAdded($sessionId: ID!) {\n    messageAdded(sessionId: $sessionId) {\n      id\n      sessionId\n      clientMessageId\n      createdAt\n      sender\n      ...MessageBubble_message\n    }\n  }\n": typeof types.OnMessageAddedDocument,
    "\n  query ListMentionableAgents {\n    admins {\n      id\n      name\n      disabled\n    }\n  }\n": typeof types.ListMentionableAgentsDocument,
    "\n  fragment MessageBubble_message on Message {\n    id\n    sender\n    senderName\n    text\n    internal\n    createdAt\n    clientMessageId\n    file {\n      id\n      filename\n      mimeType\n      size\n      url\n    }\n  }\n": typeof types.MessageBubble_MessageFragmentDoc,
    "\n  mutation SendMessage($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      id\n      sessionId\n      clientMessageId\n      createdAt\n      ...MessageBubble_message\n    }\n  }\n": typeof types.SendMessageDocument,
    "\n  mutation SendFileMessage($input: SendFileMessageInput!) {\n    sendFileMessage(input: $input) {\n      id\n      sessionId\n      clientMessageId\n      createdAt\n      ...MessageBubble_message\n    }\n  }\n": typeof types.SendFileMessageDocument,
    "\n  fragment ReadReceipts_session on ChatSession {\n    id\n    customerLastReadMessageId\n    agentLastReadMessageId\n    unreadCount\n  }\n": typeof types.ReadReceipts_SessionFragmentDoc,
    "\n  mutation MarkChatSessionRead($id: ID!, $messageId: ID!) {\n    markChatSessionRead(id: $id, messageId: $messageId) {\n      ...ReadReceipts_session\n    }\n  }\n": typeof types.MarkChatSessionReadDocument,
    "\n  query ListTransferTargets {\n    admins {\n      id\n      name\n      email\n      online\n      status\n      disabled\n    }\n    teams {\n      id\n      name\n    }\n  }\n": typeof types.ListTransferTargetsDocument,
    "\n  mutation SetTyping($sessionId: ID!, $isTyping: Boolean!) {\n    setTyping(sessionId: $sessionId, isTyping: $isTyping)\n  }\n": typeof types.SetTypingDocument,
    "\n  subscription OnTypingChanged($sessionId: ID!) {\n    typingChanged(sessionId: $sessionId) {\n      sessionId\n      sender\n      isTyping\n    }\n  }\n": typeof types.OnTypingChangedDocument,
    "\n  query GetUploadLimits {\n    widgetConfig {\n      maxFileSize\n      allowedFileTypes\n    }\n  }\n": typeof types.GetUploadLimitsDocument,
    "\n  query ListBlockedCustomers($first: Int, $after: String) {\n    blockedCustomers(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          email\n          externalId\n          blockedAt\n          blockedReason\n        }\n      }\n    }\n  }\n": typeof types.ListBlockedCustomersDocument,
    "\n  mutation BlockCustomer($id: ID!, $reason: String) {\n    blockCustomer(id: $id, reason: $reason) {\n      id\n      blocked\n      blockedAt\n      blockedReason\n    }\n  }\n": typeof types.BlockCustomerDocument,
    "\n  mutation UnblockCustomer($id: ID!) {\n    unblockCustomer(id: $id) {\n      id\n      blocked\n      blockedAt\n      blockedReason\n    }\n  }\n": typeof types.UnblockCustomerDocument,
    "\n  query ListCustomerChats($sessionId: ID!, $first: Int, $after: String) {\n    chatSession(id: $sessionId) {\n      id\n      customer {\n        id\n        chatSessions(first: $first, after: $after) {\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n          edges {\n            node {\n              id\n              status\n              createdAt\n              lastMessage {\n                id\n                text\n                file {\n                  id\n                  filename\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.ListCustomerChatsDocument,
    "\n  mutation ExportCustomerData($id: ID!) {\n    exportCustomerData(id: $id) {\n      url\n      expiresAt\n    }\n  }\n": typeof types.ExportCustomerDataDocument,
    "\n  mutation EraseCustomer($id: ID!) {\n    eraseCustomer(id: $id)\n  }\n": typeof types.EraseCustomerDocument,
    "\n  fragment CustomerPanel_customer on Customer {\n    id\n    name\n    email\n    phone\n    createdAt\n    attributes\n    externalId\n    verified\n    blocked\n    blockedReason\n    erased\n  }\n": typeof types.CustomerPanel_CustomerFragmentDoc,
    "\n  mutation UpdateCustomer($id: ID!, $input: UpdateCustomerInput!) {\n    updateCustomer(id: $id, input: $input) {\n      id\n      name\n      email\n      phone\n      attributes\n    }\n  }\n": typeof types.UpdateCustomerDocument,
    "\n  query GetDashboardStats($days: Int!) {\n    stats {\n      activeSessions\n      waitingSessions\n      averageFirstResponseSeconds\n      averageRating(days: $days)\n      ratingCount(days: $days)\n      messagesPerDay(days: $days) {\n        date\n        count\n      }\n    }\n  }\n": typeof types.GetDashboardStatsDocument,
    "\n  query GetReportTimeZone {\n    settings {\n      businessHours {\n        timezone\n      }\n    }\n  }\n": typeof types.GetReportTimeZoneDocument,
    "\n  fragment ReportSection_row on ReportRow {\n    key\n    label\n    chats\n    messages\n    firstResponseSeconds {\n      median\n      p90\n    }\n    resolutionSeconds {\n      median\n    }\n    averageRating\n    ratingCount\n  }\n": typeof types.ReportSection_RowFragmentDoc,
    "\n  query GetReport($from: DateTimeISO!, $to: DateTimeISO!, $groupBy: ReportGrouping!) {\n    report(from: $from, to: $to, groupBy: $groupBy) {\n      timezone\n      csvUrl\n      rows {\n        ...ReportSection_row\n      }\n      totals {\n        ...ReportSection_row\n      }\n    }\n  }\n": typeof types.GetReportDocument,
    "\n  query ListChatSessions($filter: ChatSessionFilter, $first: Int!, $after: String) {\n    chatSessions(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          createdAt\n          queuedAt\n          lastMessageAt\n          ...SessionRow_session\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": typeof types.ListChatSessionsDocument,
    "\n  subscription OnChatSessionUpdated {\n    chatSessionUpdated {\n      id\n      status\n      createdAt\n      queuedAt\n      customer {\n        id\n        name\n        email\n        # So that an open customer panel shows another console's profile edit.\n        phone\n        attributes\n      }\n      assignedAdmin {\n        id\n      }\n      team {\n        id\n      }\n      labels {\n        id\n      }\n      ...SessionRow_session\n      # So that an open conversation shows what the customer has read.\n      ...ReadReceipts_session\n      # And the customer's rating of a closed chat as it comes.\n      rating\n      ratingComment\n    }\n  }\n": typeof types.OnChatSessionUpdatedDocument,
    "\n  subscription OnMentioned {\n    mentioned {\n      sessionId\n      sessionStatus\n      mentionedBy\n      customerName\n      message {\n        id\n        text\n      }\n    }\n  }\n": typeof types.OnMentionedDocument,
    "\n  query GetQueueCounts(\n    $waiting: ChatSessionFilter!\n    $mine: ChatSessionFilter!\n    $active: ChatSessionFilter!\n    $closed: ChatSessionFilter!\n    $countOnly: Int!\n  ) {\n    waiting: chatSessions(filter: $waiting, first: $countOnly) {\n      totalCount\n    }\n    mine: chatSessions(filter: $mine, first: $countOnly) {\n      totalCount\n    }\n    active: chatSessions(filter: $active, first: $countOnly) {\n      totalCount\n    }\n    closed: chatSessions(filter: $closed, first: $countOnly) {\n      totalCount\n    }\n  }\n": typeof types.GetQueueCountsDocument,
    "\n  fragment SessionRow_session on ChatSession {\n    id\n    status\n    offline\n    createdAt\n    queuedAt\n    lastMessageAt\n    unreadCount\n    customer {\n      id\n      name\n      email\n    }\n    assignedAdmin {\n      id\n      name\n    }\n    team {\n      id\n      name\n    }\n    labels {\n      id\n      name\n      color\n    }\n    lastMessage {\n      id\n      text\n      sender\n      senderName\n      createdAt\n      file {\n        id\n        filename\n      }\n    }\n  }\n": typeof types.SessionRow_SessionFragmentDoc,
    "\n  mutation TakeNextChatSession {\n    takeNextChatSession {\n      id\n      status\n      assignedAdmin {\n        id\n        name\n      }\n    }\n  }\n": typeof types.TakeNextChatSessionDocument,
    "\n  query ApiKeysSectionList {\n    apiKeys {\n      id\n      name\n      scopes\n      prefix\n      createdAt\n      lastUsedAt\n      revokedAt\n    }\n  }\n": typeof types.ApiKeysSectionListDocument,
    "\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        id\n        name\n      }\n    }\n  }\n": typeof types.CreateApiKeyDocument,
    "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": typeof types.RevokeApiKeyDocument,
    "\n  query WebhooksSectionList {\n    webhooks {\n      id\n      name\n      url\n      query\n      active\n      secret\n      deliveries(first: 20) {\n        totalCount\n        edges {\n          node {\n            id\n            event\n            status\n            attempts\n            lastStatusCode\n            lastError\n            nextAttemptAt\n            createdAt\n          }\n        }\n      }\n    }\n  }\n": typeof types.WebhooksSectionListDocument,
    "\n  mutation CreateWebhook($input: CreateWebhookInput!) {\n    createWebhook(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateWebhookDocument,
    "\n  mutation UpdateWebhook($id: ID!, $input: UpdateWebhookInput!) {\n    updateWebhook(id: $id, input: $input) {\n      id\n      name\n      url\n      query\n      active\n    }\n  }\n": typeof types.UpdateWebhookDocument,
    "\n  mutation DeleteWebhook($id: ID!) {\n    deleteWebhook(id: $id)\n  }\n": typeof types.DeleteWebhookDocument,
    "\n  mutation RedeliverWebhookDelivery($id: ID!) {\n    redeliverWebhookDelivery(id: $id) {\n      id\n      status\n      attempts\n      nextAttemptAt\n    }\n  }\n": typeof types.RedeliverWebhookDeliveryDocument,
    "\n  mutation CreateLabel($input: CreateLabelInput!) {\n    createLabel(input: $input) {\n      id\n      name\n      color\n    }\n  }\n": typeof types.CreateLabelDocument,
    "\n  mutation UpdateLabel($id: ID!, $input: UpdateLabelInput!) {\n    updateLabel(id: $id, input: $input) {\n      id\n      name\n      color\n    }\n  }\n": typeof types.UpdateLabelDocument,
    "\n  fragment LabelPicker_session on ChatSession {\n    id\n    labels {\n      id\n      name\n      color\n    }\n  }\n": typeof types.LabelPicker_SessionFragmentDoc,
    "\n  mutation SetChatSessionLabels($id: ID!, $labelIds: [ID!]!) {\n    setChatSessionLabels(id: $id, labelIds: $labelIds) {\n      id\n      labels {\n        id\n        name\n        color\n      }\n    }\n  }\n": typeof types.SetChatSessionLabelsDocument,
    "\n  query ListLabels {\n    labels {\n      id\n      name\n      color\n    }\n  }\n": typeof types.ListLabelsDocument,
    "\n  mutation DeleteLabel($id: ID!) {\n    deleteLabel(id: $id)\n  }\n": typeof types.DeleteLabelDocument,
    "\n  query SearchMessages($query: String!, $first: Int, $after: String) {\n    searchMessages(query: $query, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n        }\n        ...SearchResult_edge\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": typeof types.SearchMessagesDocument,
    "\n  fragment SearchResult_edge on MessageSearchEdge {\n    highlight\n    node {\n      id\n      text\n      internal\n      createdAt\n    }\n    session {\n      id\n      status\n      customer {\n        id\n        name\n      }\n      assignedAdmin {\n        id\n        name\n      }\n      team {\n        id\n        name\n      }\n    }\n  }\n": typeof types.SearchResult_EdgeFragmentDoc,
    "\n  fragment BusinessHoursForm_settings on Settings {\n    offlineMessage\n    businessHours {\n      timezone\n      holidays\n      days {\n        weekday\n        opens\n        closes\n      }\n    }\n  }\n": typeof types.BusinessHoursForm_SettingsFragmentDoc,
    "\n  mutation UpdateBusinessHours($input: UpdateSettingsInput!) {\n    updateSettings(input: $input) {\n      ...BusinessHoursForm_settings\n    }\n  }\n": typeof types.UpdateBusinessHoursDocument,
    "\n  fragment IdentitySetting_settings on Settings {\n    identityRequired\n  }\n": typeof types.IdentitySetting_SettingsFragmentDoc,
    "\n  mutation UpdateIdentityRequired($identityRequired: Boolean!) {\n    updateSettings(input: { identityRequired: $identityRequired }) {\n      ...IdentitySetting_settings\n    }\n  }\n": typeof types.UpdateIdentityRequiredDocument,
    "\n  fragment RetentionSetting_settings on Settings {\n    retentionDays\n  }\n": typeof types.RetentionSetting_SettingsFragmentDoc,
    "\n  mutation UpdateRetentionDays($retentionDays: Int!) {\n    updateSettings(input: { retentionDays: $retentionDays }) {\n      ...RetentionSetting_settings\n    }\n  }\n": typeof types.UpdateRetentionDaysDocument,
    "\n  mutation RunRetention($dryRun: Boolean!) {\n    runRetention(dryRun: $dryRun) {\n      dryRun\n      retentionDays\n      chats\n      messages\n      files\n      bytes\n      customers\n      sample {\n        id\n        closedAt\n        customerName\n      }\n    }\n  }\n": typeof types.RunRetentionDocument,
    "\n  query GetSettings {\n    settings {\n      routingMode\n      defaultMaxConcurrentChats\n      ...BusinessHoursForm_settings\n      ...IdentitySetting_settings\n      ...RetentionSetting_settings\n    }\n  }\n": typeof types.GetSettingsDocument,
    "\n  mutation UpdateSettings($input: UpdateSettingsInput!) {\n    updateSettings(input: $input) {\n      routingMode\n      defaultMaxConcurrentChats\n      ...BusinessHoursForm_settings\n    }\n  }\n": typeof types.UpdateSettingsDocument,
    "\n  query ListTeamCandidates {\n    admins {\n      id\n      name\n      disabled\n    }\n  }\n": typeof types.ListTeamCandidatesDocument,
    "\n  mutation CreateTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) {\n      id\n      name\n      showInWidget\n      members {\n        id\n        name\n      }\n    }\n  }\n": typeof types.CreateTeamDocument,
    "\n  mutation UpdateTeam($id: ID!, $input: UpdateTeamInput!) {\n    updateTeam(id: $id, input: $input) {\n      id\n      name\n      showInWidget\n      members {\n        id\n        name\n      }\n    }\n  }\n": typeof types.UpdateTeamDocument,
    "\n  query ListTeams {\n    teams {\n      id\n      name\n      showInWidget\n      members {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ListTeamsDocument,
    "\n  mutation DeleteTeam($id: ID!) {\n    deleteTeam(id: $id)\n  }\n": typeof types.DeleteTeamDocument,
};
const documents: Documents = {
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": types.ChangePasswordDocument,
    "\n  mutation RenameMe($id: ID!, $input: UpdateAdminInput!) {\n    updateAdmin(id: $id, input: $input) {\n      id\n      name\n    }\n  }\n": types.RenameMeDocument,
    "\n  query GetMyTwoFactor {\n    me {\n      id\n      twoFactorEnabled\n    }\n  }\n": types.GetMyTwoFactorDocument,
    "\n  mutation BeginTwoFactorSetup {\n    beginTwoFactorSetup {\n      secret\n      otpauthUrl\n    }\n  }\n": types.BeginTwoFactorSetupDocument,
    "\n  mutation EnableTwoFactor($code: String!) {\n    enableTwoFactor(code: $code)\n  }\n": types.EnableTwoFactorDocument,
    "\n  mutation DisableTwoFactor($code: String!) {\n    disableTwoFactor(code: $code)\n  }\n": types.DisableTwoFactorDocument,
    "\n  subscription OnAdminPresenceChanged {\n    adminPresenceChanged {\n      online\n      status\n      admin {\n        id\n        online\n        status\n      }\n    }\n  }\n": types.OnAdminPresenceChangedDocument,
    "\n  mutation UpdateAdmin($id: ID!, $input: UpdateAdminInput!) {\n    updateAdmin(id: $id, input: $input) {\n      id\n      name\n      role\n      disabled\n      maxConcurrentChats\n      activeChatCount\n      status\n      online\n      teams {\n        id\n        name\n      }\n    }\n  }\n": types.UpdateAdminDocument,
    "\n  query ListTeamChoices {\n    teams {\n      id\n      name\n    }\n  }\n": types.ListTeamChoicesDocument,
    "\n  query ListAgents {\n    admins {\n      id\n      name\n      email\n      online\n      status\n      role\n      disabled\n      maxConcurrentChats\n      activeChatCount\n      teams {\n        id\n        name\n      }\n    }\n    settings {\n      defaultMaxConcurrentChats\n    }\n  }\n": types.ListAgentsDocument,
    "\n  mutation SetMyStatus($status: AgentStatus!) {\n    setMyStatus(status: $status) {\n      id\n      status\n      online\n    }\n  }\n": types.SetMyStatusDocument,
    "\n  mutation CreateAdmin($input: CreateAdminInput!) {\n    createAdmin(input: $input) {\n      id\n      name\n      email\n      online\n    }\n  }\n": types.CreateAdminDocument,
    "\n  query AuditLog($filter: AuditLogFilter, $first: Int, $after: String) {\n    auditLog(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          at\n          action\n          targetType\n          targetId\n          ip\n          details\n          actor {\n            kind\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.AuditLogDocument,
    "\n  query AuditFilterChoices {\n    auditActions\n    admins {\n      id\n      name\n    }\n  }\n": types.AuditFilterChoicesDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  mutation Login($email: String!, $password: String!, $otp: String) {\n    login(email: $email, password: $password, otp: $otp) {\n      token\n      admin {\n        id\n        name\n        email\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  query GetMyAccount {\n    me {\n      id\n      name\n      email\n      role\n      status\n      maxConcurrentChats\n      activeChatCount\n      teams {\n        id\n      }\n    }\n  }\n": types.GetMyAccountDocument,
    "\n  mutation CreateCannedResponse($input: CannedResponseInput!) {\n    createCannedResponse(input: $input) {\n      id\n      shortcut\n      title\n      text\n    }\n  }\n": types.CreateCannedResponseDocument,
    "\n  mutation UpdateCannedResponse($id: ID!, $input: CannedResponseInput!) {\n    updateCannedResponse(id: $id, input: $input) {\n      id\n      shortcut\n      title\n      text\n    }\n  }\n": types.UpdateCannedResponseDocument,
    "\n  query ListCannedResponses {\n    cannedResponses {\n      id\n      shortcut\n      title\n      text\n    }\n  }\n": types.ListCannedResponsesDocument,
    "\n  mutation DeleteCannedResponse($id: ID!) {\n    deleteCannedResponse(id: $id)\n  }\n": types.DeleteCannedResponseDocument,
    "\n  query PickCannedResponses($search: String) {\n    cannedResponses(search: $search) {\n      id\n      shortcut\n      title\n      text\n    }\n  }\n": types.PickCannedResponsesDocument,
    "\n  fragment ChatRating_session on ChatSession {\n    id\n    rating\n    ratingComment\n    transcriptUrl\n  }\n": types.ChatRating_SessionFragmentDoc,
    "\n  query GetTranscriptUrl($id: ID!) {\n    chatSession(id: $id) {\n      id\n      transcriptUrl\n    }\n  }\n": types.GetTranscriptUrlDocument,
    "\n  fragment ConversationActions_session on ChatSession {\n    id\n    status\n    assignedAdmin {\n      id\n      name\n    }\n    team {\n      id\n      name\n    }\n  }\n": types.ConversationActions_SessionFragmentDoc,
    "\n  mutation AssignChatSession($id: ID!, $adminId: ID, $teamId: ID, $note: String) {\n    assignChatSession(id: $id, adminId: $adminId, teamId: $teamId, note: $note) {\n      id\n      status\n      assignedAdmin {\n        id\n        name\n        online\n      }\n      team {\n        id\n        name\n      }\n    }\n  }\n": types.AssignChatSessionDocument,
    "\n  mutation CloseChatSession($id: ID!) {\n    closeChatSession(id: $id) {\n      id\n      status\n      closedAt\n    }\n  }\n": types.CloseChatSessionDocument,
    "\n  query GetConversation($id: ID!, $last: Int, $before: String, $first: Int, $after: String) {\n    chatSession(id: $id) {\n      id\n      status\n      offline\n      createdAt\n      customer {\n        id\n        name\n        ...CustomerPanel_customer\n      }\n      assignedAdmin {\n        id\n        name\n        online\n      }\n      team {\n        id\n        name\n      }\n      ...ConversationActions_session\n      ...ChatRating_session\n      ...LabelPicker_session\n      ...ReadReceipts_session\n      messages(last: $last, before: $before, first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            id\n            clientMessageId\n            createdAt\n            sender\n            internal\n            ...MessageBubble_message\n          }\n        }\n        pageInfo {\n          hasPreviousPage\n          hasNextPage\n          startCursor\n          endCursor\n        }\n      }\n    }\n  }\n": types.GetConversationDocument,
    "\n  subscription OnMessageAdded($sessionId: ID!) {\n    messageAdded(sessionId: $sessionId) {\n      id\n      sessionId\n      clientMessageId\n      createdAt\n      sender\n      ...MessageBubble_message\n    }\n  }\n": types.OnMessageAddedDocument,
    "\n  query ListMentionableAgents {\n    admins {\n      id\n      name\n      disabled\n    }\n  }\n": types.ListMentionableAgentsDocument,
    "\n  fragment MessageBubble_message on Message {\n    id\n    sender\n    senderName\n    text\n    internal\n    createdAt\n    clientMessageId\n    file {\n      id\n      filename\n      mimeType\n      size\n      url\n    }\n  }\n": types.MessageBubble_MessageFragmentDoc,
    "\n  mutation SendMessage($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      id\n      sessionId\n      clientMessageId\n      createdAt\n      ...MessageBubble_message\n    }\n  }\n": types.SendMessageDocument,
    "\n  mutation SendFileMessage($input: SendFileMessageInput!) {\n    sendFileMessage(input: $input) {\n      id\n      sessionId\n      clientMessageId\n      createdAt\n      ...MessageBubble_message\n    }\n  }\n": types.SendFileMessageDocument,
    "\n  fragment ReadReceipts_session on ChatSession {\n    id\n    customerLastReadMessageId\n    agentLastReadMessageId\n    unreadCount\n  }\n": types.ReadReceipts_SessionFragmentDoc,
    "\n  mutation MarkChatSessionRead($id: ID!, $messageId: ID!) {\n    markChatSessionRead(id: $id, messageId: $messageId) {\n      ...ReadReceipts_session\n    }\n  }\n": types.MarkChatSessionReadDocument,
    "\n  query ListTransferTargets {\n    admins {\n      id\n      name\n      email\n      online\n      status\n      disabled\n    }\n    teams {\n      id\n      name\n    }\n  }\n": types.ListTransferTargetsDocument,
    "\n  mutation SetTyping($sessionId: ID!, $isTyping: Boolean!) {\n    setTyping(sessionId: $sessionId, isTyping: $isTyping)\n  }\n": types.SetTypingDocument,
    "\n  subscription OnTypingChanged($sessionId: ID!) {\n    typingChanged(sessionId: $sessionId) {\n      sessionId\n      sender\n      isTyping\n    }\n  }\n": types.OnTypingChangedDocument,
    "\n  query GetUploadLimits {\n    widgetConfig {\n      maxFileSize\n      allowedFileTypes\n    }\n  }\n": types.GetUploadLimitsDocument,
    "\n  query ListBlockedCustomers($first: Int, $after: String) {\n    blockedCustomers(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          email\n          externalId\n          blockedAt\n          blockedReason\n        }\n      }\n    }\n  }\n": types.ListBlockedCustomersDocument,
    "\n  mutation BlockCustomer($id: ID!, $reason: String) {\n    blockCustomer(id: $id, reason: $reason) {\n      id\n      blocked\n      blockedAt\n      blockedReason\n    }\n  }\n": types.BlockCustomerDocument,
    "\n  mutation UnblockCustomer($id: ID!) {\n    unblockCustomer(id: $id) {\n      id\n      blocked\n      blockedAt\n      blockedReason\n    }\n  }\n": types.UnblockCustomerDocument,
    "\n  query ListCustomerChats($sessionId: ID!, $first: Int, $after: String) {\n    chatSession(id: $sessionId) {\n      id\n      customer {\n        id\n        chatSessions(first: $first, after: $after) {\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n          edges {\n            node {\n              id\n              status\n              createdAt\n              lastMessage {\n                id\n                text\n                file {\n                  id\n                  filename\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.ListCustomerChatsDocument,
    "\n  mutation ExportCustomerData($id: ID!) {\n    exportCustomerData(id: $id) {\n      url\n      expiresAt\n    }\n  }\n": types.ExportCustomerDataDocument,
    "\n  mutation EraseCustomer($id: ID!) {\n    eraseCustomer(id: $id)\n  }\n": types.EraseCustomerDocument,
    "\n  fragment CustomerPanel_customer on Customer {\n    id\n    name\n    email\n    phone\n    createdAt\n    attributes\n    externalId\n    verified\n    blocked\n    blockedReason\n    erased\n  }\n": types.CustomerPanel_CustomerFragmentDoc,
    "\n  mutation UpdateCustomer($id: ID!, $input: UpdateCustomerInput!) {\n    updateCustomer(id: $id, input: $input) {\n      id\n      name\n      email\n      phone\n      attributes\n    }\n  }\n": types.UpdateCustomerDocument,
    "\n  query GetDashboardStats($days: Int!) {\n    stats {\n      activeSessions\n      waitingSessions\n      averageFirstResponseSeconds\n      averageRating(days: $days)\n      ratingCount(days: $days)\n      messagesPerDay(days: $days) {\n        date\n        count\n      }\n    }\n  }\n": types.GetDashboardStatsDocument,
    "\n  query GetReportTimeZone {\n    settings {\n      businessHours {\n        timezone\n      }\n    }\n  }\n": types.GetReportTimeZoneDocument,
    "\n  fragment ReportSection_row on ReportRow {\n    key\n    label\n    chats\n    messages\n    firstResponseSeconds {\n      median\n      p90\n    }\n    resolutionSeconds {\n      median\n    }\n    averageRating\n    ratingCount\n  }\n": types.ReportSection_RowFragmentDoc,
    "\n  query GetReport($from: DateTimeISO!, $to: DateTimeISO!, $groupBy: ReportGrouping!) {\n    report(from: $from, to: $to, groupBy: $groupBy) {\n      timezone\n      csvUrl\n      rows {\n        ...ReportSection_row\n      }\n      totals {\n        ...ReportSection_row\n      }\n    }\n  }\n": types.GetReportDocument,
    "\n  query ListChatSessions($filter: ChatSessionFilter, $first: Int!, $after: String) {\n    chatSessions(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          createdAt\n          queuedAt\n          lastMessageAt\n          ...SessionRow_session\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": types.ListChatSessionsDocument,
    "\n  subscription OnChatSessionUpdated {\n    chatSessionUpdated {\n      id\n      status\n      createdAt\n      queuedAt\n      customer {\n        id\n        name\n        email\n        # So that an open customer panel shows another console's profile edit.\n        phone\n        attributes\n      }\n      assignedAdmin {\n        id\n      }\n      team {\n        id\n      }\n      labels {\n        id\n      }\n      ...SessionRow_session\n      # So that an open conversation shows what the customer has read.\n      ...ReadReceipts_session\n      # And the customer's rating of a closed chat as it comes.\n      rating\n      ratingComment\n    }\n  }\n": types.OnChatSessionUpdatedDocument,
    "\n  subscription OnMentioned {\n    mentioned {\n      sessionId\n      sessionStatus\n      mentionedBy\n      customerName\n      message {\n        id\n        text\n      }\n    }\n  }\n": types.OnMentionedDocument,
    "\n  query GetQueueCounts(\n    $waiting: ChatSessionFilter!\n    $mine: ChatSessionFilter!\n    $active: ChatSessionFilter!\n    $closed: ChatSessionFilter!\n    $countOnly: Int!\n  ) {\n    waiting: chatSessions(filter: $waiting, first: $countOnly) {\n      totalCount\n    }\n    mine: chatSessions(filter: $mine, first: $countOnly) {\n      totalCount\n    }\n    active: chatSessions(filter: $active, first: $countOnly) {\n      totalCount\n    }\n    closed: chatSessions(filter: $closed, first: $countOnly) {\n      totalCount\n    }\n  }\n": types.GetQueueCountsDocument,
    "\n  fragment SessionRow_session on ChatSession {\n    id\n    status\n    offline\n    createdAt\n    queuedAt\n    lastMessageAt\n    unreadCount\n    customer {\n      id\n      name\n      email\n    }\n    assignedAdmin {\n      id\n      name\n    }\n    team {\n      id\n      name\n    }\n    labels {\n      id\n      name\n      color\n    }\n    lastMessage {\n      id\n      text\n      sender\n      senderName\n      createdAt\n      file {\n        id\n        filename\n      }\n    }\n  }\n": types.SessionRow_SessionFragmentDoc,
    "\n  mutation TakeNextChatSession {\n    takeNextChatSession {\n      id\n      status\n      assignedAdmin {\n        id\n        name\n      }\n    }\n  }\n": types.TakeNextChatSessionDocument,
    "\n  query ApiKeysSectionList {\n    apiKeys {\n      id\n      name\n      scopes\n      prefix\n      createdAt\n      lastUsedAt\n      revokedAt\n    }\n  }\n": types.ApiKeysSectionListDocument,
    "\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        id\n        name\n      }\n    }\n  }\n": types.CreateApiKeyDocument,
    "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": types.RevokeApiKeyDocument,
    "\n  query WebhooksSectionList {\n    webhooks {\n      id\n      name\n      url\n      query\n      active\n      secret\n      deliveries(first: 20) {\n        totalCount\n        edges {\n          node {\n            id\n            event\n            status\n            attempts\n            lastStatusCode\n            lastError\n            nextAttemptAt\n            createdAt\n          }\n        }\n      }\n    }\n  }\n": types.WebhooksSectionListDocument,
    "\n  mutation CreateWebhook($input: CreateWebhookInput!) {\n    createWebhook(input: $input) {\n      id\n    }\n  }\n": types.CreateWebhookDocument,
    "\n  mutation UpdateWebhook($id: ID!, $input: UpdateWebhookInput!) {\n    updateWebhook(id: $id, input: $input) {\n      id\n      name\n      url\n      query\n      active\n    }\n  }\n": types.UpdateWebhookDocument,
    "\n  mutation DeleteWebhook($id: ID!) {\n    deleteWebhook(id: $id)\n  }\n": types.DeleteWebhookDocument,
    "\n  mutation RedeliverWebhookDelivery($id: ID!) {\n    redeliverWebhookDelivery(id: $id) {\n      id\n      status\n      attempts\n      nextAttemptAt\n    }\n  }\n": types.RedeliverWebhookDeliveryDocument,
    "\n  mutation CreateLabel($input: CreateLabelInput!) {\n    createLabel(input: $input) {\n      id\n      name\n      color\n    }\n  }\n": types.CreateLabelDocument,
    "\n  mutation UpdateLabel($id: ID!, $input: UpdateLabelInput!) {\n    updateLabel(id: $id, input: $input) {\n      id\n      name\n      color\n    }\n  }\n": types.UpdateLabelDocument,
    "\n  fragment LabelPicker_session on ChatSession {\n    id\n    labels {\n      id\n      name\n      color\n    }\n  }\n": types.LabelPicker_SessionFragmentDoc,
    "\n  mutation SetChatSessionLabels($id: ID!, $labelIds: [ID!]!) {\n    setChatSessionLabels(id: $id, labelIds: $labelIds) {\n      id\n      labels {\n        id\n        name\n        color\n      }\n    }\n  }\n": types.SetChatSessionLabelsDocument,
    "\n  query ListLabels {\n    labels {\n      id\n      name\n      color\n    }\n  }\n": types.ListLabelsDocument,
    "\n  mutation DeleteLabel($id: ID!) {\n    deleteLabel(id: $id)\n  }\n": types.DeleteLabelDocument,
    "\n  query SearchMessages($query: String!, $first: Int, $after: String) {\n    searchMessages(query: $query, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n        }\n        ...SearchResult_edge\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": types.SearchMessagesDocument,
    "\n  fragment SearchResult_edge on MessageSearchEdge {\n    highlight\n    node {\n      id\n      text\n      internal\n      createdAt\n    }\n    session {\n      id\n      status\n      customer {\n        id\n        name\n      }\n      assignedAdmin {\n        id\n        name\n      }\n      team {\n        id\n        name\n      }\n    }\n  }\n": types.SearchResult_EdgeFragmentDoc,
    "\n  fragment BusinessHoursForm_settings on Settings {\n    offlineMessage\n    businessHours {\n      timezone\n      holidays\n      days {\n        weekday\n        opens\n        closes\n      }\n    }\n  }\n": types.BusinessHoursForm_SettingsFragmentDoc,
    "\n  mutation UpdateBusinessHours($input: UpdateSettingsInput!) {\n    updateSettings(input: $input) {\n      ...BusinessHoursForm_settings\n    }\n  }\n": types.UpdateBusinessHoursDocument,
    "\n  fragment IdentitySetting_settings on Settings {\n    identityRequired\n  }\n": types.IdentitySetting_SettingsFragmentDoc,
    "\n  mutation UpdateIdentityRequired($identityRequired: Boolean!) {\n    updateSettings(input: { identityRequired: $identityRequired }) {\n      ...IdentitySetting_settings\n    }\n  }\n": types.UpdateIdentityRequiredDocument,
    "\n  fragment RetentionSetting_settings on Settings {\n    retentionDays\n  }\n": types.RetentionSetting_SettingsFragmentDoc,
    "\n  mutation UpdateRetentionDays($retentionDays: Int!) {\n    updateSettings(input: { retentionDays: $retentionDays }) {\n      ...RetentionSetting_settings\n    }\n  }\n": types.UpdateRetentionDaysDocument,
    "\n  mutation RunRetention($dryRun: Boolean!) {\n    runRetention(dryRun: $dryRun) {\n      dryRun\n      retentionDays\n      chats\n      messages\n      files\n      bytes\n      customers\n      sample {\n        id\n        closedAt\n        customerName\n      }\n    }\n  }\n": types.RunRetentionDocument,
    "\n  query GetSettings {\n    settings {\n      routingMode\n      defaultMaxConcurrentChats\n      ...BusinessHoursForm_settings\n      ...IdentitySetting_settings\n      ...RetentionSetting_settings\n    }\n  }\n": types.GetSettingsDocument,
    "\n  mutation UpdateSettings($input: UpdateSettingsInput!) {\n    updateSettings(input: $input) {\n      routingMode\n      defaultMaxConcurrentChats\n      ...BusinessHoursForm_settings\n    }\n  }\n": types.UpdateSettingsDocument,
    "\n  query ListTeamCandidates {\n    admins {\n      id\n      name\n      disabled\n    }\n  }\n": types.ListTeamCandidatesDocument,
    "\n  mutation CreateTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) {\n      id\n      name\n      showInWidget\n      members {\n        id\n        name\n      }\n    }\n  }\n": types.CreateTeamDocument,
    "\n  mutation UpdateTeam($id: ID!, $input: UpdateTeamInput!) {\n    updateTeam(id: $id, input: $input) {\n      id\n      name\n      showInWidget\n      members {\n        id\n        name\n      }\n    }\n  }\n": types.UpdateTeamDocument,
    "\n  query ListTeams {\n    teams {\n      id\n      name\n      showInWidget\n      members {\n        id\n        name\n      }\n    }\n  }\n": types.ListTeamsDocument,
    "\n  mutation DeleteTeam($id: ID!) {\n    deleteTeam(id: $id)\n  }\n": types.DeleteTeamDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"): (typeof documents)["\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RenameMe($id: ID!, $input: UpdateAdminInput!) {\n    updateAdmin(id: $id, input: $input) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation RenameMe($id: ID!, $input: UpdateAdminInput!) {\n    updateAdmin(id: $id, input: $input) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GetMyTwoFactor {\n    me {\n      id\n      twoFactorEnabled\n    }\n  }\n"): (typeof documents)["\n  query GetMyTwoFactor {\n    me {\n      id\n      twoFactorEnabled\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BeginTwoFactorSetup {\n    beginTwoFactorSetup {\n      secret\n      otpauthUrl\n    }\n  }\n"): (typeof documents)["\n  mutation BeginTwoFactorSetup {\n    beginTwoFactorSetup {\n      secret\n      otpauthUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EnableTwoFactor($code: String!) {\n    enableTwoFactor(code: $code)\n  }\n"): (typeof documents)["\n  mutation EnableTwoFactor($code: String!) {\n    enableTwoFactor(code: $code)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DisableTwoFactor($code: String!) {\n    disableTwoFactor(code: $code)\n  }\n"): (typeof documents)["\n  mutation DisableTwoFactor($code: String!) {\n    disableTwoFactor(code: $code)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription OnAdminPresenceChanged {\n    adminPresenceChanged {\n      online\n      status\n      admin {\n        id\n        online\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription OnAdminPresenceChanged {\n    adminPresenceChanged {\n      online\n      status\n      admin {\n        id\n        online\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAdmin($id: ID!, $input: UpdateAdminInput!) {\n    updateAdmin(id: $id, input: $input) {\n      id\n      name\n      role\n      disabled\n      maxConcurrentChats\n      activeChatCount\n      status\n      online\n      teams {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateAdmin($id: ID!, $input: UpdateAdminInput!) {\n    updateAdmin(id: $id, input: $input) {\n      id\n      name\n      role\n      disabled\n      maxConcurrentChats\n      activeChatCount\n      status\n      online\n      teams {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListTeamChoices {\n    teams {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query ListTeamChoices {\n    teams {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListAgents {\n    admins {\n      id\n      name\n      email\n      online\n      status\n      role\n      disabled\n      maxConcurrentChats\n      activeChatCount\n      teams {\n        id\n        name\n      }\n    }\n    settings {\n      defaultMaxConcurrentChats\n    }\n  }\n"): (typeof documents)["\n  query ListAgents {\n    admins {\n      id\n      name\n      email\n      online\n      status\n      role\n      disabled\n      maxConcurrentChats\n      activeChatCount\n      teams {\n        id\n        name\n      }\n    }\n    settings {\n      defaultMaxConcurrentChats\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetMyStatus($status: AgentStatus!) {\n    setMyStatus(status: $status) {\n      id\n      status\n      online\n    }\n  }\n"): (typeof documents)["\n  mutation SetMyStatus($status: AgentStatus!) {\n    setMyStatus(status: $status) {\n      id\n      status\n      online\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAdmin($input: CreateAdminInput!) {\n    createAdmin(input: $input) {\n      id\n      name\n      email\n      online\n    }\n  }\n"): (typeof documents)["\n  mutation CreateAdmin($input: CreateAdminInput!) {\n    createAdmin(input: $input) {\n      id\n      name\n      email\n      online\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLog($filter: AuditLogFilter, $first: Int, $after: String) {\n    auditLog(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          at\n          action\n          targetType\n          targetId\n          ip\n          details\n          actor {\n            kind\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditLog($filter: AuditLogFilter, $first: Int, $after: String) {\n    auditLog(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          at\n          action\n          targetType\n          targetId\n          ip\n          details\n          actor {\n            kind\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditFilterChoices {\n    auditActions\n    admins {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query AuditFilterChoices {\n    auditActions\n    admins {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($email: String!, $password: String!, $otp: String) {\n    login(email: $email, password: $password, otp: $otp) {\n      token\n      admin {\n        id\n        name\n        email\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($email: String!, $password: String!, $otp: String) {\n    login(email: $email, password: $password, otp: $otp) {\n      token\n      admin {\n        id\n        name\n        email\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GetMyAccount {\n    me {\n      id\n      name\n      email\n      role\n      status\n      maxConcurrentChats\n      activeChatCount\n      teams {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query GetMyAccount {\n    me {\n      id\n      name\n      email\n      role\n      status\n      maxConcurrentChats\n      activeChatCount\n      teams {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCannedResponse($input: CannedResponseInput!) {\n    createCannedResponse(input: $input) {\n      id\n      shortcut\n      title\n      text\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCannedResponse($input: CannedResponseInput!) {\n    createCannedResponse(input: $input) {\n      id\n      shortcut\n      title\n      text\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCannedResponse($id: ID!, $input: CannedResponseInput!) {\n    updateCannedResponse(id: $id, input: $input) {\n      id\n      shortcut\n      title\n      text\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCannedResponse($id: ID!, $input: CannedResponseInput!) {\n    updateCannedResponse(id: $id, input: $input) {\n      id\n      shortcut\n      title\n      text\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListCannedResponses {\n    cannedResponses {\n      id\n      shortcut\n      title\n      text\n    }\n  }\n"): (typeof documents)["\n  query ListCannedResponses {\n    cannedResponses {\n      id\n      shortcut\n      title\n      text\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteCannedResponse($id: ID!) {\n    deleteCannedResponse(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteCannedResponse($id: ID!) {\n    deleteCannedResponse(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PickCannedResponses($search: String) {\n    cannedResponses(search: $search) {\n      id\n      shortcut\n      title\n      text\n    }\n  }\n"): (typeof documents)["\n  query PickCannedResponses($search: String) {\n    cannedResponses(search: $search) {\n      id\n      shortcut\n      title\n      text\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ChatRating_session on ChatSession {\n    id\n    rating\n    ratingComment\n    transcriptUrl\n  }\n"): (typeof documents)["\n  fragment ChatRating_session on ChatSession {\n    id\n    rating\n    ratingComment\n    transcriptUrl\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GetTranscriptUrl($id: ID!) {\n    chatSession(id: $id) {\n      id\n      transcriptUrl\n    }\n  }\n"): (typeof documents)["\n  query GetTranscriptUrl($id: ID!) {\n    chatSession(id: $id) {\n      id\n      transcriptUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ConversationActions_session on ChatSession {\n    id\n    status\n    assignedAdmin {\n      id\n      name\n    }\n    team {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment ConversationActions_session on ChatSession {\n    id\n    status\n    assignedAdmin {\n      id\n      name\n    }\n    team {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignChatSession($id: ID!, $adminId: ID, $teamId: ID, $note: String) {\n    assignChatSession(id: $id, adminId: $adminId, teamId: $teamId, note: $note) {\n      id\n      status\n      assignedAdmin {\n        id\n        name\n        online\n      }\n      team {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AssignChatSession($id: ID!, $adminId: ID, $teamId: ID, $note: String) {\n    assignChatSession(id: $id, adminId: $adminId, teamId: $teamId, note: $note) {\n      id\n      status\n      assignedAdmin {\n        id\n        name\n        online\n      }\n      team {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseChatSession($id: ID!) {\n    closeChatSession(id: $id) {\n      id\n      status\n      closedAt\n    }\n  }\n"): (typeof documents)["\n  mutation CloseChatSession($id: ID!) {\n    closeChatSession(id: $id) {\n      id\n      status\n      closedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GetConversation($id: ID!, $last: Int, $before: String, $first: Int, $after: String) {\n    chatSession(id: $id) {\n      id\n      status\n      offline\n      createdAt\n      customer {\n        id\n        name\n        ...CustomerPanel_customer\n      }\n      assignedAdmin {\n        id\n        name\n        online\n      }\n      team {\n        id\n        name\n      }\n      ...ConversationActions_session\n      ...ChatRating_session\n      ...LabelPicker_session\n      ...ReadReceipts_session\n      messages(last: $last, before: $before, first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            id\n            clientMessageId\n            createdAt\n            sender\n            internal\n            ...MessageBubble_message\n          }\n        }\n        pageInfo {\n          hasPreviousPage\n          hasNextPage\n          startCursor\n          endCursor\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query GetConversation($id: ID!, $last: Int, $before: String, $first: Int, $after: String) {\n    chatSession(id: $id) {\n      id\n      status\n      offline\n      createdAt\n      customer {\n        id\n        name\n        ...CustomerPanel_customer\n      }\n      assignedAdmin {\n        id\n        name\n        online\n      }\n      team {\n        id\n        name\n      }\n      ...ConversationActions_session\n      ...ChatRating_session\n      ...LabelPicker_session\n      ...ReadReceipts_session\n      messages(last: $last, before: $before, first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            id\n            clientMessageId\n            createdAt\n            sender\n            internal\n            ...MessageBubble_message\n          }\n        }\n        pageInfo {\n          hasPreviousPage\n          hasNextPage\n          startCursor\n          endCursor\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription OnMessageAdded($sessionId: ID!) {\n    messageAdded(sessionId: $sessionId) {\n      id\n      sessionId\n      clientMessageId\n      createdAt\n      sender\n      ...MessageBubble_message\n    }\n  }\n"): (typeof documents)["\n  subscription OnMessageAdded($sessionId: ID!) {\n    messageAdded(sessionId: $sessionId) {\n      id\n      sessionId\n      clientMessageId\n      createdAt\n      sender\n      ...MessageBubble_message\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListMentionableAgents {\n    admins {\n      id\n      name\n      disabled\n    }\n  }\n"): (typeof documents)["\n  query ListMentionableAgents {\n    admins {\n      id\n      name\n      disabled\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MessageBubble_message on Message {\n    id\n    sender\n    senderName\n    text\n    internal\n    createdAt\n    clientMessageId\n    file {\n      id\n      filename\n      mimeType\n      size\n      url\n    }\n  }\n"): (typeof documents)["\n  fragment MessageBubble_message on Message {\n    id\n    sender\n    senderName\n    text\n    internal\n    createdAt\n    clientMessageId\n    file {\n      id\n      filename\n      mimeType\n      size\n      url\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendMessage($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      id\n      sessionId\n      clientMessageId\n      createdAt\n      ...MessageBubble_message\n    }\n  }\n"): (typeof documents)["\n  mutation SendMessage($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      id\n      sessionId\n      clientMessageId\n      createdAt\n      ...MessageBubble_message\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendFileMessage($input: SendFileMessageInput!) {\n    sendFileMessage(input: $input) {\n      id\n      sessionId\n      clientMessageId\n      createdAt\n      ...MessageBubble_message\n    }\n  }\n"): (typeof documents)["\n  mutation SendFileMessage($input: SendFileMessageInput!) {\n    sendFileMessage(input: $input) {\n      id\n      sessionId\n      clientMessageId\n      createdAt\n      ...MessageBubble_message\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReadReceipts_session on ChatSession {\n    id\n    customerLastReadMessageId\n    agentLastReadMessageId\n    unreadCount\n  }\n"): (typeof documents)["\n  fragment ReadReceipts_session on ChatSession {\n    id\n    customerLastReadMessageId\n    agentLastReadMessageId\n    unreadCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkChatSessionRead($id: ID!, $messageId: ID!) {\n    markChatSessionRead(id: $id, messageId: $messageId) {\n      ...ReadReceipts_session\n    }\n  }\n"): (typeof documents)["\n  mutation MarkChatSessionRead($id: ID!, $messageId: ID!) {\n    markChatSessionRead(id: $id, messageId: $messageId) {\n      ...ReadReceipts_session\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListTransferTargets {\n    admins {\n      id\n      name\n      email\n      online\n      status\n      disabled\n    }\n    teams {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query ListTransferTargets {\n    admins {\n      id\n      name\n      email\n      online\n      status\n      disabled\n    }\n    teams {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetTyping($sessionId: ID!, $isTyping: Boolean!) {\n    setTyping(sessionId: $sessionId, isTyping: $isTyping)\n  }\n"): (typeof documents)["\n  mutation SetTyping($sessionId: ID!, $isTyping: Boolean!) {\n    setTyping(sessionId: $sessionId, isTyping: $isTyping)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription OnTypingChanged($sessionId: ID!) {\n    typingChanged(sessionId: $sessionId) {\n      sessionId\n      sender\n      isTyping\n    }\n  }\n"): (typeof documents)["\n  subscription OnTypingChanged($sessionId: ID!) {\n    typingChanged(sessionId: $sessionId) {\n      sessionId\n      sender\n      isTyping\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GetUploadLimits {\n    widgetConfig {\n      maxFileSize\n      allowedFileTypes\n    }\n  }\n"): (typeof documents)["\n  query GetUploadLimits {\n    widgetConfig {\n      maxFileSize\n      allowedFileTypes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListBlockedCustomers($first: Int, $after: String) {\n    blockedCustomers(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          email\n          externalId\n          blockedAt\n          blockedReason\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ListBlockedCustomers($first: Int, $after: String) {\n    blockedCustomers(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          email\n          externalId\n          blockedAt\n          blockedReason\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BlockCustomer($id: ID!, $reason: String) {\n    blockCustomer(id: $id, reason: $reason) {\n      id\n      blocked\n      blockedAt\n      blockedReason\n    }\n  }\n"): (typeof documents)["\n  mutation BlockCustomer($id: ID!, $reason: String) {\n    blockCustomer(id: $id, reason: $reason) {\n      id\n      blocked\n      blockedAt\n      blockedReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnblockCustomer($id: ID!) {\n    unblockCustomer(id: $id) {\n      id\n      blocked\n      blockedAt\n      blockedReason\n    }\n  }\n"): (typeof documents)["\n  mutation UnblockCustomer($id: ID!) {\n    unblockCustomer(id: $id) {\n      id\n      blocked\n      blockedAt\n      blockedReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListCustomerChats($sessionId: ID!, $first: Int, $after: String) {\n    chatSession(id: $sessionId) {\n      id\n      customer {\n        id\n        chatSessions(first: $first, after: $after) {\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n          edges {\n            node {\n              id\n              status\n              createdAt\n              lastMessage {\n                id\n                text\n                file {\n                  id\n                  filename\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ListCustomerChats($sessionId: ID!, $first: Int, $after: String) {\n    chatSession(id: $sessionId) {\n      id\n      customer {\n        id\n        chatSessions(first: $first, after: $after) {\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n          edges {\n            node {\n              id\n              status\n              createdAt\n              lastMessage {\n                id\n                text\n                file {\n                  id\n                  filename\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExportCustomerData($id: ID!) {\n    exportCustomerData(id: $id) {\n      url\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation ExportCustomerData($id: ID!) {\n    exportCustomerData(id: $id) {\n      url\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EraseCustomer($id: ID!) {\n    eraseCustomer(id: $id)\n  }\n"): (typeof documents)["\n  mutation EraseCustomer($id: ID!) {\n    eraseCustomer(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CustomerPanel_customer on Customer {\n    id\n    name\n    email\n    phone\n    createdAt\n    attributes\n    externalId\n    verified\n    blocked\n    blockedReason\n    erased\n  }\n"): (typeof documents)["\n  fragment CustomerPanel_customer on Customer {\n    id\n    name\n    email\n    phone\n    createdAt\n    attributes\n    externalId\n    verified\n    blocked\n    blockedReason\n    erased\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCustomer($id: ID!, $input: UpdateCustomerInput!) {\n    updateCustomer(id: $id, input: $input) {\n      id\n      name\n      email\n      phone\n      attributes\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCustomer($id: ID!, $input: UpdateCustomerInput!) {\n    updateCustomer(id: $id, input: $input) {\n      id\n      name\n      email\n      phone\n      attributes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GetDashboardStats($days: Int!) {\n    stats {\n      activeSessions\n      waitingSessions\n      averageFirstResponseSeconds\n      averageRating(days: $days)\n      ratingCount(days: $days)\n      messagesPerDay(days: $days) {\n        date\n        count\n      }\n    }\n  }\n"): (typeof documents)["\n  query GetDashboardStats($days: Int!) {\n    stats {\n      activeSessions\n      waitingSessions\n      averageFirstResponseSeconds\n      averageRating(days: $days)\n      ratingCount(days: $days)\n      messagesPerDay(days: $days) {\n        date\n        count\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GetReportTimeZone {\n    settings {\n      businessHours {\n        timezone\n      }\n    }\n  }\n"): (typeof documents)["\n  query GetReportTimeZone {\n    settings {\n      businessHours {\n        timezone\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReportSection_row on ReportRow {\n    key\n    label\n    chats\n    messages\n    firstResponseSeconds {\n      median\n      p90\n    }\n    resolutionSeconds {\n      median\n    }\n    averageRating\n    ratingCount\n  }\n"): (typeof documents)["\n  fragment ReportSection_row on ReportRow {\n    key\n    label\n    chats\n    messages\n    firstResponseSeconds {\n      median\n      p90\n    }\n    resolutionSeconds {\n      median\n    }\n    averageRating\n    ratingCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GetReport($from: DateTimeISO!, $to: DateTimeISO!, $groupBy: ReportGrouping!) {\n    report(from: $from, to: $to, groupBy: $groupBy) {\n      timezone\n      csvUrl\n      rows {\n        ...ReportSection_row\n      }\n      totals {\n        ...ReportSection_row\n      }\n    }\n  }\n"): (typeof documents)["\n  query GetReport($from: DateTimeISO!, $to: DateTimeISO!, $groupBy: ReportGrouping!) {\n    report(from: $from, to: $to, groupBy: $groupBy) {\n      timezone\n      csvUrl\n      rows {\n        ...ReportSection_row\n      }\n      totals {\n        ...ReportSection_row\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListChatSessions($filter: ChatSessionFilter, $first: Int!, $after: String) {\n    chatSessions(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          createdAt\n          queuedAt\n          lastMessageAt\n          ...SessionRow_session\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query ListChatSessions($filter: ChatSessionFilter, $first: Int!, $after: String) {\n    chatSessions(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          createdAt\n          queuedAt\n          lastMessageAt\n          ...SessionRow_session\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription OnChatSessionUpdated {\n    chatSessionUpdated {\n      id\n      status\n      createdAt\n      queuedAt\n      customer {\n        id\n        name\n        email\n        # So that an open customer panel shows another console's profile edit.\n        phone\n        attributes\n      }\n      assignedAdmin {\n        id\n      }\n      team {\n        id\n      }\n      labels {\n        id\n      }\n      ...SessionRow_session\n      # So that an open conversation shows what the customer has read.\n      ...ReadReceipts_session\n      # And the customer's rating of a closed chat as it comes.\n      rating\n      ratingComment\n    }\n  }\n"): (typeof documents)["\n  subscription OnChatSessionUpdated {\n    chatSessionUpdated {\n      id\n      status\n      createdAt\n      queuedAt\n      customer {\n        id\n        name\n        email\n        # So that an open customer panel shows another console's profile edit.\n        phone\n        attributes\n      }\n      assignedAdmin {\n        id\n      }\n      team {\n        id\n      }\n      labels {\n        id\n      }\n      ...SessionRow_session\n      # So that an open conversation shows what the customer has read.\n      ...ReadReceipts_session\n      # And the customer's rating of a closed chat as it comes.\n      rating\n      ratingComment\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription OnMentioned {\n    mentioned {\n      sessionId\n      sessionStatus\n      mentionedBy\n      customerName\n      message {\n        id\n        text\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription OnMentioned {\n    mentioned {\n      sessionId\n      sessionStatus\n      mentionedBy\n      customerName\n      message {\n        id\n        text\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GetQueueCounts(\n    $waiting: ChatSessionFilter!\n    $mine: ChatSessionFilter!\n    $active: ChatSessionFilter!\n    $closed: ChatSessionFilter!\n    $countOnly: Int!\n  ) {\n    waiting: chatSessions(filter: $waiting, first: $countOnly) {\n      totalCount\n    }\n    mine: chatSessions(filter: $mine, first: $countOnly) {\n      totalCount\n    }\n    active: chatSessions(filter: $active, first: $countOnly) {\n      totalCount\n    }\n    closed: chatSessions(filter: $closed, first: $countOnly) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query GetQueueCounts(\n    $waiting: ChatSessionFilter!\n    $mine: ChatSessionFilter!\n    $active: ChatSessionFilter!\n    $closed: ChatSessionFilter!\n    $countOnly: Int!\n  ) {\n    waiting: chatSessions(filter: $waiting, first: $countOnly) {\n      totalCount\n    }\n    mine: chatSessions(filter: $mine, first: $countOnly) {\n      totalCount\n    }\n    active: chatSessions(filter: $active, first: $countOnly) {\n      totalCount\n    }\n    closed: chatSessions(filter: $closed, first: $countOnly) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionRow_session on ChatSession {\n    id\n    status\n    offline\n    createdAt\n    queuedAt\n    lastMessageAt\n    unreadCount\n    customer {\n      id\n      name\n      email\n    }\n    assignedAdmin {\n      id\n      name\n    }\n    team {\n      id\n      name\n    }\n    labels {\n      id\n      name\n      color\n    }\n    lastMessage {\n      id\n      text\n      sender\n      senderName\n      createdAt\n      file {\n        id\n        filename\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment SessionRow_session on ChatSession {\n    id\n    status\n    offline\n    createdAt\n    queuedAt\n    lastMessageAt\n    unreadCount\n    customer {\n      id\n      name\n      email\n    }\n    assignedAdmin {\n      id\n      name\n    }\n    team {\n      id\n      name\n    }\n    labels {\n      id\n      name\n      color\n    }\n    lastMessage {\n      id\n      text\n      sender\n      senderName\n      createdAt\n      file {\n        id\n        filename\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TakeNextChatSession {\n    takeNextChatSession {\n      id\n      status\n      assignedAdmin {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TakeNextChatSession {\n    takeNextChatSession {\n      id\n      status\n      assignedAdmin {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiKeysSectionList {\n    apiKeys {\n      id\n      name\n      scopes\n      prefix\n      createdAt\n      lastUsedAt\n      revokedAt\n    }\n  }\n"): (typeof documents)["\n  query ApiKeysSectionList {\n    apiKeys {\n      id\n      name\n      scopes\n      prefix\n      createdAt\n      lastUsedAt\n      revokedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n      revokedAt\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n      revokedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebhooksSectionList {\n    webhooks {\n      id\n      name\n      url\n      query\n      active\n      secret\n      deliveries(first: 20) {\n        totalCount\n        edges {\n          node {\n            id\n            event\n            status\n            attempts\n            lastStatusCode\n            lastError\n            nextAttemptAt\n            createdAt\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WebhooksSectionList {\n    webhooks {\n      id\n      name\n      url\n      query\n      active\n      secret\n      deliveries(first: 20) {\n        totalCount\n        edges {\n          node {\n            id\n            event\n            status\n            attempts\n            lastStatusCode\n            lastError\n            nextAttemptAt\n            createdAt\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateWebhook($input: CreateWebhookInput!) {\n    createWebhook(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateWebhook($input: CreateWebhookInput!) {\n    createWebhook(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateWebhook($id: ID!, $input: UpdateWebhookInput!) {\n    updateWebhook(id: $id, input: $input) {\n      id\n      name\n      url\n      query\n      active\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateWebhook($id: ID!, $input: UpdateWebhookInput!) {\n    updateWebhook(id: $id, input: $input) {\n      id\n      name\n      url\n      query\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteWebhook($id: ID!) {\n    deleteWebhook(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteWebhook($id: ID!) {\n    deleteWebhook(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RedeliverWebhookDelivery($id: ID!) {\n    redeliverWebhookDelivery(id: $id) {\n      id\n      status\n      attempts\n      nextAttemptAt\n    }\n  }\n"): (typeof documents)["\n  mutation RedeliverWebhookDelivery($id: ID!) {\n    redeliverWebhookDelivery(id: $id) {\n      id\n      status\n      attempts\n      nextAttemptAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateLabel($input: CreateLabelInput!) {\n    createLabel(input: $input) {\n      id\n      name\n      color\n    }\n  }\n"): (typeof documents)["\n  mutation CreateLabel($input: CreateLabelInput!) {\n    createLabel(input: $input) {\n      id\n      name\n      color\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateLabel($id: ID!, $input: UpdateLabelInput!) {\n    updateLabel(id: $id, input: $input) {\n      id\n      name\n      color\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateLabel($id: ID!, $input: UpdateLabelInput!) {\n    updateLabel(id: $id, input: $input) {\n      id\n      name\n      color\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LabelPicker_session on ChatSession {\n    id\n    labels {\n      id\n      name\n      color\n    }\n  }\n"): (typeof documents)["\n  fragment LabelPicker_session on ChatSession {\n    id\n    labels {\n      id\n      name\n      color\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetChatSessionLabels($id: ID!, $labelIds: [ID!]!) {\n    setChatSessionLabels(id: $id, labelIds: $labelIds) {\n      id\n      labels {\n        id\n        name\n        color\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetChatSessionLabels($id: ID!, $labelIds: [ID!]!) {\n    setChatSessionLabels(id: $id, labelIds: $labelIds) {\n      id\n      labels {\n        id\n        name\n        color\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListLabels {\n    labels {\n      id\n      name\n      color\n    }\n  }\n"): (typeof documents)["\n  query ListLabels {\n    labels {\n      id\n      name\n      color\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteLabel($id: ID!) {\n    deleteLabel(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteLabel($id: ID!) {\n    deleteLabel(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchMessages($query: String!, $first: Int, $after: String) {\n    searchMessages(query: $query, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n        }\n        ...SearchResult_edge\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query SearchMessages($query: String!, $first: Int, $after: String) {\n    searchMessages(query: $query, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n        }\n        ...SearchResult_edge\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SearchResult_edge on MessageSearchEdge {\n    highlight\n    node {\n      id\n      text\n      internal\n      createdAt\n    }\n    session {\n      id\n      status\n      customer {\n        id\n        name\n      }\n      assignedAdmin {\n        id\n        name\n      }\n      team {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment SearchResult_edge on MessageSearchEdge {\n    highlight\n    node {\n      id\n      text\n      internal\n      createdAt\n    }\n    session {\n      id\n      status\n      customer {\n        id\n        name\n      }\n      assignedAdmin {\n        id\n        name\n      }\n      team {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BusinessHoursForm_settings on Settings {\n    offlineMessage\n    businessHours {\n      timezone\n      holidays\n      days {\n        weekday\n        opens\n        closes\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment BusinessHoursForm_settings on Settings {\n    offlineMessage\n    businessHours {\n      timezone\n      holidays\n      days {\n        weekday\n        opens\n        closes\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateBusinessHours($input: UpdateSettingsInput!) {\n    updateSettings(input: $input) {\n      ...BusinessHoursForm_settings\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateBusinessHours($input: UpdateSettingsInput!) {\n    updateSettings(input: $input) {\n      ...BusinessHoursForm_settings\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IdentitySetting_settings on Settings {\n    identityRequired\n  }\n"): (typeof documents)["\n  fragment IdentitySetting_settings on Settings {\n    identityRequired\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateIdentityRequired($identityRequired: Boolean!) {\n    updateSettings(input: { identityRequired: $identityRequired }) {\n      ...IdentitySetting_settings\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateIdentityRequired($identityRequired: Boolean!) {\n    updateSettings(input: { identityRequired: $identityRequired }) {\n      ...IdentitySetting_settings\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RetentionSetting_settings on Settings {\n    retentionDays\n  }\n"): (typeof documents)["\n  fragment RetentionSetting_settings on Settings {\n    retentionDays\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateRetentionDays($retentionDays: Int!) {\n    updateSettings(input: { retentionDays: $retentionDays }) {\n      ...RetentionSetting_settings\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateRetentionDays($retentionDays: Int!) {\n    updateSettings(input: { retentionDays: $retentionDays }) {\n      ...RetentionSetting_settings\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RunRetention($dryRun: Boolean!) {\n    runRetention(dryRun: $dryRun) {\n      dryRun\n      retentionDays\n      chats\n      messages\n      files\n      bytes\n      customers\n      sample {\n        id\n        closedAt\n        customerName\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RunRetention($dryRun: Boolean!) {\n    runRetention(dryRun: $dryRun) {\n      dryRun\n      retentionDays\n      chats\n      messages\n      files\n      bytes\n      customers\n      sample {\n        id\n        closedAt\n        customerName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GetSettings {\n    settings {\n      routingMode\n      defaultMaxConcurrentChats\n      ...BusinessHoursForm_settings\n      ...IdentitySetting_settings\n      ...RetentionSetting_settings\n    }\n  }\n"): (typeof documents)["\n  query GetSettings {\n    settings {\n      routingMode\n      defaultMaxConcurrentChats\n      ...BusinessHoursForm_settings\n      ...IdentitySetting_settings\n      ...RetentionSetting_settings\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSettings($input: UpdateSettingsInput!) {\n    updateSettings(input: $input) {\n      routingMode\n      defaultMaxConcurrentChats\n      ...BusinessHoursForm_settings\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateSettings($input: UpdateSettingsInput!) {\n    updateSettings(input: $input) {\n      routingMode\n      defaultMaxConcurrentChats\n      ...BusinessHoursForm_settings\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListTeamCandidates {\n    admins {\n      id\n      name\n      disabled\n    }\n  }\n"): (typeof documents)["\n  query ListTeamCandidates {\n    admins {\n      id\n      name\n      disabled\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) {\n      id\n      name\n      showInWidget\n      members {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) {\n      id\n      name\n      showInWidget\n      members {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateTeam($id: ID!, $input: UpdateTeamInput!) {\n    updateTeam(id: $id, input: $input) {\n      id\n      name\n      showInWidget\n      members {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateTeam($id: ID!, $input: UpdateTeamInput!) {\n    updateTeam(id: $id, input: $input) {\n      id\n      name\n      showInWidget\n      members {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListTeams {\n    teams {\n      id\n      name\n      showInWidget\n      members {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query ListTeams {\n    teams {\n      id\n      name\n      showInWidget\n      members {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteTeam($id: ID!) {\n    deleteTeam(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteTeam($id: ID!) {\n    deleteTeam(id: $id)\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;