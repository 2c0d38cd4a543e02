// The server names the file types it accepts as MIME types (`image/png`, `image/*`); an embedding
// page may name them by extension too (`.pdf`). The widget narrows the server's list by the page's,
// so that the picker offers and the pre-check passes only what the server will take.

/** The extensions a file picker knows each type by; a type missing here is offered by MIME type alone. */
const EXTENSIONS: Record<string, string[]> = {
  'image/jpeg': ['.jpg', '.jpeg'],
  'image/png': ['.png'],
  'image/gif': ['.gif'],
  'image/webp': ['.webp'],
  'image/svg+xml': ['.svg'],
  'application/pdf': ['.pdf'],
  'application/msword': ['.doc'],
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ['.docx'],
  'application/vnd.ms-excel': ['.xls'],
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': ['.xlsx'],
  'application/zip': ['.zip'],
  'text/plain': ['.txt'],
  'text/csv': ['.csv'],
};

const TYPE_OF_EXTENSION = new Map(
  Object.entries(EXTENSIONS).flatMap(([type, extensions]) => extensions.map((extension) => [extension, type] as const)),
);

/** A MIME type against a pattern: the same type, or one of a family (`image/*`). */
export function matchesType(type: string, pattern: string): boolean {
  return pattern.endsWith('/*') ? type.startsWith(pattern.slice(0, -1)) : type === pattern;
}

/** The type a file name's extension stands for, if it is a known one. */
export function typeOfName(name: string): string | null {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? null : (TYPE_OF_EXTENSION.get(name.slice(dot).toLowerCase()) ?? null);
}

/** The server's types that the page's patterns (types, families or extensions) also allow. */
export function narrowTypes(server: string[], page: string[] | undefined): string[] {
  if (!page) return server;
  const allowed = new Set<string>();
  for (const serverType of server) {
    for (const pattern of page) {
      const pageType = pattern.startsWith('.') ? TYPE_OF_EXTENSION.get(pattern) : pattern;
      if (!pageType) continue;
      if (matchesType(pageType, serverType)) allowed.add(pageType);
      else if (matchesType(serverType, pageType)) allowed.add(serverType);
    }
  }
  return [...allowed];
}

/** For `<input accept>`: each type, and the extensions it is known by. */
export function acceptAttribute(types: string[]): string {
  return types.flatMap((type) => [type, ...(EXTENSIONS[type] ?? [])]).join(',');
}

/** Judged by the type the browser declares or, when it declares none we can use, by the name. */
export function isAllowedFile(file: { name: string; type: string }, types: string[]): boolean {
  const declared = file.type.toLowerCase();
  const type = declared && declared !== 'application/octet-stream' ? declared : typeOfName(file.name);
  return type !== null && types.some((pattern) => matchesType(type, pattern));
}
