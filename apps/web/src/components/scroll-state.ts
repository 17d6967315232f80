/** What a sideways-scrolling box hides: whether it overflows at all, and on which sides there is more. */
export interface ScrollState {
  overflows: boolean;
  moreBefore: boolean;
  moreAfter: boolean;
}

export const NO_OVERFLOW: ScrollState = { overflows: false, moreBefore: false, moreAfter: false };

/**
 * From an element's scrollLeft, scrollWidth and clientWidth. A pixel of slack absorbs the rounding
 * of zoomed or fractional layouts, which would otherwise show a cue for nothing to scroll to.
 */
export function scrollState({ scrollLeft, scrollWidth, clientWidth }: { scrollLeft: number; scrollWidth: number; clientWidth: number }): ScrollState {
  const hidden = scrollWidth - clientWidth;
  if (hidden <= 1) return NO_OVERFLOW;
  return { overflows: true, moreBefore: scrollLeft > 1, moreAfter: scrollLeft < hidden - 1 };
}

export const sameScrollState = (a: ScrollState, b: ScrollState) =>
  a.overflows === b.overflows && a.moreBefore === b.moreBefore && a.moreAfter === b.moreAfter;
