// Loaded first, as a classic external script in <head>, by every bench page: starts the performance
// observers before anything else runs, so long tasks, paint timing and event timing are all caught.
(function () {
  'use strict';
  var obs = (window.__benchObs = {
    longtasks: null,
    events: [],
    firstInput: [],
    paint: [],
    lcp: [],
    support: {},
  });
  var supported =
    (typeof PerformanceObserver !== 'undefined' && PerformanceObserver.supportedEntryTypes) || [];
  obs.support.entryTypes = supported.slice();
  function observe(type, options, sink) {
    if (supported.indexOf(type) === -1) return false;
    try {
      new PerformanceObserver(function (list) {
        var entries = list.getEntries();
        for (var i = 0; i < entries.length; i++) sink(entries[i]);
      }).observe(Object.assign({ type: type, buffered: true }, options));
      return true;
    } catch (e) {
      return false;
    }
  }
  // null (not []) where the browser has no Long Tasks API, so "none" and "cannot tell" differ.
  var longtasks = [];
  obs.support.longtask = observe('longtask', {}, function (e) {
    longtasks.push({ startTime: e.startTime, duration: e.duration, name: e.name });
  });
  if (obs.support.longtask) obs.longtasks = longtasks;
  function eventEntry(e) {
    return {
      name: e.name,
      entryType: e.entryType,
      startTime: e.startTime,
      duration: e.duration,
      processingStart: e.processingStart,
      processingEnd: e.processingEnd,
      interactionId: e.interactionId || 0,
    };
  }
  obs.support.event = observe('event', { durationThreshold: 16 }, function (e) {
    obs.events.push(eventEntry(e));
  });
  obs.support.firstInput = observe('first-input', {}, function (e) {
    obs.firstInput.push(eventEntry(e));
  });
  obs.support.paint = observe('paint', {}, function (e) {
    obs.paint.push({ name: e.name, startTime: e.startTime });
  });
  obs.support.lcp = observe('largest-contentful-paint', {}, function (e) {
    obs.lcp.push({ startTime: e.startTime, size: e.size });
  });
})();
