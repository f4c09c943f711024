// handout desk: live topic search, and a form that forgets. The page works without it:
// the search box then filters on the server, and "Clear the form" clears by hand.
(function () {
  "use strict";
  var IDLE_MS = 3 * 60 * 1000; // the form clears after 3 minutes without use
  var form = document.getElementById("desk");
  if (!form) { return; }
  var search = document.getElementById("search");
  var box = document.getElementById("q");
  var none = document.getElementById("no-match");
  var items = form.querySelectorAll(".topics li");

  function filter() {
    var q = box.value.trim().toLowerCase();
    var shown = 0;
    for (var i = 0; i < items.length; i++) {
      var match = !q || items[i].getAttribute("data-search").indexOf(q) !== -1;
      items[i].hidden = !match;
      if (match) { shown++; }
    }
    none.hidden = shown > 0;
  }

  function clear() {
    form.reset();
    var boxes = form.querySelectorAll("input[type=checkbox], input[name=lang]");
    for (var i = 0; i < boxes.length; i++) { boxes[i].checked = false; }
    var date = document.getElementById("date");
    date.value = date.getAttribute("data-today");
    var texts = form.querySelectorAll("input[type=text], textarea");
    for (var j = 0; j < texts.length; j++) { texts[j].value = ""; }
    var note = document.getElementById("preselected");
    if (note) { note.hidden = true; }
    var errors = document.getElementById("errors");
    if (errors) { errors.hidden = true; }
    box.value = "";
    filter();
  }

  var timer = null;
  function touched() {
    if (timer) { clearTimeout(timer); }
    timer = setTimeout(clear, IDLE_MS);
  }

  if (search) {
    search.addEventListener("submit", function (event) { event.preventDefault(); filter(); });
    box.addEventListener("input", filter);
  }
  ["input", "change", "keydown", "pointerdown"].forEach(function (name) {
    document.addEventListener(name, touched, true);
  });
  // Once the form is sent, clear it (the browser has already taken its values): Back
  // from the PDF shows an empty form, and so does a page that stays (a PDF downloaded).
  form.addEventListener("submit", function () { setTimeout(clear, 0); });
  window.addEventListener("pageshow", function (event) { if (event.persisted) { clear(); } });
  var clears = document.getElementById("clears");
  if (clears) { clears.hidden = false; }
  var shownErrors = document.getElementById("errors");
  if (shownErrors) { shownErrors.focus(); }
  filter();
  touched();
})();
