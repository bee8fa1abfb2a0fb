import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Public } from '../accounts/auth.decorators';
import { APP_CONFIG, type AppConfig, type DatabaseEngine } from '../config/app-config';
import { HealthRepository } from './health.repository';

export class HealthResponseDto {
  @ApiProperty({ enum: ['ok'] }) status!: 'ok';
  @ApiProperty({ enum: ['pglite', 'postgresql'] }) database!: DatabaseEngine;
}

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly health: HealthRepository,
  ) {}

  @Get()
  @Public()
  @ApiOperation({ summary: 'Liveness and the database engine in use' })
  @ApiOkResponse({ type: HealthResponseDto })
  async getHealth(): Promise<HealthResponseDto> {
    await this.health.ping();
    return { status: 'ok', database: this.config.engine };
  }
}
