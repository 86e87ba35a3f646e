import { useEffect, useState } from 'preact/hooks';
import { browserStorage } from '../../lib/quiz/storage';
import { loadSessions, saveSessions, sessionNotices, type Sessions } from '../../lib/session/store';

/**
 * The sessions kept on this device (under way, and the 学习记录), with the notices about them; every change is
 * saved at once, and a failed save is said once and the page keeps working from memory.
 */
export function useSessions(): [Sessions, (change: (data: Sessions) => Sessions) => void, string[]] {
  const [storage] = useState(browserStorage);
  const [loaded] = useState(() => loadSessions(storage));
  const [data, setData] = useState(loaded.data);
  const [notices, setNotices] = useState(loaded.notices);
  const [first, setFirst] = useState(true);
  useEffect(() => {
    if (first) return setFirst(false);
    if (!saveSessions(storage, data))
      setNotices((shown) => (shown.includes(sessionNotices.unavailable) ? shown : [...shown, sessionNotices.unavailable]));
  }, [data]);
  return [data, setData, notices];
}

/** Offers text as a file to save (nothing leaves the device: the file is made in the browser). */
export function download(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
