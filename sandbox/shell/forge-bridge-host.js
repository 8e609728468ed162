// The Custom UI bridge inside each app frame: defines globalThis.__bridge before the app's bundle runs,
// as Jira's iframe host does, so the real @forge/bridge and @forge/jira-bridge work unmodified.
// Handled here: getContext, enableTheming, `invoke` (the resolver, through the local host, as the
// signed-in user) and `fetchProduct` (requestJira, as that user; FormData uploads too). The context, user and theme come from
// the shell page (window.parent.__forgeHost) or, when a resource is opened on its own, from the URL
// (?module=&issueKey=&projectKey=&account=&locale=&theme=). Every other command (submit, close, refresh,
// router, events, flags, modals, CreateIssueModal, UI modifications...) is forwarded to the shell, and
// uncaught errors are reported to it so it can show Jira's error state. It never talks to Jira itself.
// t.me links clicked in a frame go to the shell too (sandbox only: the Telegram pane stands in for Telegram).
(function () {
  'use strict';
  var params = new URLSearchParams(location.search);
  var frameId = params.get('frame') || '';
  var shell = null;
  try {
    shell = window.parent !== window && window.parent.__forgeHost ? window.parent.__forgeHost : null;
  } catch (e) {
    shell = null;
  }

  function standaloneContext() {
    var issueKey = params.get('issueKey');
    var projectKey = params.get('projectKey') || (issueKey ? issueKey.split('-')[0] : null);
    var extension = { type: params.get('moduleType') || 'jira:issuePanel' };
    if (issueKey) extension.issue = { key: issueKey };
    if (projectKey) extension.project = { key: projectKey };
    return {
      accountId: params.get('account') || undefined,
      cloudId: 'local-cloud-0000',
      localId: 'standalone',
      environmentId: 'local-development',
      environmentType: 'DEVELOPMENT',
      siteUrl: location.origin,
      locale: params.get('locale') || 'en-US',
      timezone: 'Europe/Moscow',
      theme: { colorMode: params.get('theme') || 'light' },
      moduleKey: params.get('module') || '',
      extension: extension,
    };
  }

  function frameInfo() {
    return shell ? shell.frameInfo(frameId) : { context: standaloneContext() };
  }

  function post(url, body, accountId) {
    return fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-linebridge-account': accountId || '' },
      body: JSON.stringify(body),
    }).then(function (res) {
      return res.json().then(function (json) {
        if (!res.ok || json.ok === false) throw new Error(json.message || 'Host error ' + res.status);
        return json;
      });
    });
  }

  function applyTheme(mode) {
    var root = document.documentElement;
    root.setAttribute('data-color-mode', mode);
    root.setAttribute('data-theme', mode + ':' + mode + ' light:light dark:dark spacing:spacing typography:typography shape:shape motion:motion');
    var link = document.getElementById('forge-host-theme');
    if (!link) {
      link = document.createElement('link');
      link.id = 'forge-host-theme';
      link.rel = 'stylesheet';
      document.head.appendChild(link);
    }
    link.href = '/__host/theme/' + mode + '.css';
  }

  function invoke(context, payload) {
    var body = { moduleKey: context.moduleKey, functionKey: payload.functionKey, payload: payload.payload || {}, context: context };
    return post('/__host/invoke', body, context.accountId).then(
      function (json) {
        // With `metadata`, @forge/bridge expects the answer wrapped as {body, metadata}.
        return payload.metadata ? { body: json.result, metadata: payload.metadata } : json.result;
      },
      function (error) {
        throw new Error('There was an error invoking the function - ' + error.message);
      },
    );
  }

  // requestJira: {product, restPath, fetchRequestInit: {method, body, headers: [[k, v]...]}} -> {status, statusText, headers, body}
  function fetchProduct(context, payload) {
    if (payload.product !== 'jira') return Promise.reject(new Error('Only requestJira is available in the local Jira host'));
    var init = payload.fetchRequestInit || {};
    var headers = {};
    (init.headers || []).forEach(function (pair) {
      headers[String(pair[0]).toLowerCase()] = String(pair[1]);
    });
    var body = { path: payload.restPath, method: init.method || 'GET', headers: headers, body: typeof init.body === 'string' ? init.body : '' };
    // FormData: @forge/bridge sent {file: data URL, __fileName, __fileType} as JSON; the host rebuilds multipart.
    if (payload.isMultipartFormData) {
      var form;
      try {
        form = JSON.parse(body.body || '{}');
      } catch (e) {
        return Promise.reject(new Error('Malformed multipart payload from @forge/bridge'));
      }
      body.body = '';
      body.multipart = { file: form.file, fileName: form.__fileName, fileType: form.__fileType };
    }
    return post('/__host/request-jira', body, context.accountId).then(function (json) {
      return { status: json.status, statusText: '', headers: json.headers || {}, body: json.body, isAttachment: false };
    });
  }

  function callBridge(command, payload) {
    var info = frameInfo();
    var context = info.context;
    switch (command) {
      case 'getContext':
        return Promise.resolve(JSON.parse(JSON.stringify(context)));
      case 'enableTheming':
        applyTheme((context.theme && context.theme.colorMode) || 'light');
        return Promise.resolve(undefined);
      case 'invoke':
        return invoke(context, payload || {});
      case 'fetchProduct':
        return fetchProduct(context, payload || {});
      default:
        if (shell) return shell.command(frameId, command, payload);
        return Promise.reject(new Error('Bridge command ' + command + ' needs the LineBridge shell page'));
    }
  }

  function report(message) {
    if (shell) shell.command(frameId, '__frameError', { message: String(message) }).catch(function () {});
  }
  window.addEventListener(
    'error',
    function (event) {
      var target = event.target;
      if (target && target !== window && (target.src || target.href)) report('Failed to load ' + (target.src || target.href));
      else report(event.message || 'Script error');
    },
    true,
  );
  window.addEventListener('unhandledrejection', function (event) {
    var reason = event.reason;
    report(reason && reason.message ? reason.message : String(reason));
  });

  // Sandbox only: a t.me link (https://t.me/<bot>?start=<code>) would leave for Telegram; inside the shell it
  // goes to the shell, which opens the Telegram pane when <bot> is the stand-in's bot (else t.me, as before).
  var TME = /^https:\/\/t\.me\/[A-Za-z0-9_]{4,32}(\?start=[A-Za-z0-9_-]{1,64})?$/;
  document.addEventListener(
    'click',
    function (event) {
      var anchor = event.target && event.target.closest ? event.target.closest('a[href]') : null;
      if (!shell || !anchor || event.defaultPrevented || event.button !== 0 || !TME.test(anchor.href)) return;
      event.preventDefault();
      shell.command(frameId, '__telegramLink', { url: anchor.href }).catch(function (error) {
        report(error && error.message ? error.message : String(error));
      });
    },
    true,
  );

  window.__bridge = { callBridge: callBridge };
  window.__forgeFrame = { applyTheme: applyTheme };
})();
