/** The script-tag bundle's entry: registers every element when loaded. */
import './define.js';
