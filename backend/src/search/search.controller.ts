import { Controller, Get, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '../accounts/auth.decorators';
import { SearchQuery } from './dto/search.query';
import { SearchPageResponse } from './dto/search.responses';
import { SearchService } from './search.service';

@ApiTags('search')
@Controller()
export class SearchController {
  constructor(private readonly search: SearchService) {}

  @Get('search')
  @Public()
  @ApiOperation({
    summary: 'Full-text search over published articles, pages, resources, news links and forum posts, best first',
  })
  @ApiOkResponse({ type: SearchPageResponse })
  @ApiBadRequestResponse({ description: 'Empty query, unknown type, bad cursor or limit' })
  searchContent(@Query() query: SearchQuery): Promise<SearchPageResponse> {
    return this.search.searchContent(query);
  }
}
