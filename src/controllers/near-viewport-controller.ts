import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** About a screen ahead of the reader. The loader (src/loader.ts) uses the same margin. */
const NEAR_VIEWPORT_MARGIN = '800px 0px';

/**
 * Tells its host when it has come near the viewport (`loading="lazy"`), or at once when the host
 * asks for eager loading. Once near, it stays near: a thread that has started loading keeps going.
 */
export class NearViewportController implements ReactiveController {
  near = false;

  readonly #host: ReactiveControllerHost & Element;
  readonly #eager: () => boolean;
  #observer: IntersectionObserver | null = null;

  constructor(host: ReactiveControllerHost & Element, eager: () => boolean) {
    this.#host = host;
    this.#eager = eager;
    host.addController(this);
  }

  hostConnected(): void {
    if (this.near) return;
    if (this.#eager()) {
      this.near = true;
      return;
    }
    this.#observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        this.near = true;
        this.hostDisconnected();
        this.#host.requestUpdate();
      },
      { rootMargin: NEAR_VIEWPORT_MARGIN },
    );
    this.#observer.observe(this.#host);
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#observer = null;
  }

  /** The host switched to `loading="eager"`. */
  loadNow(): void {
    if (this.near) return;
    this.near = true;
    this.hostDisconnected();
    this.#host.requestUpdate();
  }
}
