import type { AppDeps } from '../../app-deps';
import type { Viewer } from '../../auth/viewer';

export class TranscriptService {
  constructor(private readonly deps: Pick<AppDeps, 'fileLinks'>) {}

  /** For a chat the viewer was already shown: the link is signed for its reader and its copy. */
  urlFor(viewer: Viewer, sessionId: string): string {
    return this.deps.fileLinks.transcriptUrlFor(sessionId, viewer);
  }
}
