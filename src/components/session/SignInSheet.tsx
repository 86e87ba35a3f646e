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
        <span>
          日期<span class="sheet__line"></span>
        </span>
        <span>
          支部<span class="sheet__line"></span>
        </span>
      </p>
      <p>学习内容：《出席党的二十大代表选举工作宣传手册》{title}</p>
      <table class="sign-in__table">
        <thead>
          <tr>
            <th scope="col">序号</th>
            <th scope="col">姓名</th>
            <th scope="col">签到</th>
            <th scope="col">备注</th>
          </tr>
        </thead>
        <tbody>
          {Array.from({ length: rows }, (_, i) => (
            <tr key={i}>
              <td>{i + 1}</td>
              <td></td>
              <td></td>
              <td></td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
