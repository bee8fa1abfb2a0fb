import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { EntityManager } from '@mikro-orm/postgresql';
import { Public } from '../accounts/auth.decorators';
import { APP_CONFIG, type AppConfig, type DatabaseEngine } from '../config/app-config';

export class HealthResponseDto {
  @ApiProperty({ enum: ['ok'] }) status!: 'ok';
  @ApiProperty({ enum: ['pglite', 'postgresql'] }) database!: DatabaseEngine;
}

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly em: EntityManager,
  ) {}

  @Get()
  @Public()
  @ApiOperation({ summary: 'Liveness and the database engine in use' })
  @ApiOkResponse({ type: HealthResponseDto })
  async getHealth(): Promise<HealthResponseDto> {
    await this.em.getConnection().execute('select 1');
    return { status: 'ok', database: this.config.engine };
  }
}
