// What the CSP host page records for the test: policy violations, uncaught errors and console
// warnings. A file of its own, since the page's script-src allows no inline script.
window.violations = [];
window.pageErrors = [];
window.warnings = [];
document.addEventListener('securitypolicyviolation', (e) => window.violations.push(`${e.violatedDirective}: ${e.blockedURI} ${e.sample} at ${e.sourceFile}:${e.lineNumber}:${e.columnNumber}`));
window.addEventListener('error', (e) => window.pageErrors.push(String(e.message)));
window.addEventListener('unhandledrejection', (e) => window.pageErrors.push(String(e.reason)));
const warn = console.warn;
console.warn = (...a) => {
  window.warnings.push(a.join(' '));
  warn.apply(console, a);
};
