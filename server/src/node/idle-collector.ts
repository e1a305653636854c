/**
 * Gives memory back after a burst of work (opening a workspace full of documents): once
 * the server has been idle for a moment, one full garbage collection lets V8 shrink its
 * heap, which it otherwise keeps at its high-water mark. Node exposes `gc` only behind a
 * V8 flag, which can be set at run time.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

const IDLE_MS = 1_000;

let collect: (() => void) | undefined;
function collector(): () => void {
  if (!collect) {
    setFlagsFromString('--expose-gc');
    collect = runInNewContext('gc') as () => void;
  }
  return collect;
}

export class IdleCollector {
  private timer?: NodeJS.Timeout;

  /** Work happened: collect once the server has been quiet for a moment. */
  touch(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => collector()(), IDLE_MS);
    this.timer.unref();
  }
}
