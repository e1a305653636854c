/**
 * How eagerly V8 optimizes the server's code. An analysis is a long chain of mid-sized
 * functions, each run a few times per keystroke; by default V8 keeps optimizing lukewarm
 * ones well into an editing session, and that compile work lands inside keystrokes (on a
 * 1,000-line document, one in twenty took 10-15 ms instead of 3). A larger budget between
 * tier-up checks leaves that to the code that really is hot. Imported first, before any
 * analysis code has run; a V8 that does not know the flag ignores it.
 */
import { setFlagsFromString } from 'node:v8';

const INTERRUPT_BUDGET = 1_000_000;

setFlagsFromString(`--interrupt-budget=${INTERRUPT_BUDGET}`);
