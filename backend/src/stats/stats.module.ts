import { Module, type OnModuleInit } from '@nestjs/common';
import { MutationHandlerRegistry } from '../sync/mutation-handler.registry';
import { VisitRecordHandler } from './visit-record.handler';

@Module({
  providers: [{ provide: VisitRecordHandler, useFactory: () => new VisitRecordHandler() }],
})
export class StatsModule implements OnModuleInit {
  constructor(
    private readonly registry: MutationHandlerRegistry,
    private readonly visitRecord: VisitRecordHandler,
  ) {}

  onModuleInit(): void {
    this.registry.register(this.visitRecord);
  }
}
