// In-page measuring helpers shared by every bench page.
//
// "Painted" is measured with rAF + MessageChannel: a requestAnimationFrame callback runs just before
// the frame's style, layout and paint; a message posted from it is delivered in the first task after
// that frame, so its performance.now() is the moment the frame with the content was produced.

/** Resolves with performance.now() just after the next frame is painted. */
export function afterPaint() {
  return new Promise((resolve) => {
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve(performance.now());
      };
      channel.port2.postMessage(0);
    });
  });
}

/**
 * Checks `predicate` at the start of every frame; once true, resolves with the time just after that
 * frame is painted. Rejects after `timeout` ms.
 */
export function paintWhen(predicate, timeout = 120000, label = 'condition') {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const tick = () => {
      let ok = false;
      try {
        ok = predicate();
      } catch (error) {
        reject(error);
        return;
      }
      if (ok) {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          channel.port1.close();
          resolve(performance.now());
        };
        channel.port2.postMessage(0);
      } else if (performance.now() - started > timeout) {
        reject(new Error(`timed out after ${timeout} ms waiting for ${label}`));
      } else {
        requestAnimationFrame(tick);
      }
    };
    requestAnimationFrame(tick);
  });
}

/**
 * Waits until the page is quiet: `quiet` ms in which no frame took longer than 50 ms (so pending
 * slices, resize observers and GC after a render are done). Gives up after `max` ms.
 */
export function settle(quiet = 250, max = 15000) {
  return new Promise((resolve) => {
    const start = performance.now();
    let calmSince = start;
    let last = start;
    const tick = (now) => {
      if (now - last > 50) calmSince = now;
      last = now;
      if (now - calmSince >= quiet || now - start > max) resolve(now - start);
      else requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

/**
 * Arms a measurement of one interaction: when `startType` arrives (capture phase on window, so before
 * any handler), its `timeStamp` is the input time; when `paintType` arrives, a rAF + MessageChannel
 * callback gives the time after the next paint. Resolves with both intervals, plus what `probe()`
 * reports at that moment (e.g. how many rows were in the DOM in the painted frame).
 */
export function armInteraction(startType, paintType, probe = () => ({})) {
  return new Promise((resolve) => {
    let start;
    const onStart = (event) => {
      start = { timeStamp: event.timeStamp, now: performance.now() };
    };
    const onPaint = (event) => {
      const handlerStart = performance.now();
      const inputTime = start ? start.timeStamp : event.timeStamp;
      requestAnimationFrame((frameTime) => {
        const rafTime = performance.now();
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          channel.port1.close();
          const painted = performance.now();
          resolve({
            inputTime,
            inputToPaint: painted - inputTime,
            handlerToPaint: painted - handlerStart,
            handlerToRaf: rafTime - handlerStart,
            frameTime,
            painted,
            atPaint: probe(),
          });
        };
        channel.port2.postMessage(0);
      });
    };
    window.addEventListener(startType, onStart, { capture: true, once: true });
    window.addEventListener(paintType, onPaint, { capture: true, once: true });
  });
}

/**
 * Event Timing entries for the interaction that started at `inputTime` (entries are queued after the
 * paint, so this waits a little). `names` limits the event types. Returns the longest `event`
 * entry's duration (the API rounds to 8 ms and reports only entries ≥ 16 ms), or null and a reason.
 */
export async function eventTimingFor(inputTime, names, wait = 150) {
  const obs = window.__benchObs;
  if (!obs || !obs.support.event) return { duration: null, note: 'Event Timing API not supported' };
  await new Promise((resolve) => setTimeout(resolve, wait));
  const near = (e) =>
    names.includes(e.name) && e.startTime >= inputTime - 50 && e.startTime <= inputTime + 50;
  // Only `event` entries give the duration: `first-input` is kept for the record, but browsers differ
  // in what its duration covers (Firefox reports 0 for a pointerdown without handlers).
  const entries = obs.events.filter(near);
  const firstInput = obs.firstInput.filter(near);
  if (entries.length === 0) {
    return { duration: null, note: 'no entry ≥ 16 ms (below the API threshold)', entries, firstInput };
  }
  const longest = entries.reduce((a, b) => (b.duration > a.duration ? b : a));
  return { duration: longest.duration, name: longest.name, entries, firstInput };
}

/** The centre of an element in viewport coordinates, after scrolling it into view. */
export function centreOf(element) {
  element.scrollIntoView({ block: 'center', inline: 'nearest' });
  const rect = element.getBoundingClientRect();
  return {
    x: rect.left + rect.width / 2,
    y: rect.top + rect.height / 2,
    width: rect.width,
    height: rect.height,
  };
}

/** Fetches and parses a generated collection (not part of any measurement). */
export async function fetchCollection(n) {
  const response = await fetch(`/bench/data/${n}.json`);
  if (!response.ok) throw new Error(`GET /bench/data/${n}.json → ${response.status}`);
  return response.json();
}

/** Whether an inc-card has rendered its content. */
export const rendered = (card) => Boolean(card?.shadowRoot?.querySelector('article'));

/**
 * A windowed list (issue 16) holds only the cards near the screen: it is complete once its items say
 * the list holds `expected` reports and every card in the page has rendered.
 */
export function windowComplete(list, expected) {
  const cards = [...(list.shadowRoot?.querySelectorAll('inc-card') ?? [])].filter(
    (c) => !c.closest('[hidden]'),
  );
  if (expected === 0) return cards.length === 0;
  const size = list.shadowRoot
    ?.querySelector('[role="listitem"][aria-setsize]')
    ?.getAttribute('aria-setsize');
  return Number(size) === expected && cards.length > 0 && cards.every(rendered);
}
