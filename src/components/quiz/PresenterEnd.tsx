import { quizPages } from '../../lib/quiz/address';
import { startStage } from '../../lib/quiz/presenter';
import { href } from '../../site';
import { ScanPanel } from '../session/ScanPanel';
import { FullScreenButton, useFocusOnShow, type ScreenProps } from './PresenterControls';

/** After the last question: on to 本场结果, back to the last question or to the start, or another set. */
export default function PresenterEnd({ questions, room, act, focus, fullScreen, onResults }: ScreenProps) {
  const heading = useFocusOnShow(focus);
  return (
    <section class="presenter presenter--end" aria-labelledby="presenter-title">
      <h2 id="presenter-title" class="presenter__title" tabIndex={-1} ref={heading}>
        本组{questions.length}题已全部讲完
      </h2>
      <div class="presenter__controls">
        <button type="button" class="button button--primary" onClick={onResults}>
          本场结果和学习记录
        </button>
        <button type="button" class="button" onClick={() => act('previous')}>
          回到最后一题
        </button>
        <button type="button" class="button" onClick={() => room.change((current) => ({ ...current, stage: startStage }))}>
          回到开始（二维码）
        </button>
        <a class="button" href={href(quizPages.presenter)}>
          放映别的题
        </a>
        <FullScreenButton fullScreen={fullScreen} />
      </div>
      <ScanPanel session={room.session} questions={questions} onChange={room.change} />
    </section>
  );
}
