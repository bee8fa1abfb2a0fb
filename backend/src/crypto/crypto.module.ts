import { Global, Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { loadDataKey } from './data-key';
import { FieldCipher } from './field-cipher';

@Global()
@Module({
  providers: [
    {
      provide: FieldCipher,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => new FieldCipher(loadDataKey(config)),
    },
  ],
  exports: [FieldCipher],
})
export class CryptoModule {}
