import { msg } from '@lit/localize';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ApiError } from '../data/api.js';
import { errorText } from '../text/error-text.js';

/** One page of a list from the server; lists that are not paged answer without `nextCursor`. */
export interface ListPage<T> {
  items: T[];
  nextCursor?: string | null;
}

/** What to show a person when a request to the server failed: the server's own words, or a hint about the network. */
export function serverProblemText(error: unknown): string {
  return error instanceof ApiError
    ? errorText(error)
    : msg('Fikk ikke kontakt med serveren. Sjekk nettet og prøv igjen.');
}

/**
 * A list read from the server for a staff panel: loads the first page when the host connects,
 * appends with `loadMore()`, and holds the problem to show when a request fails. `items` is null
 * until the first answer arrives.
 */
export class ServerListController<T> implements ReactiveController {
  items: T[] | null = null;
  nextCursor: string | null = null;
  problem: string | null = null;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly fetchPage: (cursor: string | null) => Promise<ListPage<T>>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    void this.reload();
  }

  /** Loads the first page again, replacing what is shown (after a change made on this screen). */
  reload(): Promise<void> {
    return this.load(null);
  }

  /** Appends the next page, if there is one. */
  loadMore(): Promise<void> {
    return this.nextCursor ? this.load(this.nextCursor) : Promise.resolve();
  }

  /** Shows what went wrong with a request made on this screen. */
  fail(error: unknown): void {
    this.showProblem(serverProblemText(error));
  }

  /** Shows a problem in the panel's words (a missing field), or clears it with null. */
  showProblem(problem: string | null): void {
    this.problem = problem;
    this.host.requestUpdate();
  }

  private async load(cursor: string | null): Promise<void> {
    this.showProblem(null);
    try {
      const page = await this.fetchPage(cursor);
      this.items = cursor ? [...(this.items ?? []), ...page.items] : page.items;
      this.nextCursor = page.nextCursor ?? null;
      this.host.requestUpdate();
    } catch (error) {
      this.fail(error);
    }
  }
}
