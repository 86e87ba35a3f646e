/** Where a study session stands on the projector: the start screen, a question (answer shown or not), or the end. */
export type Stage =
  | { screen: 'start' }
  | { screen: 'question'; index: number; revealed: boolean }
  | { screen: 'end' };

/** What the presenter can do from the keyboard or with the buttons. */
export type PresenterAction = 'next' | 'previous' | 'reveal';

/** The first screen of a session. */
export const startStage: Stage = { screen: 'start' };

/** The stage after an action, in a set of `total` questions. Moving to a question shows it without its answer. */
export function presenterStep(stage: Stage, action: PresenterAction, total: number): Stage {
  const question = (index: number): Stage => ({ screen: 'question', index, revealed: false });
  switch (stage.screen) {
    case 'start':
      return action === 'next' && total > 0 ? question(0) : stage;
    case 'end':
      return action === 'previous' && total > 0 ? question(total - 1) : stage;
    case 'question':
      if (action === 'reveal') return { ...stage, revealed: true };
      if (action === 'previous') return stage.index === 0 ? startStage : question(stage.index - 1);
      return stage.index + 1 < total ? question(stage.index + 1) : { screen: 'end' };
  }
}

/**
 * The action a key stands for: → and space (and a clicker's Page Down) move on, ← (Page Up) back, Enter shows the
 * answer, and so do B and the full stop: a presentation clicker's "black screen" button sends one of them, and it
 * cannot send Enter. Other keys are left alone.
 */
export function keyAction(key: string): PresenterAction | undefined {
  switch (key) {
    case 'ArrowRight':
    case ' ':
    case 'PageDown':
      return 'next';
    case 'ArrowLeft':
    case 'PageUp':
      return 'previous';
    case 'Enter':
    case 'b':
    case 'B':
    case '.':
      return 'reveal';
    default:
      return undefined;
  }
}
