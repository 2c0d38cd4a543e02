export interface PlaceholderValues {
  customerName: string;
  agentName: string;
}

/** Fills the placeholders the contract names; any other `{{…}}` stays as it was typed. */
export function fillPlaceholders(text: string, values: PlaceholderValues): string {
  const known: Record<string, string> = { 'customer.name': values.customerName, 'agent.name': values.agentName };
  return text.replace(/\{\{\s*([a-z.]+)\s*\}\}/g, (placeholder, name: string) => known[name] ?? placeholder);
}

/** The search a composer text asks for: a first line that starts with "/", or null. */
export const pickerSearch = (text: string): string | null => (/^\/[^\n]*$/.test(text) ? text.slice(1) : null);
