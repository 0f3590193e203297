// The school hub form of a lesson page: the reader types the hub's address, this makes the
// nbgitpuller link (repository, branch, lesson path and target folder come from the page,
// written by tools/site.py) and remembers the address for the next lesson page.
(function () {
  "use strict";
  var WORDS = {
    id: { bad: "Alamat itu bukan alamat web (contoh: https://hub.sekolah.sch.id).", ready: "Bagikan tautan ini kepada siswa:" },
    en: { bad: "That is not a web address (for example https://hub.school.example).", ready: "Share this link with your students:" }
  };
  function hubRoot(text) {
    var value = text.trim();
    if (!/^https?:\/\//i.test(value)) value = "https://" + value;
    var url;
    try { url = new URL(value); } catch (e) { return null; }
    if (!url.hostname || url.hostname.indexOf(".") < 0 && url.hostname !== "localhost") return null;
    // a pasted address of a hub page (.../hub/home, .../user/x/lab) keeps only the hub's base
    var path = url.pathname.replace(/\/(hub|user)(\/.*)?$/, "").replace(/\/+$/, "");
    return url.origin + path;
  }
  function linkFor(form, root) {
    var d = form.dataset;
    var query = ["repo", "branch", "urlpath", "targetpath"].map(function (k) {
      return k + "=" + encodeURIComponent(d[k]);
    }).join("&");
    return root + "/hub/user-redirect/git-pull?" + query;
  }
  function show(form, root) {
    var words = WORDS[form.dataset.lang] || WORDS.en;
    var out = form.querySelector(".kss-hub-result");
    out.textContent = "";
    if (!root) { out.textContent = words.bad; return; }
    var link = linkFor(form, root);
    var a = document.createElement("a");
    a.href = link;
    a.textContent = link;
    a.className = "kss-hub-link";
    out.appendChild(document.createTextNode(words.ready + " "));
    out.appendChild(a);
    try { localStorage.setItem("kss-hub", root); } catch (e) {}
  }
  document.addEventListener("submit", function (event) {
    var form = event.target.closest && event.target.closest(".kss-hub-form");
    if (!form) return;
    event.preventDefault();
    show(form, hubRoot(form.querySelector("input").value));
  });
  // a table wider than the screen scrolls in its own box: keyboard users reach it (tabindex)
  // and screen readers hear what it is
  function scrollableTables() {
    // a table in a stored output (pandas) gets the box Sphinx gives the lessons' own tables
    document.querySelectorAll("article table").forEach(function (table) {
      if (table.closest(".table-wrapper")) return;
      var box = document.createElement("div");
      box.className = "table-wrapper kss-output-table";
      table.parentNode.insertBefore(box, table);
      box.appendChild(table);
    });
    var lang = document.documentElement.lang === "id" ? "id" : "en";
    var name = lang === "id" ? "Tabel, geser ke samping" : "Table, scroll sideways";
    document.querySelectorAll("article .table-wrapper").forEach(function (box) {
      if (box.scrollWidth > box.clientWidth + 1) {
        box.tabIndex = 0;
        box.setAttribute("role", "region");
        box.setAttribute("aria-label", name);
      } else {
        box.removeAttribute("tabindex");
        box.removeAttribute("role");
        box.removeAttribute("aria-label");
      }
    });
  }
  window.addEventListener("resize", scrollableTables);
  document.addEventListener("DOMContentLoaded", function () {
    scrollableTables();
    var saved = null;
    try { saved = localStorage.getItem("kss-hub"); } catch (e) {}
    document.querySelectorAll(".kss-hub-form").forEach(function (form) {
      if (saved) { form.querySelector("input").value = saved; show(form, saved); }
    });
  });
})();
