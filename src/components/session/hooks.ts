import { useEffect, useState } from 'preact/hooks';
import { browserStorage } from '../../lib/versioned-storage';
import { newSession, today, type LiveSession } from '../../lib/session/live';
import { loadSessions, saveSessions, sessionNotices, withLive, type Sessions } from '../../lib/session/store';

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

/** A study session under way on this device, and the records kept here. */
export interface Room {
  session: LiveSession;
  change: (change: (session: LiveSession) => LiveSession) => void;
  data: Sessions;
  changeData: (change: (data: Sessions) => Sessions) => void;
  notices: string[];
}

/**
 * The study session under way for a set on this device (a fresh one if there is none), kept in step with storage so
 * that a reload, even mid-question, loses nothing; and the saved records, for saving this session's.
 */
export function useRoom(code: string): Room {
  const [data, changeData, notices] = useSessions();
  const [fresh] = useState(() => newSession(code, today()));
  const session = data.live[code] ?? fresh;
  const change = (update: (session: LiveSession) => LiveSession) =>
    changeData((d) => withLive(d, update(d.live[code] ?? fresh)));
  return { session, change, data, changeData, notices };
}

