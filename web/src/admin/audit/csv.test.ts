import { describe, expect, it } from 'vitest';
import type { AuditRow } from '../../api/audit.ts';
import { csvCell, toCsv } from './csv.ts';

function aRow(overrides: Partial<AuditRow> = {}): AuditRow {
  return {
    source: 'patients',
    id: 'a1',
    occurredAt: '2026-11-26T11:05:02Z',
    actorSubject: 'tess',
    actorRoles: 'therapist',
    action: 'READ_RECORD',
    patientId: 'p1',
    outcome: 'SUCCESS',
    detail: null,
    ...overrides,
  };
}

describe('the audit CSV', () => {
  it('leaves plain cells alone and quotes cells with a comma, a quote or a line break, doubling quotes', () => {
    expect(csvCell('READ_RECORD')).toBe('READ_RECORD');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('cr\rhere')).toBe('"cr\rhere"');
  });

  it('defuses cells a spreadsheet would run as a formula', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-2')).toBe("'-2");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tx')).toBe("'\tx");
    expect(csvCell('a=b')).toBe('a=b');
  });

  it('writes a header and one CRLF-ended line per row, empty cells for nulls', () => {
    const csv = toCsv([aRow(), aRow({ source: 'visits', patientId: null, detail: 'note, "private"' })]);
    expect(csv).toBe(
      'occurredAt,service,action,outcome,actorSubject,actorRoles,patientId,detail\r\n' +
        '2026-11-26T11:05:02Z,patients,READ_RECORD,SUCCESS,tess,therapist,p1,\r\n' +
        '2026-11-26T11:05:02Z,visits,READ_RECORD,SUCCESS,tess,therapist,,"note, ""private"""\r\n',
    );
  });
});
