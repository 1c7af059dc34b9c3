import { useEffect, useState } from 'react';
import { storageUse, type StorageUse } from '../../data/storage-use';
import { useWords } from '../../i18n/words';
import { useLang } from '../../state/dashboard-store';
import { formatByteSize, storageWords } from './storage-words';

/**
 * In the import dialog: the space the site's data takes in the browser, the space left, and
 * whether the browser keeps it under storage pressure (it is asked when an import is kept). Read
 * again for each revision kept. Nothing where the browser gives no estimate.
 */
export function KeptStorage({ revision }: { revision: number }) {
  const t = useWords(storageWords);
  const lang = useLang();
  const [use, setUse] = useState<{ revision: number; use: StorageUse } | null>(null);
  useEffect(() => {
    let live = true;
    void storageUse().then((found) => {
      if (live && found) setUse({ revision, use: found });
    });
    return () => {
      live = false;
    };
  }, [revision]);
  if (!use) return null;
  const { usedBytes, freeBytes, persisted } = use.use;
  return (
    <p className="import-storage">
      {t.storageUse(formatByteSize(usedBytes, lang), formatByteSize(freeBytes, lang))}{' '}
      {persisted === true ? t.storageKept : persisted === false ? t.storageMayBeCleared : null}
    </p>
  );
}
