import { documentNumberingSchema, parseInput, type DocumentKind } from '@sen/shared';
import type { DataSource } from 'typeorm';
import { writeAudit } from '../../core/audit';
import { auditText } from '../../core/audit-text';
import { assertAdmin, type AuthUser } from '../../core/caller';
import { documentNumberings, setDocumentNumbering, type DocumentNumbering } from '../../core/numbering';

/** API.md `documentNumbering`: read by everyone, changed by admins (audited). */
export class DocumentNumberingService {
  constructor(private readonly ds: DataSource) {}

  list(): Promise<DocumentNumbering[]> {
    return documentNumberings(this.ds.manager);
  }

  update(caller: AuthUser, kind: DocumentKind, prefix: string, width: number): Promise<DocumentNumbering> {
    assertAdmin(caller);
    const format = parseInput(documentNumberingSchema, { prefix, width });
    return this.ds.transaction(async (m) => {
      const before = (await documentNumberings(m)).find((n) => n.kind === kind);
      await setDocumentNumbering(m, kind, format);
      await writeAudit(m, [
        {
          action: 'UPDATE',
          module: 'settings',
          recordId: `document_numbering:${kind}`,
          userId: caller.id,
          description: auditText('settings.numbering', { kind }),
          changes: { format: { from: before && { prefix: before.prefix, width: before.width }, to: format } },
        },
      ]);
      return (await documentNumberings(m)).find((n) => n.kind === kind)!;
    });
  }
}
