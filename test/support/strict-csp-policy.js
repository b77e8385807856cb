/* global window, document, URLSearchParams, location */
// A classic script, so that it runs while the page is parsed, before anything the policy governs.
// Violations inside shadow roots are reported on the document too: the events are composed.
window.larViolations = [];
document.addEventListener(
  'securitypolicyviolation',
  (event) => {
    window.larViolations.push({
      directive: event.effectiveDirective,
      blocked: event.blockedURI,
      sample: event.sample,
      source: `${event.sourceFile}:${event.lineNumber}:${event.columnNumber}`,
    });
  },
  { capture: true },
);
const policy = document.createElement('meta');
policy.httpEquiv = 'Content-Security-Policy';
policy.content = new URLSearchParams(location.search).get('policy') ?? '';
document.head.append(policy);
