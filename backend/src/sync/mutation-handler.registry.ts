import { Injectable } from '@nestjs/common';
import type { MutationKind } from '@sexhandel/shared';
import type { MutationGate, MutationHandler } from './mutation-handler';

@Injectable()
export class MutationHandlerRegistry {
  private readonly handlers = new Map<MutationKind, MutationHandler>();
  private readonly accountGates: MutationGate[] = [];

  register<P extends object>(handler: MutationHandler<P>): void {
    if (this.handlers.has(handler.kind)) throw new Error(`A handler for ${handler.kind} is already registered`);
    this.handlers.set(handler.kind, handler as unknown as MutationHandler);
  }

  get(kind: string): MutationHandler | undefined {
    return this.handlers.get(kind as MutationKind);
  }

  /** Adds a check run before every handler with access 'account' (see MutationGate). */
  addAccountGate(gate: MutationGate): void {
    this.accountGates.push(gate);
  }

  gatesFor(handler: MutationHandler): readonly MutationGate[] {
    return handler.access === 'account' ? this.accountGates : [];
  }

  kinds(): MutationKind[] {
    return [...this.handlers.keys()];
  }
}
