/** The reading-progress bar: how far through the article the reader has scrolled. */
export function trackProgress(win: Window, article: HTMLElement, bar: HTMLElement): void {
  let queued = false;
  const update = () => {
    queued = false;
    const top = article.getBoundingClientRect().top + win.scrollY;
    const span = article.offsetHeight - win.innerHeight;
    const fraction = span <= 0 ? 1 : Math.min(1, Math.max(0, (win.scrollY - top) / span));
    bar.style.transform = `scaleX(${fraction})`;
  };
  const schedule = () => {
    if (queued) return;
    queued = true;
    win.requestAnimationFrame(update);
  };
  win.addEventListener('scroll', schedule, { passive: true });
  win.addEventListener('resize', schedule);
  schedule();
}
