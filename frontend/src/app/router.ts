import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';
import { isDiscreet } from '../state/discreet-mode.js';

export type RouteParams = Record<string, string>;

export interface RouteDef {
  /** Path pattern with `:name` segments, e.g. `/artikler/:slug`. */
  pattern: string;
  /** Title for <title> until the page reports a better one. Called at render time (localised). */
  title: () => string;
  render: (params: RouteParams) => TemplateResult;
  /**
   * Loads the page's module on first use. Staff screens are split out this way so readers never
   * download them; the element upgrades in place once its module has run.
   */
  load?: () => Promise<unknown>;
}

export interface RouteMatch {
  route: RouteDef;
  params: RouteParams;
}

export function matchRoute(routes: readonly RouteDef[], pathname: string): RouteMatch | null {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  const segments = path.split('/');
  for (const route of routes) {
    const parts = route.pattern.split('/');
    if (parts.length !== segments.length) continue;
    const params: RouteParams = {};
    let ok = true;
    for (let i = 0; i < parts.length && ok; i++) {
      const part = parts[i] ?? '';
      const segment = segments[i] ?? '';
      if (part.startsWith(':')) {
        if (!segment) ok = false;
        else params[part.slice(1)] = decodeURIComponent(segment);
      } else if (part !== segment) {
        ok = false;
      }
    }
    if (ok) return { route, params };
  }
  return null;
}

/** Same-origin app link that the router should handle, or null for the browser to handle. */
export function routableHref(event: MouseEvent): URL | null {
  if (event.defaultPrevented || event.button !== 0) return null;
  if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return null;
  const anchor = event.composedPath().find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement);
  if (!anchor?.href || anchor.hasAttribute('download')) return null;
  if (anchor.target && anchor.target !== '_self') return null;
  const url = new URL(anchor.href);
  // The API and the Atom feeds are server documents: the browser loads them itself.
  if (url.origin !== location.origin || url.pathname.startsWith('/api/') || url.pathname.startsWith('/feeds/'))
    return null;
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  return url;
}

/**
 * A small history-API router: intercepts same-origin link clicks under the host, listens to
 * popstate, and tells the host to re-render. `navigations` counts client-side moves (0 on first load).
 * In discreet mode every move replaces the one history entry; the app keeps its own back list
 * (in memory only) for the in-app Back button.
 */
export class Router implements ReactiveController {
  path = location.pathname;
  navigations = 0;
  /** Where in-app Back goes in discreet mode, newest last. */
  private readonly backStack: string[] = [];

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly routes: readonly RouteDef[],
  ) {
    host.addController(this);
  }

  get match(): RouteMatch | null {
    return matchRoute(this.routes, this.path);
  }

  hostConnected(): void {
    window.addEventListener('popstate', this.onPopState);
    this.host.addEventListener('click', this.onClick);
  }

  hostDisconnected(): void {
    window.removeEventListener('popstate', this.onPopState);
    this.host.removeEventListener('click', this.onClick);
  }

  navigate(target: string, options: { replace?: boolean } = {}): void {
    const url = new URL(target, location.href);
    const same = url.pathname === location.pathname && url.search === location.search;
    const discreet = isDiscreet();
    if (discreet && !same && !options.replace) this.backStack.push(location.pathname + location.search);
    if (options.replace || same || discreet) history.replaceState(null, '', url);
    else history.pushState(null, '', url);
    if (url.hash && same) return;
    this.setPath(url.pathname);
  }

  /** True when the in-app Back of discreet mode has somewhere to go. */
  get canGoBack(): boolean {
    return isDiscreet() && this.backStack.length > 0;
  }

  /** In-app Back in discreet mode: the previous page, still without a new history entry. */
  back(): void {
    const previous = this.backStack.pop();
    if (previous === undefined) return;
    history.replaceState(null, '', previous);
    this.setPath(new URL(previous, location.href).pathname);
  }

  private setPath(path: string): void {
    this.path = path;
    this.navigations += 1;
    this.host.requestUpdate();
  }

  private readonly onPopState = (): void => {
    this.setPath(location.pathname);
  };

  private readonly onClick = (event: MouseEvent): void => {
    const url = routableHref(event);
    if (!url) return;
    // Links to a fragment on the same page stay with the browser.
    if (url.hash && url.pathname === location.pathname) return;
    event.preventDefault();
    this.navigate(url.pathname + url.search + url.hash);
  };
}
