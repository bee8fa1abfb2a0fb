import { Body, Controller, Get, Header, HttpCode, Post, Put } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import { Roles } from '../accounts/auth.decorators';
import { UuidParam } from '../common/uuid-param';
import { SurveyInputRequest } from './dto/survey.requests';
import { SurveyAdminResponse, SurveyResultsResponse } from './dto/survey.responses';
import { SurveyService } from './survey.service';

const CSV = 'text/csv; charset=utf-8';

/** Admins define, open and close surveys and read the results; readers answer through `survey.submit`. */
@ApiTags('survey')
@Roles('admin')
@Controller('admin/surveys')
export class SurveyController {
  constructor(private readonly surveys: SurveyService) {}

  @Get()
  @ApiOperation({ summary: 'All surveys, newest first, with their response counts' })
  @ApiOkResponse({ type: [SurveyAdminResponse] })
  listSurveys(): Promise<SurveyAdminResponse[]> {
    return this.surveys.listSurveys();
  }

  @Post()
  @ApiOperation({ summary: 'Create a survey as a draft' })
  @ApiCreatedResponse({ type: SurveyAdminResponse })
  createSurvey(@Body() body: SurveyInputRequest): Promise<SurveyAdminResponse> {
    return this.surveys.createSurvey(body);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One survey' })
  @ApiOkResponse({ type: SurveyAdminResponse })
  @ApiNotFoundResponse({ description: 'No such survey' })
  getSurvey(@UuidParam() id: string): Promise<SurveyAdminResponse> {
    return this.surveys.getSurvey(id);
  }

  @Put(':id')
  @ApiOperation({ summary: 'Change a draft (title, introduction, questions)' })
  @ApiOkResponse({ type: SurveyAdminResponse })
  @ApiNotFoundResponse({ description: 'No such survey' })
  @ApiConflictResponse({ description: 'The survey has been opened: its questions can no longer change' })
  updateSurvey(@UuidParam() id: string, @Body() body: SurveyInputRequest): Promise<SurveyAdminResponse> {
    return this.surveys.updateSurvey(id, body);
  }

  @Post(':id/open')
  @HttpCode(200)
  @ApiOperation({ summary: 'Open (or reopen) the survey: devices get it on their next pull' })
  @ApiOkResponse({ type: SurveyAdminResponse })
  @ApiNotFoundResponse({ description: 'No such survey' })
  @ApiConflictResponse({ description: 'Already open' })
  openSurvey(@UuidParam() id: string): Promise<SurveyAdminResponse> {
    return this.surveys.openSurvey(id);
  }

  @Post(':id/close')
  @HttpCode(200)
  @ApiOperation({ summary: 'Close the survey: devices stop offering it on their next pull' })
  @ApiOkResponse({ type: SurveyAdminResponse })
  @ApiNotFoundResponse({ description: 'No such survey' })
  @ApiConflictResponse({ description: 'The survey is not open' })
  closeSurvey(@UuidParam() id: string): Promise<SurveyAdminResponse> {
    return this.surveys.closeSurvey(id);
  }

  @Get(':id/results')
  @ApiOperation({ summary: 'Counts and shares per question, scale means and the free-text answers' })
  @ApiOkResponse({ type: SurveyResultsResponse })
  @ApiNotFoundResponse({ description: 'No such survey' })
  getSurveyResults(@UuidParam() id: string): Promise<SurveyResultsResponse> {
    return this.surveys.getSurveyResults(id);
  }

  @Get(':id/results.csv')
  @Header('Content-Type', CSV)
  @Header('Content-Disposition', 'attachment; filename="survey-results.csv"')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({ summary: 'The results as CSV: one row per answer option or scale value' })
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'CSV' })
  @ApiNotFoundResponse({ description: 'No such survey' })
  exportSurveyResultsCsv(@UuidParam() id: string): Promise<string> {
    return this.surveys.exportSurveyResultsCsv(id);
  }

  @Get(':id/responses.csv')
  @Header('Content-Type', CSV)
  @Header('Content-Disposition', 'attachment; filename="survey-responses.csv"')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({ summary: 'Every response as a CSV row: the day and one column per question, no ids' })
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'CSV' })
  @ApiNotFoundResponse({ description: 'No such survey' })
  exportSurveyResponsesCsv(@UuidParam() id: string): Promise<string> {
    return this.surveys.exportSurveyResponsesCsv(id);
  }
}
