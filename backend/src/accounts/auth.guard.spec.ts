import { Controller, Get, HttpException, Post, type Type } from '@nestjs/common';
import { PATH_METADATA } from '@nestjs/common/constants';
import { ModulesContainer, Reflector } from '@nestjs/core';
import { ExecutionContextHost } from '@nestjs/core/helpers/execution-context-host';
import { CSRF_HEADER, SESSION_COOKIE, type Role } from '@sexhandel/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSignedIn, type SignedInClient } from '../../test/factories/account.factory';
import { createTestApp, type TestApp } from '../../test/test-app';
import type { RequestWithActor } from './actor';
import { PUBLIC_ROUTE, Public, REQUIRED_ROLES, Roles } from './auth.decorators';
import { AuthGuard, hasAnyRole } from './auth.guard';
import { SessionResolver } from './session-resolver';

@Controller('probe')
class ProbeController {
  @Get('undecided')
  undecided(): string {
    return 'should never run';
  }

  @Get('open')
  @Public()
  open(): string {
    return 'open';
  }

  @Get('moderators')
  @Roles('moderator')
  moderators(): string {
    return 'moderators';
  }

  @Post('members')
  @Roles('member')
  members(): string {
    return 'members';
  }
}

type ProbeHandler = keyof ProbeController;

describe(AuthGuard.name, () => {
  let sut: TestApp;
  let guard: AuthGuard;

  /** Runs the real guard (real sessions on the test database) against a ProbeController handler. */
  async function decide(
    handler: ProbeHandler,
    client?: SignedInClient,
    options: { method?: string; csrf?: boolean } = {},
  ) {
    const request: RequestWithActor & Record<string, unknown> = {
      method: options.method ?? 'GET',
      cookies: client ? { [SESSION_COOKIE]: client.session } : {},
      headers: client && options.csrf !== false ? { [CSRF_HEADER]: client.csrf } : {},
    };
    const reply = { setCookie: () => reply, clearCookie: () => reply };
    const context = new ExecutionContextHost([request, reply], ProbeController, ProbeController.prototype[handler]);
    context.setType('http');
    try {
      return { allowed: await guard.canActivate(context), status: 200, actor: request.actor };
    } catch (error) {
      if (!(error instanceof HttpException)) throw error;
      return { allowed: false, status: error.getStatus(), body: error.getResponse(), actor: request.actor };
    }
  }

  beforeAll(async () => {
    sut = await createTestApp();
    guard = new AuthGuard(new Reflector(), sut.app.get(SessionResolver));
  });
  afterAll(async () => sut.close());

  describe('canActivate', () => {
    it('refuses a route with neither @Public nor @Roles, even for an admin', async () => {
      const admin = await createSignedIn(sut, { roles: ['admin'] });
      expect(await decide('undecided')).toMatchObject({ allowed: false, status: 403 });
      expect(await decide('undecided', admin)).toMatchObject({ allowed: false, status: 403 });
    });

    it('lets everyone through @Public and attaches the actor when there is one', async () => {
      const member = await createSignedIn(sut);
      expect(await decide('open')).toMatchObject({ allowed: true, actor: null });
      const signedIn = await decide('open', member);
      expect(signedIn.allowed).toBe(true);
      expect(signedIn.actor).toEqual({
        accountId: member.account.id,
        alias: member.alias,
        roles: ['member'],
        sessionId: expect.any(String),
      });
    });

    it('answers 401 without a session and 403 with the wrong role', async () => {
      const member = await createSignedIn(sut);
      const moderator = await createSignedIn(sut, { roles: ['moderator'] });
      const admin = await createSignedIn(sut, { roles: ['admin'] });
      expect(await decide('moderators')).toMatchObject({ status: 401 });
      expect(await decide('moderators', member)).toMatchObject({ status: 403, body: { code: 'forbidden' } });
      expect(await decide('moderators', moderator)).toMatchObject({ allowed: true });
      expect(await decide('moderators', admin)).toMatchObject({ allowed: true });
    });

    it('checks the CSRF token on writes that carry a session', async () => {
      const member = await createSignedIn(sut);
      expect(await decide('members', member, { method: 'POST', csrf: false })).toMatchObject({
        status: 403,
        body: { code: 'csrf' },
      });
      expect(await decide('members', member, { method: 'POST' })).toMatchObject({ allowed: true });
      expect(await decide('members', undefined, { method: 'POST' })).toMatchObject({ status: 401 });
    });
  });

  describe('hasAnyRole', () => {
    const actor = (roles: Role[]) => ({ accountId: 'a', alias: 'a', roles, sessionId: 's' });
    it('treats member as any account and admin as every role', () => {
      expect(hasAnyRole(actor(['member']), ['member'])).toBe(true);
      expect(hasAnyRole(actor(['member']), ['editor'])).toBe(false);
      expect(hasAnyRole(actor(['member', 'editor']), ['moderator', 'editor'])).toBe(true);
      expect(hasAnyRole(actor(['member', 'admin']), ['counsellor'])).toBe(true);
    });
  });

  describe('route table', () => {
    it('has a decision (@Public or @Roles) on every API route', () => {
      const undecided: string[] = [];
      for (const module of sut.app.get(ModulesContainer).values()) {
        for (const wrapper of module.controllers.values()) {
          const controller = wrapper.metatype as Type | null;
          if (!controller) continue;
          const prototype = controller.prototype as Record<string, unknown>;
          for (const name of Object.getOwnPropertyNames(prototype)) {
            const handler = prototype[name];
            if (name === 'constructor' || typeof handler !== 'function') continue;
            if (Reflect.getMetadata(PATH_METADATA, handler) === undefined) continue;
            const decided = [handler, controller].some(
              (target) =>
                Reflect.getMetadata(PUBLIC_ROUTE, target) === true ||
                Array.isArray(Reflect.getMetadata(REQUIRED_ROLES, target)),
            );
            if (!decided) undecided.push(`${controller.name}.${name}`);
          }
        }
      }
      expect(undecided).toEqual([]);
    });
  });
});
