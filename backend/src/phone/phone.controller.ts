import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public, Roles } from '../accounts/auth.decorators';
import { PhoneInfoResponse, PhoneLineRequest } from './dto/phone.dto';
import { PhoneService } from './phone.service';

@ApiTags('phone')
@Controller()
export class PhoneController {
  constructor(private readonly phone: PhoneService) {}

  @Get('phone')
  @Public()
  @ApiOperation({ summary: 'The phone line: number, weekly hours (Europe/Oslo), closed dates, open now, next opening' })
  @ApiOkResponse({ type: PhoneInfoResponse })
  getPhoneInfo(): Promise<PhoneInfoResponse> {
    return this.phone.getPhoneInfo();
  }

  @Put('admin/phone')
  @Roles('editor')
  @ApiOperation({
    summary: 'Set the number, weekly staffed hours and closed dates (devices get them through sync pull)',
  })
  @ApiOkResponse({ type: PhoneInfoResponse })
  @ApiBadRequestResponse({ description: 'Bad time, closing before opening, unreal date or not a Norwegian number' })
  updatePhoneLine(@Body() body: PhoneLineRequest): Promise<PhoneInfoResponse> {
    return this.phone.updatePhoneLine(body);
  }
}
