import { v4 as uuid } from 'uuid';

const COOKIE = '_pl_vid';

function readCookie(name) {
  const match = document.cookie.match(new RegExp(`(?:^|; )${name}=([^;]*)`));
  return match ? decodeURIComponent(match[1]) : null;
}

/** Browser-side tracker: one instance per page load. */
export class VisitorTracker {
  constructor(endpoint) {
    this.endpoint = endpoint; // @pii none
    this.visitorId = readCookie(COOKIE) ?? uuid(); // @pii user.device.cookie_id
    this.language = navigator.language; // @pii user.demographic.language
    this.screen = `${window.screen.width}x${window.screen.height}`; // @pii user.device
    this.userAgent = navigator.userAgent; // @pii user.device
    this.currentUrl = window.location.href; // @pii user.behavior.browsing_history
    this.referrer = document.referrer; // @pii user.behavior.browsing_history
    this.queue = [];
    this.flushIntervalMs = 5000; // @pii none
    document.cookie = `${COOKIE}=${this.visitorId}; path=/; max-age=31536000; SameSite=Lax`;
  }

  track(eventName, properties = {}) {
    this.queue.push({ eventName, properties, at: Date.now() });
  }

  async flush() {
    const events = this.queue.splice(0);
    if (events.length === 0) return;
    await fetch(this.endpoint, {
      method: 'POST',
      keepalive: true,
      body: JSON.stringify({ visitorId: this.visitorId, url: this.currentUrl, events }),
    });
  }
}
