import { PUBLIC_KNOWLEDGE_PATHS } from '../../../../contracts/knowledge-public.ts';
import type { KnowledgeLanguage } from '../../../../contracts/knowledge-taxonomy.ts';

/**
 * The library's public addresses, absolute when the installation says where the public reaches it
 * (PATHWAYS_PUBLIC_URL), else relative to the page or feed that names them. Never taken from the
 * request's Host header, which a client chooses.
 */
export class PublicAddresses {
  constructor(private readonly baseUrl: string | undefined) {}

  get absolute(): boolean {
    return this.baseUrl !== undefined;
  }

  of(path: string): string {
    return `${this.baseUrl ?? ''}${path}`;
  }

  entryPage(id: string, language?: KnowledgeLanguage): string {
    const page = PUBLIC_KNOWLEDGE_PATHS.entryPage(id);
    return this.of(language ? `${page}?lang=${language}` : page);
  }

  get home(): string {
    return this.of('/library');
  }

  feed(language?: KnowledgeLanguage): string {
    return this.of(
      language ? `${PUBLIC_KNOWLEDGE_PATHS.feed}?lang=${language}` : PUBLIC_KNOWLEDGE_PATHS.feed,
    );
  }
}
