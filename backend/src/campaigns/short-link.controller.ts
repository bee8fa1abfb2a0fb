import { Controller, Get, Param, Res } from '@nestjs/common';
import { ApiFoundResponse, ApiNotFoundResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { CAMPAIGN_QUERY_PARAM } from '@sexhandel/shared';
import type { FastifyReply } from 'fastify';
import { Public } from '../accounts/auth.decorators';
import { CampaignsService } from './campaigns.service';

/**
 * Shown for an unknown or archived code. Plain HTML without script or inline style, so the
 * app's strict CSP holds; the browser's own styles keep it readable.
 */
export const SHORT_LINK_NOT_FOUND_PAGE = `<!doctype html>
<html lang="nb">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Lenken finnes ikke – Sexhandel</title>
</head>
<body>
<main>
<h1>Denne lenken finnes ikke</h1>
<p>Lenken kan være skrevet feil, eller den er ikke lenger i bruk.</p>
<p><a href="/">Gå til forsiden til Sexhandel</a></p>
</main>
</body>
</html>
`;

/** `/k/<code>` (outside /api, see app.factory.ts): the short link on cards, posters and ads. */
@ApiTags('campaigns')
@Public()
@Controller('k')
export class ShortLinkController {
  constructor(private readonly campaigns: CampaignsService) {}

  @Get(':code')
  @ApiOperation({
    summary: "Short link: adds one to today's open count of the campaign and redirects to /?k=<code> (no cookie, nothing stored about the opener)",
  })
  @ApiFoundResponse({ description: 'Redirect to the start page with the campaign code' })
  @ApiNotFoundResponse({ description: 'Unknown or archived code: a small Norwegian page with a link home' })
  @ApiProduces('text/html')
  async open(@Param('code') code: string, @Res() reply: FastifyReply): Promise<void> {
    const known = await this.campaigns.open(code);
    reply.header('cache-control', 'no-store');
    if (!known) {
      await reply.code(404).type('text/html; charset=utf-8').send(SHORT_LINK_NOT_FOUND_PAGE);
      return;
    }
    await reply.redirect(`/?${CAMPAIGN_QUERY_PARAM}=${encodeURIComponent(known)}`, 302);
  }
}
