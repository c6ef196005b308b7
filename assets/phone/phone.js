"use strict";
// The phone page: join with the PIN, pick a group, buzz. Served by the app itself; no internet.
// Buzzes are judged on the app's clock (receive time less this phone's measured delay), so this
// page sends no time of its own: it answers pings at once and sends a bare "buzz".
(function () {
  const zh = (navigator.language || "").toLowerCase().startsWith("zh");
  const T = zh ? {
    title: "抢答器", pin_prompt: "输入大屏幕上的 PIN", pin_go: "加入", name_prompt: "你的名字（可不填）",
    group_prompt: "选择你的小组", buzz: "抢答", wrong_pin: "PIN 不对，请再看一下大屏幕",
    blocked: "试错太多次，请 {s} 秒后再试", no_group: "没有这个小组", full: "座位已满",
    waiting: "等待主持人开放抢答", open: "抢答开始！", first: "你们第一个！",
    behind: "+{ms} 毫秒，第 {n} 个", locked: "{g} 先抢到了", ended: "比赛结束",
    false_start: "抢早了！等开放后再按", score: "{g} 得分：{p}", online: "已连接", offline: "重新连接中…",
    me: "{g} · {n}", question: "第 {q} 题", not_eligible: "本题已抢过",
  } : {
    title: "Buzzer", pin_prompt: "Enter the PIN shown on the screen", pin_go: "Join", name_prompt: "Your name (optional)",
    group_prompt: "Pick your group", buzz: "BUZZ", wrong_pin: "Wrong PIN, check the screen again",
    blocked: "Too many tries: wait {s} s", no_group: "No such group", full: "All seats are taken",
    waiting: "Waiting for the buzzers to open", open: "Buzz now!", first: "You were first!",
    behind: "+{ms} ms behind ({n})", locked: "Locked: {g} was first", ended: "The session has ended",
    false_start: "Too early! Wait until they open", score: "{g} score: {p}", online: "connected", offline: "reconnecting…",
    me: "{g} · {n}", question: "Question {q}", not_eligible: "Already buzzed for this question",
  };
  const fill = (text, values) => text.replace(/\{(\w+)\}/g, (_, k) => String(values[k]));
  const $ = (id) => document.getElementById(id);
  document.documentElement.lang = zh ? "zh-CN" : "en";
  document.title = T.title;
  document.querySelectorAll("[data-t]").forEach((el) => { el.textContent = T[el.dataset.t]; });

  const TOKEN_KEY = "buzzer-token:" + location.host;
  let socket = null, me = null, pin = "", lastState = null, retry = 400, wakeLock = null, flash = null;

  function show(screen) {
    for (const id of ["pin-screen", "group-screen", "buzz-screen"]) $(id).hidden = id !== screen;
  }
  function send(message) {
    if (socket && socket.readyState === WebSocket.OPEN) socket.send(JSON.stringify(message));
  }
  function link(up) {
    $("link").textContent = up ? T.online : T.offline;
    $("link").classList.toggle("down", !up);
  }

  function connect() {
    const scheme = location.protocol === "https:" ? "wss://" : "ws://";
    socket = new WebSocket(scheme + location.host + "/ws");
    socket.onopen = () => {
      retry = 400;
      link(true);
      send({ t: "hello", token: localStorage.getItem(TOKEN_KEY) || "" });
    };
    socket.onmessage = (event) => receive(JSON.parse(event.data));
    socket.onclose = () => {
      link(false);
      setTimeout(connect, retry);  // comes back by itself, and keeps its seat with its token
      retry = Math.min(retry * 2, 3000);
    };
  }

  function receive(m) {
    if (m.t === "ping") { send({ t: "pong", id: m.id }); return; }
    if (m.t === "need_pin") { me = null; show("pin-screen"); $("pin").focus(); return; }
    if (m.t === "groups") { showGroups(m.groups); return; }
    if (m.t === "joined") {
      if (m.token) localStorage.setItem(TOKEN_KEY, m.token);
      me = m;
      show("buzz-screen");
      render();
      keepAwake();
      return;
    }
    if (m.t === "error") { error(m); return; }
    if (m.t === "state") { lastState = m; render(); return; }
    if (m.t === "result" && m.result === "false_start") { flashStatus(T.false_start); }
  }

  function error(m) {
    const text = m.code === "blocked" ? fill(T.blocked, { s: m.wait_s }) : (T[m.code] || m.detail || m.code);
    if (!me) { show("pin-screen"); $("pin-error").textContent = text; }
  }

  function showGroups(groups) {
    $("pin-error").textContent = "";
    const box = $("groups");
    box.replaceChildren();
    for (const g of groups) {
      const button = document.createElement("button");
      button.textContent = g.name;
      button.style.background = g.colour;
      button.onclick = () => send({ t: "join", pin: pin, group: g.id, name: $("name").value.trim().slice(0, 24) });
      box.appendChild(button);
    }
    show("group-screen");
  }

  function groupName(id) {
    const g = lastState && lastState.groups.find((x) => x.id === id);
    return g ? g.name : id;
  }

  function render() {
    const s = lastState;
    if (!s || !me) return;
    const mine = s.you.group;
    $("me").textContent = fill(T.me, { g: groupName(mine), n: s.you.name || "" }).replace(/ · $/, "")
      + (s.question ? "  ·  " + fill(T.question, { q: s.question }) : "");
    let text;
    if (s.phase === "ended") text = T.ended;
    else if (s.mine && s.mine.place === 1) text = T.first;
    else if (s.mine) text = fill(T.behind, { ms: s.mine.gap_ms, n: s.mine.place });
    else if (s.phase === "locked") text = fill(T.locked, { g: groupName(s.first) });
    else if (s.phase === "open") text = s.eligible.includes(mine) ? T.open : T.not_eligible;
    else text = T.waiting;
    if (!flash) $("status").textContent = text;
    const button = $("buzz");
    button.classList.toggle("open", s.phase === "open" && !s.mine && s.eligible.includes(mine));
    button.classList.toggle("first", !!(s.mine && s.mine.place === 1));
    $("score").textContent = fill(T.score, { g: groupName(mine), p: s.scores[mine] ?? 0 });
  }

  function flashStatus(text) {
    clearTimeout(flash);
    $("status").textContent = text;
    flash = setTimeout(() => { flash = null; render(); }, 1500);
  }

  function press(event) {
    event.preventDefault();
    send({ t: "buzz" });
    if (navigator.vibrate) navigator.vibrate(40);
    const button = $("buzz");
    button.classList.add("pressed");
    setTimeout(() => button.classList.remove("pressed"), 120);
  }

  async function keepAwake() {
    try {
      if ("wakeLock" in navigator && !wakeLock) {
        wakeLock = await navigator.wakeLock.request("screen");
        wakeLock.addEventListener("release", () => { wakeLock = null; });
      }
    } catch (e) { /* not allowed here (no HTTPS, battery saver): the page still works */ }
  }
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "visible" && me) keepAwake();
    if (document.visibilityState === "visible" && (!socket || socket.readyState > 1)) connect();
  });

  $("buzz").addEventListener("pointerdown", press);
  $("buzz").addEventListener("keydown", (e) => { if (e.key === " " || e.key === "Enter") press(e); });
  $("pin-go").onclick = () => { pin = $("pin").value.trim(); send({ t: "pin", pin: pin }); };
  $("pin").addEventListener("keydown", (e) => { if (e.key === "Enter") $("pin-go").click(); });
  link(false);
  connect();
})();
