import { quizPages, setAddress } from '../../lib/quiz/address';
import { phoneAddress } from '../../lib/session/phone-address';
import { href } from '../../site';
import { ScanPanel } from '../session/ScanPanel';
import { CountdownLength } from './Countdown';
import { Notices } from './Notices';
import { FullScreenButton, KeyHelp, useFocusOnShow, type ScreenProps } from './PresenterControls';
import { QrCode } from './QrCode';

interface Props extends ScreenProps {
  seconds: number;
  onSeconds: (seconds: number) => void;
  onLeave: () => void;
}

/** The presenter's first screen: the set, the QR code and address that open it on phones, and the session's tools. */
export function PresenterStart({ title, set, questions, room, act, focus, fullScreen, onResults, seconds, onSeconds, onLeave }: Props) {
  const heading = useFocusOnShow(focus);
  const phone = phoneAddress(href(setAddress('join', set.code)), new URL(location.href));
  return (
    <section class="presenter presenter--start" aria-labelledby="presenter-title">
      <div class="presenter__intro">
        <h2 id="presenter-title" class="presenter__title" tabIndex={-1} ref={heading}>
          {title}
        </h2>
        <p class="presenter__meta">
          共{questions.length}题 · 练习编号 <span class="code">{set.code}</span>
        </p>
        <p>用手机扫二维码，就能在手机上做同一组题，题目和顺序都与屏幕一致；做完出示结果二维码，由书记扫码统计。</p>
        <p class="presenter__address">{phone.address}</p>
        {phone.loopback && (
          <p class="notice presenter__warning" role="alert">
            二维码指向本机地址（{new URL(phone.address).host}），手机打不开：请用 npm run start:lan 启动，打开它给出的放映地址。
          </p>
        )}
        <Notices notices={room.notices} />
        <div class="presenter__controls">
          <button type="button" class="button button--primary" onClick={() => act('next')}>
            开始放映
          </button>
          <a class="button" href={href(setAddress('sheet', set.code))}>
            打印这组题的答题纸
          </a>
          <button type="button" class="button" onClick={onLeave}>
            换一组题
          </button>
          <CountdownLength seconds={seconds} onChange={onSeconds} />
          <FullScreenButton fullScreen={fullScreen} />
          <button type="button" class="button" onClick={onResults}>
            本场结果
          </button>
          <a class="button" href={href(quizPages.records)}>
            学习记录
          </a>
        </div>
        <ScanPanel session={room.session} questions={questions} onChange={room.change} />
        <KeyHelp />
      </div>
      <figure class="presenter__qr">
        <QrCode text={phone.address} label={`二维码：在手机上打开这组题（编号 ${set.code}）`} />
        <figcaption>扫码做同一组题</figcaption>
      </figure>
    </section>
  );
}
