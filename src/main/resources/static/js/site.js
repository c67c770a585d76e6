/* Crossroads: optional progressive enhancement. Every page works fully without this file. */
(function () {
  'use strict';

  // After a failed step, move focus to the error summary so it is read out and one Tab away;
  // when crisis help heads the page, keep it in view rather than scrolling past it.
  var summary = document.querySelector('.error-summary');
  if (summary) {
    summary.focus({ preventScroll: !!document.getElementById('crisis-help') });
    summary.addEventListener('click', function (event) {
      var link = event.target.closest('a[href^="#q-"]');
      if (!link) { return; }
      var fieldset = document.getElementById(link.getAttribute('href').slice(1));
      var input = fieldset && (fieldset.querySelector('input:checked') || fieldset.querySelector('input'));
      if (input) {
        event.preventDefault();
        fieldset.scrollIntoView();
        input.focus();
      }
    });
  }

  // The print view offers a print button once we know it can work.
  Array.prototype.forEach.call(document.querySelectorAll('.js-print'), function (button) {
    button.hidden = false;
    button.addEventListener('click', function () { window.print(); });
  });
})();
