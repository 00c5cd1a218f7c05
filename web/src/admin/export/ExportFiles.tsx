import { onThisOrigin, type ExportFile, type ExportManifest } from '../../api/bulkExport.ts';
import { dateFormat, numberFormat, t } from '../../i18n/i18n.ts';

/** A file's download path on this origin, or null when the server gave an address not to follow. */
function filePath(file: ExportFile): string | null {
  try {
    return onThisOrigin(file.url, 'export-file');
  } catch {
    return null;
  }
}

/** A finished export: its transaction time and one download link per NDJSON file, with its count. */
export function ExportFiles({ manifest }: { manifest: ExportManifest }) {
  const time = dateFormat({ dateStyle: 'medium', timeStyle: 'medium' }).format(new Date(manifest.transactionTime));
  return (
    <div class="export-files">
      <p data-testid="export-transaction-time">
        {t('Transaction time: {time}. The files hold the records as they were then.', { time })}
      </p>
      {manifest.output.length === 0 ? (
        <p>{t('Nothing matched: the export has no files.')}</p>
      ) : (
        <FileTable caption={t('Files')} files={manifest.output} />
      )}
      {manifest.error.length > 0 && <FileTable caption={t('Problems the server wrote down')} files={manifest.error} />}
    </div>
  );
}

function FileTable({ caption, files }: { caption: string; files: ExportFile[] }) {
  const count = numberFormat();
  return (
    <table>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('Type')}</th>
          <th scope="col">{t('Resources')}</th>
          <th scope="col">{t('File')}</th>
        </tr>
      </thead>
      <tbody>
        {files.map((file, index) => {
          const path = filePath(file);
          const number = index + 1;
          return (
            <tr key={file.url}>
              <td>
                <code>{file.type}</code>
              </td>
              <td>{count.format(file.count)}</td>
              <td>
                {path === null ? (
                  t('Not offered: the server gave an address outside Motus.')
                ) : (
                  <a href={path} download={`motus-export-${number}-${file.type}.ndjson`}>
                    {t('Download file {number} ({type})', { number, type: file.type })}
                  </a>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
