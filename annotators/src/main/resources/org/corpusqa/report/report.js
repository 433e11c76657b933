(function () {
  var filters = document.getElementById('filters');
  if (!filters) { return; }
  filters.addEventListener('change', function (event) {
    var box = event.target;
    if (box.dataset.type) {
      document.body.classList.toggle('hide-' + box.dataset.type, !box.checked);
      return;
    }
    var rule = box.dataset.filterRule;
    if (rule === undefined) { return; }
    document.querySelectorAll('[data-rule]').forEach(function (element) {
      if (element.getAttribute('data-rule') === rule) { element.classList.toggle('off', !box.checked); }
    });
  });
})();
