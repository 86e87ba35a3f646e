import { DataTable } from '../quiz/DataTable';
import { Blank } from '../quiz/Sheet';

/** How many lines the sign-in sheet has: a branch's members on one A4 page. */
const rows = 20;

/** 签到表: the session's sign-in sheet, one A4 page to print with the quiz sheet. */
export function SignInSheet({ title }: { title: string }) {
  return (
    <section class="sign-in" aria-labelledby="sign-in-title">
      <h2 id="sign-in-title" class="sheet__title">
        支部学习签到表
      </h2>
      <p class="sheet__fields">
        <Blank label="日期" />
        <Blank label="支部" />
      </p>
      <p>学习内容：《出席党的二十大代表选举工作宣传手册》{title}</p>
      <DataTable
        class="sign-in__table"
        columns={['序号', '姓名', '签到', '备注']}
        rows={Array.from({ length: rows }, (_, i) => ({ key: i, cells: [i + 1, '', '', ''] }))}
      />
    </section>
  );
}
