import { describe, expect, test, vi } from 'vitest';
import { guardSession } from '../../electron/main/security';

function guarded() {
  const session = {
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    setDevicePermissionHandler: vi.fn(),
    webRequest: { onBeforeRequest: vi.fn() },
  };
  guardSession(session);
  return session;
}

const permissions = ['media', 'geolocation', 'notifications', 'clipboard-read', 'clipboard-sanitized-write', 'openExternal', 'fullscreen', 'hid', 'serial', 'usb', 'unknown'];

// Checklist item 5: handle session permission requests (and checks), denying all.
describe('permission handlers', () => {
  test('deny every permission request', () => {
    const request = guarded().setPermissionRequestHandler.mock.calls[0][0];
    for (const permission of permissions) {
      const callback = vi.fn();
      request({}, permission, callback, {});
      expect(callback, permission).toHaveBeenCalledExactlyOnceWith(false);
    }
  });

  test('deny every permission check', () => {
    const check = guarded().setPermissionCheckHandler.mock.calls[0][0];
    for (const permission of permissions) expect(check(null, permission, 'app://clusterdesk', {}), permission).toBe(false);
  });

  test('deny every device', () => {
    const device = guarded().setDevicePermissionHandler.mock.calls[0][0];
    expect(device({ deviceType: 'usb', origin: 'app://clusterdesk' })).toBe(false);
  });
});

describe('the request filter', () => {
  const cancelled = (url: string): boolean => {
    const listener = guarded().webRequest.onBeforeRequest.mock.calls[0][0];
    const callback = vi.fn();
    listener({ url }, callback);
    expect(callback).toHaveBeenCalledTimes(1);
    return callback.mock.calls[0][0].cancel;
  };

  test('cancels every request that is not to the app', () => {
    for (const url of [
      'https://fonts.example.org/noto.woff2',
      'http://127.0.0.1:8080/',
      'ws://localhost/',
      'file:///etc/passwd',
      'devtools://devtools/bundled/inspector.html',
      'app://elsewhere/index.html',
      'app://clusterdesk.example.org/index.html',
      'blob:https://example.org/6d1c',
      'not a url',
    ]) {
      expect(cancelled(url), url).toBe(true);
    }
  });

  test("lets the app's own files, data: images and its own blobs through", () => {
    for (const url of ['app://clusterdesk/index.html', 'app://clusterdesk/assets/noto-sans.woff2', 'data:image/png;base64,AAAA', 'blob:app://clusterdesk/6d1c']) {
      expect(cancelled(url), url).toBe(false);
    }
  });
});
