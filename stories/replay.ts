import { configure } from '../src/core/config.js';
import { REPLAYED_SOURCES } from '../api/replay-sources.mjs';

/**
 * The real sources, offline: Storybook's dev server (like `npm start`) replays their hosts at
 * /replay/<host>/ in their real encodings (api/replay.mjs). A story on a real source calls this.
 */
export function useReplay(): void {
  configure({ sources: REPLAYED_SOURCES });
}
