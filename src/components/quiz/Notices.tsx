import { Icon } from '../Icon';

/** What the reader should know about their saved progress (see progressNotices in src/lib/quiz/storage.ts). */
export function Notices({ notices }: { notices: readonly string[] }) {
  return (
    <div role="status" class="quiz-notices">
      {notices.map((notice) => (
        <p class="notice" key={notice}>
          <Icon name="warning" />
          {notice}
        </p>
      ))}
    </div>
  );
}
