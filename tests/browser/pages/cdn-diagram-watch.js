// Records, from before the loader runs, the first frame in which the page's diagram shows rows, and
// whether its measuring half (the probes it renders once attached) was there yet, and whether the
// diagram fit its box in that frame. The test cannot
// see that frame itself: the iframe's load event may wait for the chunks the page imports.
window.firstRows = null;
function watch() {
  const root = document.querySelector('inc-ascii-diagram')?.shadowRoot;
  if (root?.querySelector('.diagram .row')) {
    window.firstRows = { at: performance.now(), probes: root.querySelectorAll('.probes > span').length };
    // What that frame painted, as the next frame finds it: whether the diagram fit its box.
    requestAnimationFrame(() => {
      const scroller = root.querySelector('.scroller');
      window.firstPainted = { fits: scroller.scrollWidth <= scroller.clientWidth };
    });
    return;
  }
  requestAnimationFrame(watch);
}
requestAnimationFrame(watch);
