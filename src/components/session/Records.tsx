import { useState } from 'preact/hooks';
import { recordsByDate, withoutRecord } from '../../lib/session/store';
import { ConfirmButton } from '../quiz/ConfirmButton';
import { Notices } from '../quiz/Notices';
import { exportRecord } from './download';
import { useSessions } from './hooks';
import { RecordView } from './RecordView';

/** 学习记录: the records saved on this device, newest first, each to print, export or delete. */
export default function Records() {
  const [data, change, notices] = useSessions();
  const [open, setOpen] = useState<string | null>(null);
  const records = recordsByDate(data);
  const shown = records.find((r) => r.id === open);
  return (
    <div class="records">
      <Notices notices={notices} />
      {records.length === 0 ? (
        <p>这台设备上还没有学习记录。在支部学习放映结束时，点“本场结果”里的“保存学习记录”。</p>
      ) : (
        <ul class="records__list no-print">
          {records.map((record) => (
            <li key={record.id} class="records__item">
              <p>
                <strong>{record.date}</strong> {record.topic || record.set} · {record.set}（{record.code}）· 作答 {record.answered} 人
              </p>
              <div class="card__actions">
                <button type="button" class="button" aria-pressed={open === record.id} onClick={() => setOpen(open === record.id ? null : record.id)}>
                  查看和打印
                </button>
                <button type="button" class="button" onClick={() => exportRecord(record, 'csv')}>
                  下载 CSV
                </button>
                <button type="button" class="button" onClick={() => exportRecord(record, 'json')}>
                  下载 JSON
                </button>
                <ConfirmButton
                  label="删除"
                  question={`删除 ${record.date} 的这条学习记录吗？删除后无法恢复（已下载的文件不受影响）。`}
                  onConfirm={() => {
                    if (open === record.id) setOpen(null);
                    change((d) => withoutRecord(d, record.id));
                  }}
                />
              </div>
            </li>
          ))}
        </ul>
      )}
      {shown && (
        <div class="records__shown">
          <p class="no-print">
            <button type="button" class="button button--primary" onClick={() => print()}>
              打印这条记录（A4）
            </button>
          </p>
          <RecordView record={shown} />
        </div>
      )}
    </div>
  );
}
