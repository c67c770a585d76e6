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

  // Crisis lines: a country choice that shows the chosen country alone and first, with the
  // international directory. Every list on the page follows the same choice, at first the country
  // of the browser's language (marked data-preferred by the server) when there is one. Remembered
  // only in this page (no cookie, no storage); without this script all countries show, that one first.
  var crisisLists = Array.prototype.slice.call(document.querySelectorAll('[data-crisis-regions]'));
  var crisisSelects = [];
  var crisisGroups = crisisLists.map(function (list) {
    return Array.prototype.slice.call(list.querySelectorAll('[data-region]'));
  });
  function showCrisisRegion(code) {
    crisisGroups.forEach(function (groups) {
      var ordered = groups.filter(function (g) { return g.getAttribute('data-region') === code; })
        .concat(groups.filter(function (g) { return g.getAttribute('data-region') !== code; }));
      ordered.forEach(function (g) {
        var region = g.getAttribute('data-region');
        g.hidden = code !== '' && region !== code && region !== 'INT';
        g.parentNode.appendChild(g);
      });
    });
    crisisSelects.forEach(function (select) { select.value = code; });
  }
  crisisLists.forEach(function (list, index) {
    var countries = crisisGroups[index].filter(function (g) { return g.getAttribute('data-region') !== 'INT'; });
    if (countries.length < 2) { return; }
    var choice = document.createElement('div');
    choice.className = 'crisis-choice';
    var label = document.createElement('label');
    label.htmlFor = 'crisis-country-' + index;
    label.textContent = list.getAttribute('data-choose-label');
    var select = document.createElement('select');
    select.id = label.htmlFor;
    var all = document.createElement('option');
    all.value = '';
    all.textContent = list.getAttribute('data-all-label');
    select.appendChild(all);
    countries.forEach(function (g) {
      var option = document.createElement('option');
      option.value = g.getAttribute('data-region');
      option.textContent = g.getAttribute('data-region-name');
      select.appendChild(option);
    });
    select.addEventListener('change', function () { showCrisisRegion(select.value); });
    choice.appendChild(label);
    choice.appendChild(select);
    list.parentNode.insertBefore(choice, list);
    crisisSelects.push(select);
  });
  var preferred = document.querySelector('[data-crisis-regions] [data-preferred]');
  if (preferred && crisisSelects.length) { showCrisisRegion(preferred.getAttribute('data-region')); }

  // The print view offers a print button once we know it can work.
  Array.prototype.forEach.call(document.querySelectorAll('.js-print'), function (button) {
    button.hidden = false;
    button.addEventListener('click', function () { window.print(); });
  });
})();
