import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import { ApiFoundResponse, ApiNotFoundResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { CAMPAIGN_QUERY_PARAM } from '@sexhandel/shared';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Public } from '../accounts/auth.decorators';
import { CampaignsService } from './campaigns.service';

/** The neutral page "Forlat siden raskt" leads to: the same as the app's quick exit (QUICK_EXIT_URL). */
export const SHORT_LINK_EXIT_URL = 'https://www.yr.no/';

/**
 * Shown for an unknown or archived code, with the leave-quickly button every page of the service has
 * (a plain link here: the page runs no script). No script and no inline style, so the app's strict CSP
 * holds: the look comes from SHORT_LINK_PAGE_CSS at /k/side.css (same origin).
 */
export const SHORT_LINK_NOT_FOUND_PAGE = `<!doctype html>
<html lang="nb">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Lenken finnes ikke – Sexhandel</title>
<link rel="stylesheet" href="/k/side.css">
</head>
<body>
<main>
<h1>Denne lenken finnes ikke</h1>
<p>Lenken kan være skrevet feil, eller den er ikke lenger i bruk.</p>
<p><a href="/">Gå til forsiden til Sexhandel</a></p>
</main>
<a class="exit" href="${SHORT_LINK_EXIT_URL}" rel="noreferrer">Forlat siden raskt</a>
</body>
</html>
`;

/** The 404 page's look, in the app's colours (no fonts or images from anywhere). */
export const SHORT_LINK_PAGE_CSS = `html{background:#f6f5f1;color:#1f2a2e;font-family:system-ui,-apple-system,'Segoe UI',Roboto,'Helvetica Neue',Arial,sans-serif;line-height:1.6}
body{margin:0}
main{max-width:36rem;margin:0 auto;padding:3rem 1.25rem}
h1{font-size:1.8rem;line-height:1.25;margin:0 0 1rem}
p{font-size:1.0625rem;margin:0 0 1rem}
a{color:#0f5e63;font-weight:600;text-underline-offset:.18em}
a:hover{color:#0a4347}
a:focus-visible{outline:3px solid #b3541e;outline-offset:2px;border-radius:2px}
main{padding-bottom:6rem}
a.exit{position:fixed;right:1rem;bottom:1rem;background:#3b3f6b;color:#fff;text-decoration:none;font-weight:700;padding:.75rem 1.1rem;border-radius:999px;box-shadow:0 2px 8px rgba(0,0,0,.25)}
a.exit:hover{background:#2c2f52;color:#fff}
`;

/** `/k/<code>` (outside /api, see app.factory.ts): the short link on cards, posters and ads. */
@ApiTags('campaigns')
@Public()
@Controller('k')
export class ShortLinkController {
  constructor(private readonly campaigns: CampaignsService) {}

  @Get('side.css')
  @ApiOperation({ summary: 'Stylesheet of the short-link 404 page' })
  @ApiProduces('text/css')
  pageStyles(@Res() reply: FastifyReply): FastifyReply {
    return reply
      .header('cache-control', 'public, max-age=86400')
      .type('text/css; charset=utf-8')
      .send(SHORT_LINK_PAGE_CSS);
  }

  @Get(':code')
  @ApiOperation({
    summary:
      "Short link: adds one to today's open count of the campaign and redirects to /?k=<code> (no cookie, nothing stored about the opener)",
  })
  @ApiFoundResponse({ description: 'Redirect to the start page with the campaign code' })
  @ApiNotFoundResponse({
    description: 'Unknown or archived code: a small Norwegian page with a link home',
    content: { 'text/html': { schema: { type: 'string' } } },
  })
  @ApiProduces('text/html')
  async open(@Param('code') code: string, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    // A HEAD request (link checkers, previews) gets the same answer but is not an open.
    const known = await this.campaigns.open(code, new Date(), request.method !== 'HEAD');
    reply.header('cache-control', 'no-store');
    if (!known) {
      await reply.code(404).type('text/html; charset=utf-8').send(SHORT_LINK_NOT_FOUND_PAGE);
      return;
    }
    await reply.redirect(`/?${CAMPAIGN_QUERY_PARAM}=${encodeURIComponent(known)}`, 302);
  }
}
