/* Potentia report: the interactive part. Reads the global POTENTIA (written by ExploreSection). */
(function () {
  'use strict';
  var D = POTENTIA, L = D.labels;
  var nf = new Intl.NumberFormat(D.lang, {minimumFractionDigits: 1, maximumFractionDigits: 1});
  var byId = {};
  D.areas.forEach(function (a) { byId[a.id] = a; });
  var pillarName = {};
  D.pillars.forEach(function (p) { pillarName[p.id] = p.name; });
  var regionName = {};
  D.regions.forEach(function (r) { regionName[r.id] = r.name; });
  function fmt(v) { return v === null || v === undefined ? L['missing'] : nf.format(v); }
  function esc(s) { return String(s).replace(/[&<>"]/g, function (c) { return {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;'}[c]; }); }
  /* colour-blind-safe sequential scale (viridis stops) */
  var VIRIDIS = ['#440154', '#3b528b', '#21918c', '#5ec962', '#fde725'];
  /* colour-blind-safe categorical palette (Okabe and Ito 2002) for the lines of a region's areas */
  var OKABE_ITO = ['#0072b2', '#e69f00', '#009e73', '#d55e00', '#cc79a7', '#56b4e9', '#f0e442', '#000000'];

  function tooltip(a) {
    var s = '<b>' + esc(a.name) + '</b> <span class="code">(' + esc(a.id) + ')</span><br>' + esc(L['col.index']) + ': '
      + fmt(a.score) + '<br>' + esc(L['col.rank']) + ': ' + (a.rank === null ? L['missing'] : Math.round(a.rank));
    if (a.lo !== undefined) { s += '<br>' + esc(L['col.interval']) + ': ' + a.lo + '–' + a.hi; }
    if (a['class'] !== undefined) { s += '<br>' + esc(L['col.class']) + ': ' + esc(a['class']); }
    s += '<br>' + esc(L['tooltip.contributions']) + ':';
    Object.keys(a.contributions).forEach(function (p) {
      s += '<br>&nbsp;' + esc(pillarName[p] || p) + ': ' + fmt(a.contributions[p]);
    });
    return s;
  }

  /* the ranking chart: bars by name, best on top; hover shows the tooltip, click opens the profile */
  var order = D.areas.slice().reverse();
  var ranking = echarts.init(document.getElementById('chart-ranking'), null, {renderer: 'svg'});
  ranking.setOption({
    animation: false,
    grid: {left: 170, right: 40, top: 10, bottom: 20},
    tooltip: {trigger: 'item', className: 'potentia-tip', formatter: function (p) { return tooltip(order[p.dataIndex]); }},
    xAxis: {type: 'value', axisLabel: {formatter: function (v) { return nf.format(v); }}},
    yAxis: {type: 'category', data: order.map(function (a) { return a.name; }), axisLabel: {interval: 0, fontSize: 11}},
    /* bars take their readiness class's colour (cividis) when classes ran, else one viridis blue */
    series: [{type: 'bar', name: L['col.index'], data: order.map(function (a) {
      return a.colour ? {value: a.score, itemStyle: {color: a.colour}} : a.score; }),
      itemStyle: {color: '#3b528b'}}]
  });
  ranking.on('click', function (p) { showProfile(order[p.dataIndex].id); });

  /* the table: sort by any column (click or Enter on its header), filter by region, direction, tag */
  var table = document.getElementById('ranking-table');
  var body = table.tBodies[0];
  Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th) {
    function sort() {
      var col = +th.dataset.col, asc = th.getAttribute('aria-sort') !== 'ascending';
      Array.prototype.forEach.call(table.tHead.rows[0].cells, function (h) { h.setAttribute('aria-sort', 'none'); });
      th.setAttribute('aria-sort', asc ? 'ascending' : 'descending');
      var rows = Array.prototype.slice.call(body.rows);
      rows.sort(function (r1, r2) {
        var c1 = r1.cells[col], c2 = r2.cells[col], v1 = c1.dataset.value, v2 = c2.dataset.value, cmp;
        if (v1 !== undefined && v2 !== undefined) {
          /* missing values sort last either way */
          if (v1 === '' || v2 === '') { return (v1 === '') - (v2 === ''); }
          cmp = parseFloat(v1) - parseFloat(v2);
        } else {
          cmp = c1.textContent.localeCompare(c2.textContent, D.lang);
        }
        return asc ? cmp : -cmp;
      });
      rows.forEach(function (r) { body.appendChild(r); });
    }
    th.addEventListener('click', sort);
    th.addEventListener('keydown', function (e) { if (e.key === 'Enter') { sort(); } });
  });
  var filters = ['filter-region', 'filter-direction', 'filter-tag'].map(function (id) { return document.getElementById(id); });
  function applyFilters() {
    var region = filters[0].value, direction = filters[1].value, tag = filters[2].value;
    Array.prototype.forEach.call(body.rows, function (r) {
      var show = (!region || r.dataset.region === region) && (!direction || r.dataset.direction === direction)
        && (!tag || r.dataset.tags.indexOf(' ' + tag + ' ') >= 0);
      r.hidden = !show;
    });
  }
  filters.forEach(function (f) { f.addEventListener('change', applyFilters); });
  Array.prototype.forEach.call(body.rows, function (r) {
    r.querySelector('.area-link').addEventListener('click', function (e) { e.preventDefault(); showProfile(r.dataset.area); });
  });

  /* the profile: pillars against the region's unweighted mean and the best area, the trend, strengths and weaknesses */
  var profileCharts = [];
  function showProfile(id) {
    var a = byId[id], box = document.getElementById('profile');
    profileCharts.forEach(function (c) { c.dispose(); });
    profileCharts = [];
    var peers = D.areas.filter(function (x) { return a.region !== undefined && x.region === a.region; });
    function mean(p, list) {
      var v = list.map(function (x) { return x.pillars[p]; }).filter(function (v) { return v !== null; });
      return v.length ? v.reduce(function (s, x) { return s + x; }, 0) / v.length : null;
    }
    function best(p) {
      var v = D.areas.map(function (x) { return x.pillars[p]; }).filter(function (v) { return v !== null; });
      return v.length ? Math.max.apply(null, v) : null;
    }
    var ranked = D.pillars.filter(function (p) { return a.pillarRanks[p.id] !== null; })
      .sort(function (p, q) { return a.pillarRanks[p.id] - a.pillarRanks[q.id]; });
    function list(ps) {
      return ps.map(function (p) {
        return '<li>' + esc(p.name) + ': ' + fmt(a.pillars[p.id]) + ' (' + esc(L['profile.rankOf'].replace('{0}',
          Math.round(a.pillarRanks[p.id])).replace('{1}', D.areas.length)) + ')</li>';
      }).join('');
    }
    /* the profile charts' data as a table beside them: pillars against the region mean and the best, and the trend */
    function profileTable(a, peers) {
      var t = '<details class="data"><summary>' + esc(L['table.data']) + '</summary><table id="profile-table"><tr><th>'
        + esc(L['col.pillar']) + '</th><th>' + esc(a.name) + '</th>' + (peers.length ? '<th>' + esc(L['profile.regionMean']) + '</th>' : '')
        + '<th>' + esc(L['profile.best']) + '</th></tr>';
      D.pillars.forEach(function (p) {
        t += '<tr><td>' + esc(p.name) + '</td><td class="num">' + fmt(a.pillars[p.id]) + '</td>'
          + (peers.length ? '<td class="num">' + fmt(mean(p.id, peers)) + '</td>' : '') + '<td class="num">' + fmt(best(p.id)) + '</td></tr>';
      });
      t += '<tr><th>' + esc(L['col.year']) + '</th><th colspan="3">' + esc(L['profile.trend']) + '</th></tr>';
      D.years.forEach(function (y, i) { t += '<tr><td>' + y + '</td><td class="num" colspan="3">' + fmt(a.trend[i]) + '</td></tr>'; });
      return t + '</table></details>';
    }
    var k = Math.min(2, Math.floor(ranked.length / 2));
    box.innerHTML = '<h3 id="profile-name">' + esc(L['profile.heading']) + ': ' + esc(a.name) + ' <span class="code">(' + esc(a.id)
      + ')</span></h3><p>' + (a.region ? esc(L['col.region']) + ': ' + esc(regionName[a.region]) + '. ' : '')
      + esc(L['col.index']) + ' ' + fmt(a.score) + ', ' + esc(L['col.rank']) + ' ' + Math.round(a.rank) + '.</p>'
      + '<div class="profile-charts"><div id="profile-pillars" class="chart" data-table="profile-table"></div>'
      + '<div id="profile-trend" class="chart" data-table="profile-table"></div></div>'
      + '<div class="sw"><div><h4>' + esc(L['profile.strengths']) + '</h4><ul id="profile-strengths">' + list(ranked.slice(0, k))
      + '</ul></div><div><h4>' + esc(L['profile.weaknesses']) + '</h4><ul id="profile-weaknesses">'
      + list(ranked.slice(ranked.length - k).reverse()) + '</ul></div></div>' + profileTable(a, peers)
      + '<button id="profile-close">' + esc(L['profile.close']) + '</button>';
    box.hidden = false;
    document.getElementById('profile-close').addEventListener('click', function () { box.hidden = true; });
    var pillarsChart = echarts.init(document.getElementById('profile-pillars'), null, {renderer: 'svg'});
    var series = [{name: a.name, type: 'bar', data: D.pillars.map(function (p) { return a.pillars[p.id]; }), itemStyle: {color: '#3b528b'}}];
    if (peers.length) {
      series.push({name: L['profile.regionMean'], type: 'bar', data: D.pillars.map(function (p) { return mean(p.id, peers); }),
        itemStyle: {color: '#21918c'}});
    }
    series.push({name: L['profile.best'], type: 'bar', data: D.pillars.map(function (p) { return best(p.id); }), itemStyle: {color: '#fde725'}});
    pillarsChart.setOption({animation: false, legend: {top: 0}, tooltip: {trigger: 'axis', valueFormatter: fmt},
      grid: {left: 40, right: 10, top: 40, bottom: 70},
      xAxis: {type: 'category', data: D.pillars.map(function (p) { return p.name; }), axisLabel: {interval: 0, rotate: 30, fontSize: 10}},
      yAxis: {type: 'value'}, series: series});
    var trendChart = echarts.init(document.getElementById('profile-trend'), null, {renderer: 'svg'});
    trendChart.setOption({animation: false, title: {text: L['profile.trend'], textStyle: {fontSize: 13}},
      tooltip: {trigger: 'axis', valueFormatter: fmt}, grid: {left: 40, right: 10, top: 40, bottom: 30},
      xAxis: {type: 'category', data: D.years.map(String)}, yAxis: {type: 'value', scale: true},
      series: [{type: 'line', name: a.name, data: a.trend, itemStyle: {color: '#3b528b'}}]});
    profileCharts = [pillarsChart, trendChart];
    box.scrollIntoView({block: 'nearest'});
  }

  /* the maps: a choropleth of the chosen layer (the index or a pillar) on a colour-blind-safe scale */
  if (D.geo) {
    echarts.registerMap('potentia', D.geo);
    var mapChart = echarts.init(document.getElementById('chart-map'), null, {renderer: 'svg'});
    var layer = document.getElementById('map-layer');
    var drawMap = function () {
      var key = layer.value;
      var values = D.areas.map(function (a) { return {name: a.id, value: key === D.root ? a.score : a.pillars[key]}; });
      var finite = values.map(function (v) { return v.value; }).filter(function (v) { return v !== null; });
      mapChart.setOption({
        animation: false,
        tooltip: {trigger: 'item', className: 'potentia-tip', formatter: function (p) {
          var a = byId[p.name];
          return a ? '<b>' + esc(a.name) + '</b> <span class="code">(' + esc(a.id) + ')</span><br>'
            + esc(layer.options[layer.selectedIndex].text) + ': ' + fmt(p.value) : esc(p.name); }},
        visualMap: {min: Math.min.apply(null, finite), max: Math.max.apply(null, finite), calculable: true,
          inRange: {color: VIRIDIS}, formatter: function (v) { return nf.format(v); }, left: 0, bottom: 0},
        series: [{type: 'map', map: 'potentia', nameProperty: 'id', roam: true, data: values,
          label: {show: false}, emphasis: {label: {show: false}}}]
      }, true);
    };
    layer.addEventListener('change', drawMap);
    drawMap();
    mapChart.on('click', function (p) { if (byId[p.name]) { showProfile(p.name); } });
  }

  /* the trends: small multiples, one chart per region (or one for all areas without regions) */
  var groups = D.regions.length ? D.regions.map(function (r) {
    return {name: r.name, areas: D.areas.filter(function (a) { return a.region === r.id; })};
  }) : [{name: '', areas: D.areas}];
  var holder = document.getElementById('trend-multiples');
  groups.forEach(function (g, i) {
    var div = document.createElement('div');
    div.className = 'chart multiple';
    div.id = 'trend-' + i;
    div.dataset.table = 'trend-table';
    div.setAttribute('role', 'img');
    div.setAttribute('aria-label', L['profile.trend'] + (g.name ? ': ' + g.name : ''));
    holder.appendChild(div);
    var c = echarts.init(div, null, {renderer: 'svg'});
    c.setOption({animation: false, color: OKABE_ITO, title: {text: g.name, textStyle: {fontSize: 12}},
      tooltip: {trigger: 'axis', valueFormatter: fmt, confine: true},
      grid: {left: 36, right: 8, top: 30, bottom: 24},
      xAxis: {type: 'category', data: D.years.map(String)}, yAxis: {type: 'value', scale: true},
      series: g.areas.map(function (a) { return {type: 'line', name: a.name, data: a.trend, symbolSize: 4,
        lineStyle: {width: 1.5}, emphasis: {focus: 'series'}}; })});
  });
  document.documentElement.dataset.readyMs = String(Math.round(performance.now()));
  document.documentElement.dataset.ready = 'true';
})();
