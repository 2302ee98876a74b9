// Runs before the loader (a classic script ahead of the module): an element made by script and not
// yet in the document, as a framework makes one before it mounts it.
window.earlyDiagram = document.createElement('inc-ascii-diagram');
window.earlyDiagram.textContent = '+----+\n| ok |\n+----+';
